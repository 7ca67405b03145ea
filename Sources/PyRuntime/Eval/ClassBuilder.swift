/// Class creation: `__build_class__` runs the class body, then `type(name, bases, ns)`.
enum ClassBuilder {
    /// `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    static func buildClass(_ args: Arguments) throws(PyException) -> PyValue {
        guard args.count >= 2, case .object(let body as PyFunction) = args[0] else {
            throw .typeError("__build_class__: func must be a function")
        }
        guard case .object(let nameStr as PyStr) = args[1] else {
            throw .typeError("__build_class__: name is not a string")
        }
        let bases = Array(args.values[2..<args.count])
        if let meta = args.keyword("metaclass"), !(meta.object === Types.type) {
            throw .notImplementedError("metaclasses other than type are not supported by Jitbook")
        }
        let namespace = PyDict()
        let interp = Interpreter.shared
        let frame = interp.pushFrame(runtime: body.runtime, globals: body.globals,
                                     builtins: body.builtins, locals: namespace, function: body)
        let cell = try interp.run(frame)
        let cls = try makeClass(name: nameStr.value, bases: bases, namespace: namespace)
        if case .object(let c as PyCell) = cell {
            c.contents = .object(cls)
        }
        return .object(cls)
    }

    static let subclassableBuiltins: [PyType] = [Types.list, Types.dict, Types.set, Types.frozenset, Types.tuple]

    /// `type(name, bases, namespace)` for a class statement or a 3-argument `type()` call.
    static func makeClass(name: String, bases baseValues: [PyValue], namespace: PyDict) throws(PyException) -> PyType {
        var bases: [PyType] = []
        for b in baseValues {
            guard case .object(let t as PyType) = b else {
                throw .typeError("bases must be types")
            }
            guard t.isBaseType else {
                throw .typeError("type '\(t.name)' is not an acceptable base type")
            }
            // Containers make subclass instances through `adopt` (their `__new__` honours cls);
            // unboxed scalars (int, float) and str cannot carry another type yet.
            if t.layout == .builtin && t !== Types.object && !Self.subclassableBuiltins.contains(where: { $0 === t })
                && !t.isHeapType {
                throw .notImplementedError("subclassing the builtin type '\(t.name)' is not supported by Jitbook")
            }
            bases.append(t)
        }
        if bases.isEmpty { bases = [Types.object] }
        let module = (namespace.lookup(interned: Names.__module__)?.object as? PyStr)?.value ?? "__main__"
        let qualname = (namespace.lookup(interned: Names.__qualname__)?.object as? PyStr)?.value ?? name
        _ = try? namespace.removeItem(.object(Names.__qualname__))
        _ = try? namespace.removeItem(.str("__classcell__"))
        // A class that defines __eq__ but not __hash__ is unhashable (typeobject.c).
        if namespace.lookup(interned: Names.__eq__) != nil && namespace.lookup(interned: Names.__hash__) == nil {
            namespace.setItem(interned: Names.__hash__, .none)
        }
        // __init_subclass__ and __class_getitem__ are implicit classmethods.
        for special in [Names.__init_subclass__, Names.__class_getitem__] {
            if case .object(let f as PyFunction)? = namespace.lookup(interned: special) {
                namespace.setItem(interned: special, .object(PyClassMethod(.object(f))))
            }
        }
        if case .object(let f as PyFunction)? = namespace.lookup(interned: Names.__new__) {
            namespace.setItem(interned: Names.__new__, .object(PyStaticMethod(.object(f))))
        }
        let cls = try PyType.makeClass(name: name, qualname: qualname, bases: bases,
                                       namespace: namespace, module: module)
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        for (k, v) in namespace.items {
            if case .object(let o) = v, o.type.isHeapType, let sn = o.type.lookup(Names.__set_name__) {
                _ = try Protocol.callMethod(sn, self: v, [.object(cls), k])
            }
        }
        if let parent = cls.mro.dropFirst().first, let isc = parent.lookup(Names.__init_subclass__) {
            _ = try Protocol.call(try Protocol.bindClassAttribute(isc, instance: .object(cls), type: cls), [])
        }
        return cls
    }
}

/// `super(type, obj)`: attribute lookup that starts after `type` in `obj`'s MRO.
public final class PySuper: PyObject {
    let thisClass: PyType
    let object: PyValue
    /// The type whose MRO is searched: `obj`'s type, or `obj` itself for class methods.
    let objectType: PyType

    init(thisClass: PyType, object: PyValue) {
        self.thisClass = thisClass
        self.object = object
        if case .object(let t as PyType) = object, t.isSubtype(of: thisClass) {
            self.objectType = t
        } else {
            self.objectType = object.type
        }
        super.init(type: Types.superType)
    }

    func lookup(_ name: PyStr) throws(PyException) -> PyValue? {
        let mro = objectType.mro
        if let start = mro.firstIndex(where: { $0 === thisClass }) {
            for t in mro[(start + 1)...] {
                guard let v = t.dict!.lookup(interned: name) else { continue }
                guard case .object(let d) = v else { return v }
                if let sm = d as? PyStaticMethod { return sm.function }
                if let cm = d as? PyClassMethod { return try Protocol.bind(cm.function, to: .object(objectType)) }
                if let p = d as? PyProperty, !(object.object is PyType) {
                    return try Protocol.propertyGet(p, object, name)
                }
                if case .object(let o) = object, o is PyType, objectType === (o as! PyType) {
                    return v  // super() in a classmethod-less class context: unbound
                }
                return try Protocol.bindClassAttribute(v, instance: object, type: objectType)
            }
        }
        if name === Names.__class__ { return .object(Types.superType) }
        if let v = Types.superType.lookup(name) {
            return try Protocol.bindClassAttribute(v, instance: .object(self), type: Types.superType)
        }
        throw .attributeError("'super' object has no attribute '\(name.value)'")
    }

    /// Zero-argument `super()`: the `__class__` cell and the first argument of the calling frame.
    static func fromCallingFrame() throws(PyException) -> PySuper {
        guard let frame = Interpreter.shared.currentFrame, frame.runtime.code.argcount > 0
            || frame.runtime.code.flags.contains(.varargs) else {
            throw .runtimeError("super(): no arguments")
        }
        var first = frame.slots[0]
        if case .object(let c as PyCell) = first, frame.runtime.code.localsplusKinds[0].contains(.cell) {
            first = c.contents
        }
        if first.isNull { throw .runtimeError("super(): arg[0] deleted") }
        guard let index = frame.runtime.code.localsplusNames.firstIndex(of: "__class__"),
              case .object(let cell as PyCell) = frame.slots[index] else {
            throw .runtimeError("super(): __class__ cell not found")
        }
        guard case .object(let cls as PyType) = cell.contents else {
            throw .runtimeError("super(): empty __class__ cell")
        }
        return PySuper(thisClass: cls, object: first)
    }
}
