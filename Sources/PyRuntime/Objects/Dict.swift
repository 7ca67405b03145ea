/// Python's `dict`: insertion-ordered, keyed by any hashable value with Python's `__hash__` and
/// `__eq__` semantics.
///
/// The layout is CPython's compact dict (Objects/dictobject.c): a dense array of entries in
/// insertion order plus a sparse index table probed with the same perturbation scheme, so
/// iteration order and the cost model match CPython's. Deleted entries leave a hole (key `.null`)
/// that a resize squeezes out.
public final class PyDict: PyObject {
    public struct Entry {
        public var hash: Int
        public var key: PyValue
        public var value: PyValue
    }

    /// Entries in insertion order; deleted ones have `key == .null`.
    public private(set) var entries: [Entry] = []
    /// Open-addressing table of indices into `entries`: -1 empty, -2 deleted.
    private var indices: [Int32]
    public private(set) var count: Int = 0
    /// Bumped on every insertion or deletion, so iterators can detect a change in size.
    public private(set) var version: Int = 0
    /// One bit per key, chosen by the low six bits of its hash and never cleared by a deletion:
    /// a zero bit proves a key absent without probing (LOAD_METHOD's "no instance attribute
    /// shadows the method" check, which CPython 3.11 gets from shared-keys versions).
    public private(set) var keyFilter: UInt64 = 0

    private static let empty: Int32 = -1
    private static let dummy: Int32 = -2

    public init(minimumCapacity: Int = 0) {
        var size = 8
        while size * 2 < minimumCapacity * 3 { size <<= 1 }
        indices = Array(repeating: Self.empty, count: size)
        super.init(type: Types.dict)
    }

    // MARK: Bootstrap

    /// `Types.dict` once it exists. Type objects made before it (`type`, `object`, `int`, ...,
    /// and `dict` itself) get their namespace dicts typed when it is made: reading `Types.dict`
    /// from inside their creation would re-enter Swift's lazy-global initialisation and deadlock.
    nonisolated(unsafe) private static var dictType: PyType?
    nonisolated(unsafe) private static var untyped: [PyDict] = []

    private init(untypedForBootstrap: ()) {
        indices = Array(repeating: Self.empty, count: 8)
        super.init(uninitializedType: ())
    }

    /// The namespace dict of a new type object.
    static func forTypeObject() -> PyDict {
        if dictType != nil { return PyDict() }
        let d = PyDict(untypedForBootstrap: ())
        untyped.append(d)
        return d
    }

    /// Called once by `Types.dict`'s initialiser: types the dicts made before it.
    static func finishBootstrap(dictType t: PyType) {
        dictType = t
        for d in untyped { d.type = t }
        untyped = []
    }

    // MARK: Lookup

    /// Finds the slot of `key`; returns (index table slot, entry index or -1).
    @inline(__always)
    private func probe(_ key: PyValue, hash: Int) throws(PyException) -> (slot: Int, entry: Int) {
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var firstFree = -1
        while true {
            let ix = indices[i]
            if ix == Self.empty {
                return (firstFree >= 0 ? firstFree : i, -1)
            }
            if ix == Self.dummy {
                if firstFree < 0 { firstFree = i }
            } else if entries[Int(ix)].hash == hash {
                let k = entries[Int(ix)].key
                // str keys (the common case): identity, then the bytes, with no generic dispatch.
                if case .object(let a) = k, case .object(let b) = key {
                    if a === b { return (i, Int(ix)) }
                    if Self.isStrPayload(a) && Self.isStrPayload(b) {
                        if StrOps.equal(unsafeDowncast(a, to: PyStr.self), unsafeDowncast(b, to: PyStr.self)) {
                            return (i, Int(ix))
                        }
                    } else if try Protocol.keysEqual(k, key) {
                        return (i, Int(ix))
                    }
                } else if try Protocol.keysEqual(k, key) {
                    return (i, Int(ix))
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    /// Whether `o` is a `PyStr` (str or a subclass): a metadata compare, as the class is final.
    @inline(__always) static func isStrPayload(_ o: PyObject) -> Bool {
        ObjectIdentifier(Swift.type(of: o)) == ObjectIdentifier(PyStr.self)
    }

    /// `hash(key)`, reading a str's cached hash directly (what `Protocol.hash` does for strs,
    /// without its chain of casts).
    @inline(__always) static func hash(of key: PyValue) throws(PyException) -> Int {
        if case .object(let o) = key, isStrPayload(o) { return Protocol.hash(str: unsafeDowncast(o, to: PyStr.self)) }
        return try Protocol.hash(key)
    }

    /// `d[key]` with the key's hash already known (`_PyDict_GetItem_KnownHash`); nil when absent.
    public func getItem(_ key: PyValue, hash: Int) throws(PyException) -> PyValue? {
        let (_, e) = try probe(key, hash: hash)
        return e >= 0 ? entries[e].value : nil
    }

    /// `d[key]` without `__missing__`; nil when absent.
    public func getItem(_ key: PyValue) throws(PyException) -> PyValue? {
        let h = try Self.hash(of: key)
        let (_, e) = try probe(key, hash: h)
        return e >= 0 ? entries[e].value : nil
    }

    /// Lookup by an interned name (globals, attributes, type dicts): identity first, no throwing.
    @inline(__always)
    public func lookup(interned name: PyStr) -> PyValue? {
        guard let e = entryIndex(interned: name) else { return nil }
        return entries[e].value
    }

    /// The position in the dense entry array of the key `name` (interned), or nil. Together with
    /// `version` it lets the eval loop cache where a global lives (LOAD_GLOBAL's inline cache):
    /// positions only move when a key is added or removed, and both bump `version`.
    public func entryIndex(interned name: PyStr) -> Int? {
        let hash = Protocol.hash(str: name)
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let ix = Int(indices[i])
            if ix == Int(Self.empty) { return nil }
            // Read the entry's fields in place: copying the whole entry would retain key and value.
            if ix >= 0, entries[ix].hash == hash {
                if entries[ix].key.isObject(name) { return ix }
                if case .object(let k) = entries[ix].key, k.type.kind == .str,
                   StrOps.equal(unsafeDowncast(k, to: PyStr.self), name) { return ix }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    @inline(__always) static func filterBit(_ hash: Int) -> UInt64 { 1 &<< UInt64(hash & 63) }

    /// Whether `name` (interned) may be a key: false proves it is not.
    @inline(__always)
    public func mayContain(interned name: PyStr) -> Bool {
        keyFilter & Self.filterBit(Protocol.hash(str: name)) != 0
    }

    /// Lookup by an interned name starting from `hint`, the position where the caller last found
    /// it (CPython 3.10's LOAD_ATTR "with hint"): instances of one class usually store their
    /// attributes in the same order, so the hint holds across instances. Updates the hint.
    @inline(__always)
    public func lookup(interned name: PyStr, hint: inout Int) -> PyValue? {
        let h = hint
        if h < entries.count, entries[h].key.isObject(name) { return entries[h].value }
        guard let e = entryIndex(interned: name) else { return nil }
        hint = e
        return entries[e].value
    }

    /// `setItem(interned:_:)` through a position hint, as `lookup(interned:hint:)`.
    @inline(__always)
    public func setItem(interned name: PyStr, _ value: PyValue, hint: inout Int) {
        let h = hint
        if h < entries.count, entries[h].key.isObject(name) {
            entries[h].value = value
            return
        }
        setItem(interned: name, value)
        if let e = entryIndex(interned: name) { hint = e }
    }

    /// The value at a position `entryIndex(interned:)` returned, while `version` is unchanged.
    @inline(__always)
    public func value(atEntry position: Int) -> PyValue { entries[position].value }

    /// A str-keyed lookup for Swift callers holding a plain string.
    public func lookup(_ name: String) -> PyValue? {
        lookup(interned: Names.intern(name))
    }

    public func contains(_ key: PyValue) throws(PyException) -> Bool {
        try getItem(key) != nil
    }

    // MARK: Mutation

    /// `d[key] = value`.
    public func setItem(_ key: PyValue, _ value: PyValue) throws(PyException) {
        let h = try Self.hash(of: key)
        try insert(key, value, hash: h)
    }

    /// `d[key] = value` with the key's hash already known.
    public func setItem(_ key: PyValue, _ value: PyValue, hash: Int) throws(PyException) {
        try insert(key, value, hash: hash)
    }

    /// Stores under an interned name (module globals, class namespaces): cannot throw.
    public func setItem(interned name: PyStr, _ value: PyValue) {
        let h = Protocol.hash(str: name)
        // Strings compare without calling Python code, so this cannot throw.
        try! insert(.object(name), value, hash: h)
    }

    /// Stores under a plain string key.
    public func setItem(_ name: String, _ value: PyValue) {
        setItem(interned: Names.intern(name), value)
    }

    private func insert(_ key: PyValue, _ value: PyValue, hash: Int) throws(PyException) {
        let (slot, e) = try probe(key, hash: hash)
        if e >= 0 {
            entries[e].value = value
            return
        }
        if (entries.count + 1) * 3 >= indices.count * 2 {
            resize(to: max(8, count * 3))
            let (newSlot, _) = try probe(key, hash: hash)
            indices[newSlot] = Int32(entries.count)
        } else {
            indices[slot] = Int32(entries.count)
        }
        entries.append(Entry(hash: hash, key: key, value: value))
        keyFilter |= Self.filterBit(hash)
        count += 1
        version &+= 1
    }

    /// `del d[key]`; returns the removed value, or nil when the key was absent.
    @discardableResult
    public func removeItem(_ key: PyValue) throws(PyException) -> PyValue? {
        try removeItem(key, hash: Protocol.hash(key))
    }

    /// `dict.popitem()`: removes and returns the last pair in insertion order (LIFO).
    public func popLast() -> (key: PyValue, value: PyValue)? {
        guard count > 0, let p = previousEntry(before: entries.count) else { return nil }
        let e = entries[p]
        // The key is in the table, so probing finds it by identity without calling __eq__.
        _ = try? removeItem(e.key, hash: e.hash)
        return (e.key, e.value)
    }

    /// `del d[key]` with the key's hash already known.
    @discardableResult
    public func removeItem(_ key: PyValue, hash h: Int) throws(PyException) -> PyValue? {
        let (slot, e) = try probe(key, hash: h)
        guard e >= 0 else { return nil }
        let old = entries[e].value
        indices[slot] = Self.dummy
        entries[e].key = .null
        entries[e].value = .null
        count -= 1
        version &+= 1
        if entries.count > 16 && count * 2 < entries.count { resize(to: max(8, count * 3)) }
        return old
    }

    public func removeAll() {
        entries.removeAll()
        indices = Array(repeating: Self.empty, count: 8)
        count = 0
        keyFilter = 0
        version &+= 1
    }

    /// Rebuilds the index table with at least `minimumUsed * 3 / 2` slots, dropping holes.
    private func resize(to minimumUsed: Int) {
        var size = 8
        while size < minimumUsed { size <<= 1 }
        entries.removeAll { $0.key.isNull }
        indices = Array(repeating: Self.empty, count: size)
        let mask = size - 1
        keyFilter = 0
        for (n, e) in entries.enumerated() {
            keyFilter |= Self.filterBit(e.hash)
            var perturb = UInt(bitPattern: e.hash)
            var i = Int(UInt(bitPattern: e.hash) & UInt(mask))
            while indices[i] != Self.empty {
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
            indices[i] = Int32(n)
        }
    }

    // MARK: Iteration

    /// The live (key, value) pairs in insertion order, as a snapshot.
    public var items: [(key: PyValue, value: PyValue)] {
        var out: [(key: PyValue, value: PyValue)] = []
        out.reserveCapacity(count)
        for e in entries where !e.key.isNull { out.append((e.key, e.value)) }
        return out
    }

    public var keys: [PyValue] { entries.compactMap { $0.key.isNull ? nil : $0.key } }
    public var values: [PyValue] { entries.compactMap { $0.key.isNull ? nil : $0.value } }

    /// The entry position after `position` holding a live key, for iterators that walk the
    /// dense array (they also check `version` to raise "dictionary changed size during iteration").
    public func nextEntry(from position: Int) -> Int? {
        var p = position
        while p < entries.count {
            if !entries[p].key.isNull { return p }
            p += 1
        }
        return nil
    }

    /// The last position before `position` holding a live key (reverse iteration).
    public func previousEntry(before position: Int) -> Int? {
        var p = min(position, entries.count) - 1
        while p >= 0 {
            if !entries[p].key.isNull { return p }
            p -= 1
        }
        return nil
    }

    public func entry(at position: Int) -> Entry { entries[position] }

    /// The number of positions in the dense entry array (live and deleted), the bound of
    /// positional iteration.
    public var entryCount: Int { entries.count }

    /// A shallow copy (`dict.copy()`).
    public func copy() -> PyDict {
        // Keys are already distinct: copy the dense array and rebuild the index, calling no __eq__.
        let d = PyDict()
        d.entries = entries.filter { !$0.key.isNull }
        d.count = d.entries.count
        d.resize(to: max(8, d.count * 3 / 2 + 1))
        return d
    }
}
