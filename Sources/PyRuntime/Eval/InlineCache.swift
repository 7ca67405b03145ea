/// What one `LOAD_GLOBAL`, `LOAD_ATTR`, `STORE_ATTR` or `LOAD_METHOD` learnt the last time it
/// ran, so the next run can skip the generic lookup: CPython 3.11 keeps the same facts in the
/// inline `CACHE` entries after these instructions (its specialised forms `LOAD_GLOBAL_MODULE`,
/// `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_DICT`...).
///
/// Entries live in a side table of the code's `CodeRuntime`; the first `CACHE` unit after the
/// instruction holds the entry's index (CodeRuntime.swift). Each entry is a guard plus a payload:
/// the guard is checked on every run and a mismatch falls back to the generic path, which refills
/// the entry when the case is cacheable again.
struct InlineCache {
    enum Kind: UInt8 {
        case empty
        /// LOAD_GLOBAL: the name is at `index` in `dict`'s entries while its version is `version`.
        case globalInGlobals
        /// LOAD_GLOBAL: as above in the builtins, and absent from globals at `version2`.
        case globalInBuiltins
        /// LOAD_ATTR on an instance of the way's type: only the instance dict can hold the name
        /// (no class attribute, no `__getattribute__` override).
        case instanceAttribute
        /// STORE_ATTR on an instance of the way's type: a plain store into the instance dict.
        case instanceStore
        /// LOAD_METHOD on an instance of the way's type: `method` unless the instance dict
        /// shadows it.
        case method
    }

    /// What an attribute instruction learnt for one receiver type. Two ways per instruction,
    /// because `self.x` in a base-class method routinely sees two classes (CPython 3.11's
    /// monomorphic caches deoptimise there; two ways cover the common class-and-subclass case).
    struct Way {
        var kind = Kind.empty
        /// The type, by identity (types are immortal).
        var type: UnsafeRawPointer?
        /// `TypeRegistry.epoch` when filled: any class change empties every way.
        var epoch: UInt64 = 0
        /// LOAD_METHOD: the function or method descriptor found on the type.
        var method: PyValue = .null
        /// LOAD_ATTR, STORE_ATTR: where the name was last found in an instance dict.
        var hint = 0
    }

    var first = Way()
    var second = Way()

    // LOAD_GLOBAL's entry.
    var globalKind = Kind.empty
    /// The globals dict the entry was made for, by identity (`dict` keeps it alive when the
    /// name is found there; a miss in globals records only this and the versions).
    var globals: UnsafeRawPointer?
    var globalsVersion = 0
    var builtinsVersion = 0
    /// The position in the entries of the dict holding the name.
    var index = 0
    /// The dict holding the value (globals or builtins), kept alive.
    var dict: PyDict?
    /// Keeps the globals dict alive while `globals` names it.
    var globalsKeepAlive: PyDict?

    @inline(__always)
    static func identity(_ o: PyObject) -> UnsafeRawPointer {
        UnsafeRawPointer(Unmanaged.passUnretained(o).toOpaque())
    }

    /// Which way of `c` (1 or 2) was made for `type` with `kind` and is still valid; 0 if none.
    /// Reads fields through the pointer: copying the entry would retain its references.
    @inline(__always)
    static func way(_ c: UnsafeMutablePointer<InlineCache>, _ kind: Kind, for type: PyType) -> Int {
        let id = identity(type)
        let epoch = TypeRegistry.epoch
        if c.pointee.first.type == id, c.pointee.first.kind == kind, c.pointee.first.epoch == epoch {
            return 1
        }
        if c.pointee.second.type == id, c.pointee.second.kind == kind, c.pointee.second.epoch == epoch {
            return 2
        }
        return 0
    }

    /// LOAD_METHOD: the method cached in `way`.
    @inline(__always)
    static func method(_ c: UnsafeMutablePointer<InlineCache>, way: Int) -> PyValue {
        way == 1 ? c.pointee.first.method : c.pointee.second.method
    }

    /// LOAD_ATTR through `way`'s entry-position hint.
    @inline(__always)
    static func load(_ c: UnsafeMutablePointer<InlineCache>, way: Int, _ name: PyStr, from d: PyDict) -> PyValue? {
        way == 1 ? d.lookup(interned: name, hint: &c.pointee.first.hint)
                 : d.lookup(interned: name, hint: &c.pointee.second.hint)
    }

    /// STORE_ATTR through `way`'s entry-position hint.
    @inline(__always)
    static func store(_ c: UnsafeMutablePointer<InlineCache>, way: Int, _ name: PyStr, _ value: PyValue, into d: PyDict) {
        if way == 1 {
            d.setItem(interned: name, value, hint: &c.pointee.first.hint)
        } else {
            d.setItem(interned: name, value, hint: &c.pointee.second.hint)
        }
    }

    /// Records `kind` for `type`, keeping the most recent other way as the second.
    static func fill(_ c: UnsafeMutablePointer<InlineCache>, _ kind: Kind, type: PyType,
                     method: PyValue = .null) {
        if c.pointee.first.type != identity(type) { c.pointee.second = c.pointee.first }
        c.pointee.first = Way(kind: kind, type: identity(type), epoch: TypeRegistry.epoch, method: method)
    }
}

extension Interpreter {
    /// LOAD_GLOBAL through its cache entry: the value, or nil when the name is in neither dict.
    @inline(__always)
    func loadGlobal(_ name: PyStr, _ frame: Frame, _ c: UnsafeMutablePointer<InlineCache>) -> PyValue? {
        let globals = frame.globals
        if c.pointee.globals == InlineCache.identity(globals), c.pointee.globalsVersion == globals.version {
            if c.pointee.globalKind == .globalInGlobals {
                return globals.value(atEntry: c.pointee.index)
            }
            if c.pointee.globalKind == .globalInBuiltins, c.pointee.builtinsVersion == frame.builtins.version,
               let d = c.pointee.dict, d === frame.builtins {
                return d.value(atEntry: c.pointee.index)
            }
        }
        return loadGlobalMiss(name, frame, c)
    }

    private func loadGlobalMiss(_ name: PyStr, _ frame: Frame,
                                _ c: UnsafeMutablePointer<InlineCache>) -> PyValue? {
        let globals = frame.globals
        c.pointee.globals = InlineCache.identity(globals)
        c.pointee.globalsKeepAlive = globals
        c.pointee.globalsVersion = globals.version
        if let i = globals.entryIndex(interned: name) {
            c.pointee.globalKind = .globalInGlobals
            c.pointee.index = i
            c.pointee.dict = globals
            return globals.value(atEntry: i)
        }
        let builtins = frame.builtins
        if let i = builtins.entryIndex(interned: name) {
            c.pointee.globalKind = .globalInBuiltins
            c.pointee.builtinsVersion = builtins.version
            c.pointee.index = i
            c.pointee.dict = builtins
            return builtins.value(atEntry: i)
        }
        c.pointee.globalKind = .empty
        c.pointee.dict = nil
        return nil
    }

    /// LOAD_ATTR's generic path; afterwards, caches a plain instance-dict read for next time.
    func loadAttrMiss(_ owner: PyValue, _ name: PyStr,
                      _ c: UnsafeMutablePointer<InlineCache>) throws(PyException) -> PyValue {
        let v = try Protocol.getAttr(owner, name)
        if case .object(let o) = owner, o.dict != nil, Self.usesGenericAttributes(o.type),
           o.type.lookup(name) == nil {
            InlineCache.fill(c, .instanceAttribute, type: o.type)
        }
        return v
    }

    /// STORE_ATTR's generic path; afterwards, caches a plain instance-dict store for next time.
    func storeAttrMiss(_ owner: PyValue, _ name: PyStr, _ value: PyValue,
                       _ c: UnsafeMutablePointer<InlineCache>) throws(PyException) {
        try Protocol.setAttr(owner, name, value)
        if case .object(let o) = owner, o.dict != nil, Self.usesGenericAttributes(o.type),
           o.type.lookup(name) == nil {
            InlineCache.fill(c, .instanceStore, type: o.type)
        }
    }

    /// A class whose instances use `object`'s `__getattribute__` and `__setattr__`, so attribute
    /// access is the generic dict-and-MRO lookup.
    private static func usesGenericAttributes(_ type: PyType) -> Bool {
        guard type.isHeapType else { return false }
        if let ga = type.lookup(Names.__getattribute__), !(ga.object is PyMethodDescriptor) { return false }
        if let sa = type.lookup(Names.__setattr__), !(sa.object is PyMethodDescriptor) { return false }
        return true
    }
}
