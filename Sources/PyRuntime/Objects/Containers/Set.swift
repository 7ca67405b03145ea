/// Python's `set` and `frozenset` (Objects/setobject.c): an open-addressing hash table probed
/// exactly as CPython 3.11 probes it (LINEAR_PROBES = 9 consecutive slots, then perturbation),
/// with the same table sizes, load factor and resizing, and the same insertion paths for each
/// operation. Iteration walks the table in slot order, so `print({3, 1, 2})`, `set(range(20))`
/// and any set of ints print in CPython's order.
///
/// Slot encoding (CPython's): unused is `(hash 0, key NULL)`, a deleted slot ("dummy") is
/// `(hash -1, key NULL)` here (CPython keeps a dummy object; no real hash is ever -1).
public final class PySet: PyObject {
    struct Entry {
        var hash: Int
        var key: PyValue
        static let unused = Entry(hash: 0, key: .null)
        static let dummy = Entry(hash: -1, key: .null)
        @inline(__always) var isUnused: Bool { hash == 0 && key.isNull }
    }

    static let minSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    var table: [Entry]
    var mask: Int
    /// Active plus dummy slots.
    var fill = 0
    /// Active slots: `len(s)`.
    public private(set) var used = 0
    /// Where `pop()` resumes its search.
    var finger = 0
    /// frozenset's cached hash; -1 when not computed.
    var cachedHash = -1
    /// Bumped whenever `table` is replaced, so a lookup whose `__eq__` mutated the set restarts
    /// (CPython compares `so->table` before and after the comparison).
    var tableVersion = 0

    /// An empty set (or frozenset).
    public init(frozen: Bool = false) {
        table = Array(repeating: .unused, count: Self.minSize)
        mask = Self.minSize - 1
        super.init(type: frozen ? Types.frozenset : Types.set)
    }

    /// A set of `items`, added in order (`BUILD_SET`, `set(iterable)`).
    public convenience init(_ items: [PyValue], frozen: Bool = false) throws(PyException) {
        self.init(frozen: frozen)
        for x in items { try add(x) }
    }

    public var count: Int { used }
    /// True for frozenset and its subclasses.
    public var isFrozen: Bool { type.isSubtype(of: Types.frozenset) }

    /// The elements in iteration (table) order.
    public var elements: [PyValue] {
        var out: [PyValue] = []
        out.reserveCapacity(used)
        for e in table where !e.key.isNull { out.append(e.key) }
        return out
    }

    // MARK: Probing (set_lookkey, set_add_entry, set_insert_clean)

    /// The slot holding `key`, or nil. `__eq__` may run; a mutation during it restarts the search.
    func lookup(_ key: PyValue, hash: Int) throws(PyException) -> Int? {
        restart: while true {
            var mask = UInt(self.mask)
            var perturb = UInt(bitPattern: hash)
            var i = UInt(bitPattern: hash) & mask
            while true {
                var j = Int(i)
                var probes = i + UInt(Self.linearProbes) <= mask ? Self.linearProbes : 0
                while true {
                    let e = table[j]
                    if e.isUnused { return nil }
                    if e.hash == hash {
                        let startKey = e.key
                        if startKey.isIdentical(to: key) { return j }
                        let version = tableVersion
                        let eq = try Compare.equal(startKey, key)
                        if version != tableVersion || !table[j].key.isIdentical(to: startKey) {
                            continue restart
                        }
                        if eq { return j }
                        mask = UInt(self.mask)
                    }
                    j += 1
                    if probes == 0 { break }
                    probes -= 1
                }
                perturb >>= UInt(Self.perturbShift)
                i = (i &* 5 &+ 1 &+ perturb) & mask
            }
        }
    }

    /// `set_add_entry`: inserts unless present; resizes as CPython does after filling a slot.
    func add(_ key: PyValue, hash: Int) throws(PyException) {
        restart: while true {
            var mask = UInt(self.mask)
            var perturb = UInt(bitPattern: hash)
            var i = UInt(bitPattern: hash) & mask
            var freeSlot = -1
            while true {
                var j = Int(i)
                var probes = i + UInt(Self.linearProbes) <= mask ? Self.linearProbes : 0
                while true {
                    let e = table[j]
                    if e.isUnused {
                        if freeSlot >= 0 {
                            used += 1
                            table[freeSlot] = Entry(hash: hash, key: key)
                            return
                        }
                        fill += 1
                        used += 1
                        table[j] = Entry(hash: hash, key: key)
                        if fill * 5 < Int(mask) * 3 { return }
                        resize(minUsed: used > 50000 ? used * 2 : used * 4)
                        return
                    }
                    if e.hash == hash {
                        let startKey = e.key
                        if startKey.isIdentical(to: key) { return }
                        let version = tableVersion
                        let eq = try Compare.equal(startKey, key)
                        if eq { return }
                        if version != tableVersion || !table[j].key.isIdentical(to: startKey) {
                            continue restart
                        }
                        mask = UInt(self.mask)
                    } else if e.hash == -1 && e.key.isNull {
                        freeSlot = j
                    }
                    j += 1
                    if probes == 0 { break }
                    probes -= 1
                }
                perturb >>= UInt(Self.perturbShift)
                i = (i &* 5 &+ 1 &+ perturb) & mask
            }
        }
    }

    /// `set_insert_clean`: places a key known to be absent into a table without dummies.
    private static func insertClean(
        _ table: inout [Entry], mask: Int, _ key: PyValue, _ hash: Int
    ) {
        let umask = UInt(mask)
        var perturb = UInt(bitPattern: hash)
        var i = UInt(bitPattern: hash) & umask
        while true {
            var j = Int(i)
            if table[j].key.isNull {
                table[j] = Entry(hash: hash, key: key)
                return
            }
            if i + UInt(linearProbes) <= umask {
                for _ in 0..<linearProbes {
                    j += 1
                    if table[j].key.isNull {
                        table[j] = Entry(hash: hash, key: key)
                        return
                    }
                }
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ perturb) & umask
        }
    }

    /// `set_table_resize`: the smallest power of two above `minUsed` (at least 8), reinserting
    /// the active keys in old-table order.
    func resize(minUsed: Int) {
        var newSize = Self.minSize
        while newSize <= minUsed { newSize <<= 1 }
        // Shrinking to the small table when already there with no dummies is a no-op.
        if newSize == Self.minSize && mask == Self.minSize - 1 && fill == used { return }
        let old = table
        var fresh = [Entry](repeating: .unused, count: newSize)
        for e in old where !e.key.isNull {
            Self.insertClean(&fresh, mask: newSize - 1, e.key, e.hash)
        }
        fill = used
        table = fresh
        mask = newSize - 1
        tableVersion &+= 1
    }

    // MARK: Element operations

    /// `s.add(key)`.
    public func add(_ key: PyValue) throws(PyException) {
        try add(key, hash: Protocol.hash(key))
    }

    /// `key in s` with the key's hash known.
    func contains(_ key: PyValue, hash: Int) throws(PyException) -> Bool {
        try lookup(key, hash: hash) != nil
    }

    /// `key in s` (`set_contains`): an unhashable `set` key is looked up as a frozenset.
    public func contains(_ key: PyValue) throws(PyException) -> Bool {
        try withSetKeyRetry(key) { (k, h) throws(PyException) -> Bool in try contains(k, hash: h) }
    }

    /// `set_discard_entry`: true when the key was present.
    @discardableResult
    func discard(_ key: PyValue, hash: Int) throws(PyException) -> Bool {
        guard let j = try lookup(key, hash: hash) else { return false }
        table[j] = .dummy
        used -= 1
        return true
    }

    /// `s.discard(key)`: true when removed.
    @discardableResult
    public func discard(_ key: PyValue) throws(PyException) -> Bool {
        try withSetKeyRetry(key) { (k, h) throws(PyException) -> Bool in try discard(k, hash: h) }
    }

    /// Hashes `key` and runs `body`; a TypeError hashing a (mutable) set retries with an
    /// equal frozenset, as `set_contains`, `set_remove` and `set_discard` do.
    private func withSetKeyRetry(
        _ key: PyValue, _ body: (PyValue, Int) throws(PyException) -> Bool
    ) throws(PyException) -> Bool {
        let h: Int
        do throws(PyException) {
            h = try Protocol.hash(key)
        } catch {
            guard error.matches(Types.typeError), let s = key.as(PySet.self), !s.isFrozen else {
                throw error
            }
            let f = PySet(frozen: true)
            try f.update(with: key)
            return try body(.object(f), try f.hashValue())
        }
        return try body(key, h)
    }

    /// `s.pop()`: the first active slot from the finger on.
    public func pop() throws(PyException) -> PyValue {
        if used == 0 { throw .keyError(.str("pop from an empty set")) }
        var j = finger & mask
        while table[j].key.isNull {
            j += 1
            if j > mask { j = 0 }
        }
        let key = table[j].key
        table[j] = .dummy
        used -= 1
        finger = j + 1
        return key
    }

    /// `s.clear()` (`set_clear_internal`): back to an empty small table.
    public func removeAll() {
        table = Array(repeating: .unused, count: Self.minSize)
        mask = Self.minSize - 1
        fill = 0
        used = 0
        cachedHash = -1
        tableVersion &+= 1
    }

    /// `set_swap_bodies`: exchanges the tables (for the in-place operations).
    func swapBodies(with other: PySet) {
        swap(&table, &other.table)
        swap(&mask, &other.mask)
        swap(&fill, &other.fill)
        swap(&used, &other.used)
        if isFrozen && other.isFrozen {
            swap(&cachedHash, &other.cachedHash)
        } else {
            cachedHash = -1
            other.cachedHash = -1
        }
        tableVersion &+= 1
        other.tableVersion &+= 1
    }

    // MARK: Bulk operations

    /// `set_merge`: adds another set's keys, reusing their hashes, with CPython's fast paths.
    func merge(_ other: PySet) throws(PyException) {
        if other === self || other.used == 0 { return }
        if (fill + other.used) * 5 >= mask * 3 {
            resize(minUsed: (used + other.used) * 2)
        }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            // Same size, no dummies: copy slot for slot.
            table = other.table
            fill = other.fill
            used = other.used
            tableVersion &+= 1
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            for e in other.table where !e.key.isNull {
                Self.insertClean(&table, mask: mask, e.key, e.hash)
            }
            return
        }
        // Possible duplicates: normal insertions (re-reading `other`, which __eq__ may change).
        var i = 0
        while i <= other.mask && i < other.table.count {
            let e = other.table[i]
            if !e.key.isNull { try add(e.key, hash: e.hash) }
            i += 1
        }
    }

    /// `set_update_internal`: a set merges, a dict adds its keys with their stored hashes, any
    /// other iterable adds its items in order.
    public func update(with other: PyValue) throws(PyException) {
        if case .object(let o) = other {
            if let s = o as? PySet { return try merge(s) }
            if let d = o as? PyDict, d.type === Types.dict {
                let n = d.count
                if (fill + n) * 5 >= mask * 3 { resize(minUsed: (used + n) * 2) }
                var p = 0
                while let q = d.nextEntry(from: p) {
                    let e = d.entry(at: q)
                    try add(e.key, hash: e.hash)
                    p = q + 1
                }
                return
            }
            if let l = o as? PyList {
                var i = 0
                while i < l.elements.count {
                    try add(l.elements[i])
                    i += 1
                }
                return
            }
            if let t = o as? PyTuple {
                for x in t.elements { try add(x) }
                return
            }
            if let r = o as? PyRange {
                var v = r.start
                for _ in 0..<r.count {
                    try add(.int(v), hash: Protocol.hash(int: v))
                    v &+= r.step
                }
                return
            }
        }
        let it = try Protocol.getIter(other)
        while let x = try Protocol.next(it) { try add(x) }
    }

    /// An empty set of this set's base type (`make_new_set_basetype`: set or frozenset).
    func emptyOfBaseType() -> PySet { PySet(frozen: isFrozen) }

    /// `s.copy()` for a set (a frozenset's copy is itself when exact).
    public func copy() throws(PyException) -> PySet {
        let r = emptyOfBaseType()
        try r.merge(self)
        return r
    }

    /// `set_intersection`.
    public func intersection(_ other: PyValue) throws(PyException) -> PySet {
        if other.as(PySet.self) === self { return try copy() }
        let result = emptyOfBaseType()
        if let os = other.as(PySet.self) {
            var (big, small) = (self, os)
            if os.used > used { (big, small) = (os, self) }
            var i = 0
            while i < small.table.count {
                let e = small.table[i]
                if !e.key.isNull, try big.contains(e.key, hash: e.hash) {
                    try result.add(e.key, hash: e.hash)
                }
                i += 1
            }
            return result
        }
        let it = try Protocol.getIter(other)
        while let key = try Protocol.next(it) {
            let h = try Protocol.hash(key)
            if try contains(key, hash: h) {
                try result.add(key, hash: h)
                if result.used >= used { break }
            }
        }
        return result
    }

    /// `set_difference_update_internal`.
    public func differenceUpdate(_ other: PyValue) throws(PyException) {
        if other.as(PySet.self) === self { return removeAll() }
        if var os = other.as(PySet.self) {
            // When the other set is more than 8 times larger, walk the intersection instead.
            if (os.used >> 3) > used { os = try intersection(other) }
            var i = 0
            while i < os.table.count {
                let e = os.table[i]
                if !e.key.isNull { try discard(e.key, hash: e.hash) }
                i += 1
            }
        } else {
            let it = try Protocol.getIter(other)
            while let key = try Protocol.next(it) { try discard(key) }
        }
        // More than a quarter dummies: resize them away.
        if fill - used <= mask / 4 { return }
        resize(minUsed: used > 50000 ? used * 2 : used * 4)
    }

    /// `set_difference`.
    public func difference(_ other: PyValue) throws(PyException) -> PySet {
        let otherSize: Int
        if let os = other.as(PySet.self) {
            otherSize = os.used
        } else if let d = other.as(PyDict.self), d.type === Types.dict {
            otherSize = d.count
        } else {
            let r = try copy()
            try r.differenceUpdate(other)
            return r
        }
        if (used >> 2) > otherSize {
            let r = try copy()
            try r.differenceUpdate(other)
            return r
        }
        let result = emptyOfBaseType()
        var i = 0
        while i < table.count {
            let e = table[i]
            if !e.key.isNull {
                let present: Bool
                if let d = other.as(PyDict.self) {
                    present = try d.getItem(e.key, hash: e.hash) != nil
                } else {
                    present = try other.as(PySet.self)!.contains(e.key, hash: e.hash)
                }
                if !present { try result.add(e.key, hash: e.hash) }
            }
            i += 1
        }
        return result
    }

    /// `set_symmetric_difference_update`.
    public func symmetricDifferenceUpdate(_ other: PyValue) throws(PyException) {
        if other.as(PySet.self) === self { return removeAll() }
        if let d = other.as(PyDict.self), d.type === Types.dict {
            var p = 0
            while let q = d.nextEntry(from: p) {
                let e = d.entry(at: q)
                if try !discard(e.key, hash: e.hash) { try add(e.key, hash: e.hash) }
                p = q + 1
            }
            return
        }
        let os: PySet
        if let s = other.as(PySet.self) {
            os = s
        } else {
            os = emptyOfBaseType()
            try os.update(with: other)
        }
        var i = 0
        while i < os.table.count {
            let e = os.table[i]
            if !e.key.isNull, try !discard(e.key, hash: e.hash) {
                try add(e.key, hash: e.hash)
            }
            i += 1
        }
    }

    /// `set_symmetric_difference`: a copy of `other` updated with `self`.
    public func symmetricDifference(_ other: PyValue) throws(PyException) -> PySet {
        let r = emptyOfBaseType()
        try r.update(with: other)
        try r.symmetricDifferenceUpdate(.object(self))
        return r
    }

    /// `set_issubset`.
    public func isSubset(of other: PyValue) throws(PyException) -> Bool {
        guard let os = other.as(PySet.self) else {
            return try intersection(other).used == used
        }
        if used > os.used { return false }
        var i = 0
        while i < table.count {
            let e = table[i]
            if !e.key.isNull, try !os.contains(e.key, hash: e.hash) { return false }
            i += 1
        }
        return true
    }

    /// `set_issuperset`.
    public func isSuperset(of other: PyValue) throws(PyException) -> Bool {
        if let os = other.as(PySet.self) { return try os.isSubset(of: .object(self)) }
        let it = try Protocol.getIter(other)
        while let key = try Protocol.next(it) {
            if try !contains(key) { return false }
        }
        return true
    }

    /// `set_isdisjoint`.
    public func isDisjoint(with other: PyValue) throws(PyException) -> Bool {
        if other.as(PySet.self) === self { return used == 0 }
        if case .object(let o) = other, let os = o as? PySet,
           os.type === Types.set || os.type === Types.frozenset {
            var (big, small) = (self, os)
            if os.used > used { (big, small) = (os, self) }
            var i = 0
            while i < small.table.count {
                let e = small.table[i]
                if !e.key.isNull, try big.contains(e.key, hash: e.hash) { return false }
                i += 1
            }
            return true
        }
        let it = try Protocol.getIter(other)
        while let key = try Protocol.next(it) {
            if try contains(key) { return false }
        }
        return true
    }

    /// `frozenset_hash`: order-independent, computed over every slot then corrected for the
    /// unused and dummy ones, exactly as CPython does.
    public func hashValue() throws(PyException) -> Int {
        if cachedHash != -1 { return cachedHash }
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for e in table { hash ^= shuffle(UInt(bitPattern: e.hash)) }
        if (mask + 1 - fill) & 1 != 0 { hash ^= shuffle(0) }
        if (fill - used) & 1 != 0 { hash ^= shuffle(UInt(bitPattern: -1)) }
        hash ^= (UInt(used) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        cachedHash = Int(bitPattern: hash)
        return cachedHash
    }

    /// `set_richcompare` once `other` is known to be a set.
    func compare(_ other: PySet, _ op: Protocol.CompareOp) throws(PyException) -> Bool {
        switch op {
        case .eq:
            if used != other.used { return false }
            if cachedHash != -1 && other.cachedHash != -1 && cachedHash != other.cachedHash {
                return false
            }
            return try isSubset(of: .object(other))
        case .ne: return try !compare(other, .eq)
        case .le: return try isSubset(of: .object(other))
        case .ge: return try isSuperset(of: .object(other))
        case .lt: return used < other.used ? try isSubset(of: .object(other)) : false
        case .gt: return used > other.used ? try isSuperset(of: .object(other)) : false
        }
    }

    /// `repr(s)`: `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`.
    public func repr() throws(PyException) -> String {
        let name = type.name
        if used == 0 { return "\(name)()" }
        return try ReprGuard.run(self, recursive: "\(name)(...)") {
            () throws(PyException) -> String in
            let body = try ReprGuard.join(elements)
            return type === Types.set ? "{\(body)}" : "\(name)({\(body)})"
        }
    }
}
