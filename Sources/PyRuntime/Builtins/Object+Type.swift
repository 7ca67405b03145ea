/// `object` and `type`: the dunders every class inherits, and the metatype's attributes.
extension Runtime {
    /// Whether `t` inherits `name` (`__new__`/`__init__`) from `object` unchanged.
    static func isObjectSlot(_ t: PyType, _ name: PyStr) -> Bool {
        guard let mine = t.lookup(name), let objects = Types.object.dict!.lookup(interned: name) else {
            return false
        }
        return mine.isIdentical(to: objects)
    }

    static func installObjectAndType() {
        let object = Types.object
        object.doc = "The base class of the class hierarchy."
        // Excess arguments are an error unless the other of __new__/__init__ is overridden
        // (object_new and object_init in Objects/typeobject.c).
        object.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            guard args.count >= 1, case .object(let c as PyType) = args[0] else {
                throw .typeError("object.__new__(X): X is not a type object")
            }
            if (args.count > 1 || args.hasKeywords) && c.layout != .exception {
                if !isObjectSlot(c, Names.__new__) {
                    throw .typeError("object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if isObjectSlot(c, Names.__init__) { throw .typeError("\(c.name)() takes no arguments") }
            }
            switch c.layout {
            // A bare `object()` has no __dict__: attributes cannot be set on it.
            case .instance where c === Types.object: return .object(PyObject(type: c))
            case .instance: return .object(PyInstance(type: c))
            case .exception: return .object(PyBaseException(type: c, args: Array(args.values[1..<args.count])))
            case .builtin: throw .typeError("object.__new__(\(c.name)) is not safe, use \(c.name).__new__()")
            }
        }
        object.addMethod("__init__") { (args) throws(PyException) -> PyValue in
            if args.count > 1 || args.hasKeywords {
                let t = args[0].type
                if !isObjectSlot(t, Names.__init__) {
                    throw .typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
                if isObjectSlot(t, Names.__new__) { throw .typeError("\(t.name)() takes no arguments") }
            }
            return .none
        }
        object.addMethod("__repr__") { (args) throws(PyException) -> PyValue in
            .str(Protocol.defaultRepr(args[0]))
        }
        object.addMethod("__str__") { (args) throws(PyException) -> PyValue in
            .str(try Protocol.repr(args[0]))
        }
        object.addMethod("__eq__") { (args) throws(PyException) -> PyValue in
            args[0].isIdentical(to: args[1]) ? .true : .notImplemented
        }
        object.addMethod("__ne__") { (args) throws(PyException) -> PyValue in
            // The inverse of __eq__ unless that is NotImplemented.
            guard let eq = args[0].type.lookup(Names.__eq__) else { return .notImplemented }
            let r = try Protocol.callMethod(eq, self: args[0], [args[1]])
            if r.isNotImplemented { return r }
            return .bool(!(try Protocol.isTrue(r)))
        }
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            object.addMethod(name) { (_) throws(PyException) -> PyValue in .notImplemented }
        }
        object.addMethod("__hash__") { (args) throws(PyException) -> PyValue in
            .int(Protocol.id(args[0]) >> 4)
        }
        object.addMethod("__format__") { (args) throws(PyException) -> PyValue in
            let spec = args.count > 1 ? try Protocol.str(args[1]) : ""
            if !spec.isEmpty {
                throw .typeError("unsupported format string passed to \(args[0].type.name).__format__")
            }
            return .str(try Protocol.str(args[0]))
        }
        object.addMethod("__getattribute__") { (args) throws(PyException) -> PyValue in
            guard args.count == 2, case .object(let n as PyStr) = args[1] else {
                throw .typeError("attribute name must be string")
            }
            let name = Names.intern(n.value)
            // object.__getattribute__ is the generic lookup without __getattr__.
            if case .object(let o) = args[0], let d = o.dict, let v = d.lookup(interned: name) { return v }
            if let ca = args[0].type.lookup(name) {
                return try Protocol.bindClassAttribute(ca, instance: args[0], type: args[0].type)
            }
            throw Protocol.attributeError(args[0], name)
        }
        object.addMethod("__setattr__") { (args) throws(PyException) -> PyValue in
            guard args.count == 3, case .object(let n as PyStr) = args[1] else {
                throw .typeError("attribute name must be string")
            }
            try Protocol.genericSetAttr(args[0], Names.intern(n.value), args[2])
            return .none
        }
        object.addMethod("__delattr__") { (args) throws(PyException) -> PyValue in
            guard args.count == 2, case .object(let n as PyStr) = args[1] else {
                throw .typeError("attribute name must be string")
            }
            let name = Names.intern(n.value)
            guard case .object(let o) = args[0], let d = o.dict, try d.removeItem(.object(name)) != nil else {
                throw Protocol.attributeError(args[0], name)
            }
            return .none
        }
        object.addMethod("__dir__") { (args) throws(PyException) -> PyValue in
            .object(PyList(try Builtins.dirNames(args[0]).map { .str($0) }))
        }
        object.addClassMethod("__init_subclass__") { (_) throws(PyException) -> PyValue in .none }
        object.addGetSet("__class__", get: { (v) throws(PyException) -> PyValue in .object(v.type) })
        object.addGetSet("__dict__", get: { (v) throws(PyException) -> PyValue in
            guard case .object(let o) = v, let d = o.dict else {
                throw Protocol.attributeError(v, Names.__dict__)
            }
            return .object(d)
        })

        let type = Types.type
        type.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            // type(name, bases, dict)
            guard args.count == 4 else {
                throw .typeError("type() takes 1 or 3 arguments")
            }
            guard case .object(let n as PyStr) = args[1] else {
                throw .typeError("type.__new__() argument 1 must be str, not \(args[1].type.name)")
            }
            guard case .object(let b as PyTuple) = args[2] else {
                throw .typeError("type.__new__() argument 2 must be tuple, not \(args[2].type.name)")
            }
            guard case .object(let ns as PyDict) = args[3] else {
                throw .typeError("type.__new__() argument 3 must be dict, not \(args[3].type.name)")
            }
            return .object(try ClassBuilder.makeClass(name: n.value, bases: b.elements, namespace: ns.copy()))
        }
        type.addMethod("__init__") { (_) throws(PyException) -> PyValue in .none }
        type.addMethod("__repr__") { (args) throws(PyException) -> PyValue in
            let t = args[0].object as! PyType
            let prefix = t.moduleName == "builtins" ? "" : "\(t.moduleName)."
            return .str("<class '\(prefix)\(t.qualname)'>")
        }
        type.addMethod("mro") { (args) throws(PyException) -> PyValue in
            .object(PyList((args[0].object as! PyType).mro.map { .object($0) }))
        }
        type.addMethod("__subclasscheck__") { (args) throws(PyException) -> PyValue in
            guard case .object(let a as PyType) = args[0], case .object(let b as PyType) = args[1] else {
                return .false
            }
            return .bool(b.isSubtype(of: a))
        }
        type.addMethod("__instancecheck__") { (args) throws(PyException) -> PyValue in
            guard case .object(let a as PyType) = args[0] else { return .false }
            return .bool(args[1].type.isSubtype(of: a))
        }
        type.addGetSet("__name__", get: { (v) throws(PyException) -> PyValue in .str((v.object as! PyType).name) },
                       set: { (v, n) throws(PyException) in (v.object as! PyType).name = try Protocol.str(n) })
        type.addGetSet("__qualname__", get: { (v) throws(PyException) -> PyValue in
            .str((v.object as! PyType).qualname)
        }, set: { (v, n) throws(PyException) in (v.object as! PyType).qualname = try Protocol.str(n) })
        type.addGetSet("__module__", get: { (v) throws(PyException) -> PyValue in
            let t = v.object as! PyType
            return t.dict!.lookup(interned: Names.__module__) ?? .str(t.moduleName)
        })
        type.addGetSet("__doc__", get: { (v) throws(PyException) -> PyValue in
            let t = v.object as! PyType
            if let d = t.dict!.lookup(interned: Names.__doc__) { return d }
            return t.doc.map { .str($0) } ?? .none
        })
        type.addGetSet("__mro__", get: { (v) throws(PyException) -> PyValue in
            .object(PyTuple((v.object as! PyType).mro.map { .object($0) }))
        })
        type.addGetSet("__bases__", get: { (v) throws(PyException) -> PyValue in
            .object(PyTuple((v.object as! PyType).bases.map { .object($0) }))
        })
        type.addGetSet("__base__", get: { (v) throws(PyException) -> PyValue in
            (v.object as! PyType).bases.first.map { .object($0) } ?? .none
        })
        type.addGetSet("__dict__", get: { (v) throws(PyException) -> PyValue in
            .object((v.object as! PyType).dict!)
        })
        type.addMethod("__subclasses__") { (args) throws(PyException) -> PyValue in
            let t = args[0].object as! PyType
            return .object(PyList(TypeRegistry.subclasses(of: t).map { .object($0) }))
        }
    }
}
