/// A Python type (class): CPython's `PyTypeObject`, reduced to what our interpreter needs.
///
/// Builtin types and classes made by `class` statements are both `PyType`s. A builtin type's
/// methods and dunders are native functions in its `dict`, so attribute lookup, `super()` and
/// operator dispatch treat builtin and user-defined methods alike; the eval loop adds fast paths
/// for the common builtin cases in front of that.
public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    /// `__module__`, for reprs: "builtins" for builtin types.
    public var moduleName: String
    public var bases: [PyType]
    /// The C3 linearisation, starting with the type itself.
    public private(set) var mro: [PyType] = []
    /// How instances are laid out: which Swift class `object.__new__` makes for this type.
    public var layout: Layout
    /// False for builtin types: their attributes cannot be set (`TypeError: cannot set 'x'
    /// attribute of immutable type 'int'`).
    public let isHeapType: Bool
    /// False for types that cannot be subclassed (bool, NoneType, range, slice, function, ...).
    public var isBaseType: Bool = true
    /// The docstring shown by `help` and `?`.
    public var doc: String?
    /// A native type's call (CPython's `tp_call`): calling an instance goes straight here, not
    /// through a `__call__` lookup and a bound method (the JIT's dispatchers use it).
    public var nativeCall: ((PyObject, Arguments) throws(PyException) -> PyValue)?
    /// Which builtin type this is exactly (`.other` for classes, subclasses included): the eval
    /// loop's fast paths test this byte (CPython's `Py_IS_TYPE(o, &PyList_Type)`) instead of
    /// reading `Types.list`, a lazy global that costs a `swift_once` call on every read on Linux.
    public internal(set) var kind: Kind = .other

    /// The builtin types whose exact instances the interpreter special-cases.
    public enum Kind: UInt8 {
        case other, type, object, int, bool, float, str, list, tuple, dict, set, frozenset
        case function, method, builtinFunction, methodDescriptor, module, superType, noneType
        case listIterator, rangeIterator, bytes, bytearray
    }

    /// Attribute lookups along the MRO, keyed by interned name; cleared when any class changes.
    /// A direct-mapped cache of MRO lookups by interned name (like CPython's method cache keyed
    /// on type version and name): a probe is a shift, a mask and a pointer compare, where a
    /// Swift dictionary would hash. Emptied when any class changes (`TypeRegistry.epoch`).
    private let lookupCacheKeys = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: PyType.lookupCacheSize)
    private let lookupCacheValues = UnsafeMutablePointer<PyValue>.allocate(capacity: PyType.lookupCacheSize)
    private var lookupCacheEpoch: UInt64 = .max
    static let lookupCacheSize = 64

    /// What Swift object stands behind an instance.
    public enum Layout {
        /// `PyInstance`: attributes in a dict (classes deriving from `object`).
        case instance
        /// `PyBaseException` (BaseException and its subclasses).
        case exception
        /// A builtin payload (int, str, list, ...): user subclasses of these are not supported.
        case builtin
    }

    /// A builtin type. `metatype` is nil only while bootstrapping `type` itself.
    init(name: String, bases: [PyType], layout: Layout, metatype: PyType?, module: String = "builtins",
         isHeapType: Bool = false) {
        self.name = name
        self.qualname = name
        self.moduleName = module
        self.bases = bases
        self.layout = layout
        self.isHeapType = isHeapType
        if let metatype {
            super.init(type: metatype)
        } else {
            super.init(uninitializedType: ())
        }
        // Not PyDict(): that reads Types.dict, which may be the type being made right now.
        self.dict = PyDict.forTypeObject()
        self.mro = [self] + Self.linearise(bases: bases)
        TypeRegistry.keepAlive(self)
    }

    /// A class made by a `class` statement (`type(name, bases, ns)`), after the caller checked the
    /// bases. Throws TypeError when no consistent MRO exists, as CPython does.
    public static func makeClass(name: String, qualname: String, bases: [PyType], namespace: PyDict,
                                 module: String) throws(PyException) -> PyType {
        let layout: Layout = bases.contains { $0.layout == .exception } ? .exception : .instance
        let merged = try c3Merge(bases.map { $0.mro } + [bases])
        let cls = PyType(name: name, bases: bases, layout: layout, metatype: Types.type,
                         module: module, isHeapType: true, mro: merged)
        cls.qualname = qualname
        cls.dict = namespace
        if case .object(let d) = namespace.lookup(interned: Names.__doc__) ?? .none, let s = d as? PyStr {
            cls.doc = s.value
        }
        TypeRegistry.invalidateLookups()
        return cls
    }

    private init(name: String, bases: [PyType], layout: Layout, metatype: PyType, module: String,
                 isHeapType: Bool, mro tail: [PyType]) {
        self.name = name
        self.qualname = name
        self.moduleName = module
        self.bases = bases
        self.layout = layout
        self.isHeapType = isHeapType
        super.init(type: metatype)
        self.mro = [self] + tail
        TypeRegistry.keepAlive(self)
    }

    /// Sets the MRO directly: only for bootstrapping `type`, whose base `object` is made after it.
    func resetMRO(_ mro: [PyType]) { self.mro = mro }

    /// Finishes bootstrapping `type` (whose type is itself) and `object` (whose type is `type`).
    func bootstrapSetType(_ t: PyType) { self.type = t }

    /// `_PyType_Lookup`: the attribute `name` found in the dicts along the MRO, without binding.
    /// `name` must be interned (see `Names`); lookups are cached per type.
    public func lookup(_ name: PyStr) -> PyValue? {
        if lookupCacheEpoch != TypeRegistry.epoch {
            if lookupCacheEpoch == .max {
                lookupCacheValues.initialize(repeating: .null, count: Self.lookupCacheSize)
            }
            lookupCacheKeys.initialize(repeating: nil, count: Self.lookupCacheSize)
            lookupCacheEpoch = TypeRegistry.epoch
        }
        let key = UnsafeRawPointer(Unmanaged.passUnretained(name).toOpaque())
        let bits = UInt(bitPattern: key)
        let slot = Int(truncatingIfNeeded: (bits >> 4) ^ (bits >> 10)) & (Self.lookupCacheSize - 1)
        if lookupCacheKeys[slot] == key {
            let hit = lookupCacheValues[slot]
            return hit.isNull ? nil : hit
        }
        var found: PyValue = .null
        for t in mro {
            if let v = t.dict!.lookup(interned: name) {
                found = v
                break
            }
        }
        lookupCacheKeys[slot] = key
        lookupCacheValues[slot] = found
        return found.isNull ? nil : found
    }

    /// `issubclass(self, other)` by MRO membership.
    @inline(__always) public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }

    /// Sets a class attribute (a `STORE_ATTR` on a class): invalidates every lookup cache.
    public func setAttribute(_ name: PyStr, _ value: PyValue) throws(PyException) {
        guard isHeapType else {
            throw PyException.typeError(
                "cannot set '\(name.value)' attribute of immutable type '\(self.name)'")
        }
        try dict!.setItem(.object(name), value)
        TypeRegistry.invalidateLookups()
    }

    // MARK: C3 linearisation (Objects/typeobject.c, mro_implementation)

    private static func linearise(bases: [PyType]) -> [PyType] {
        (try? c3Merge(bases.map { $0.mro } + [bases])) ?? bases
    }

    static func c3Merge(_ input: [[PyType]]) throws(PyException) -> [PyType] {
        var seqs = input.filter { !$0.isEmpty }
        var result: [PyType] = []
        while !seqs.isEmpty {
            var candidate: PyType?
            for seq in seqs {
                let head = seq[0]
                let inTail = seqs.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                let names = seqs.map { $0[0].name }
                var seen: [String] = []
                for n in names where !seen.contains(n) { seen.append(n) }
                throw PyException.typeError(
                    "Cannot create a consistent method resolution\norder (MRO) for bases "
                        + seen.joined(separator: ", "))
            }
            result.append(next)
            seqs = seqs.map { s in s[0] === next ? Array(s.dropFirst()) : s }.filter { !$0.isEmpty }
        }
        return result
    }
}

/// Keeps every type alive (objects reference their type `unowned(unsafe)`) and versions the
/// per-type lookup caches.
public enum TypeRegistry {
    nonisolated(unsafe) private static var all: [PyType] = []
    /// Bumped whenever any class dict changes; every type's lookup cache checks it.
    nonisolated(unsafe) public private(set) static var epoch: UInt64 = 1

    static func keepAlive(_ t: PyType) { all.append(t) }

    /// Direct subclasses of `t`, in creation order (`type.__subclasses__()`).
    public static func subclasses(of t: PyType) -> [PyType] {
        all.filter { $0.bases.contains { $0 === t } }
    }
    public static func invalidateLookups() { epoch &+= 1 }
}
