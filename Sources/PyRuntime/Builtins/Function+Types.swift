/// Functions, methods, descriptors, generators, modules and code objects as Python sees them.
extension Runtime {
    static func installFunctionTypes() {
        Builtins.install()
        CallHooks.call = { (o, a) throws(PyException) -> PyValue in try Interpreter.shared.callObject(o, a) }
        CallHooks.bind = { (o, attr, recv) throws(PyException) -> PyValue in
            try Interpreter.shared.bindObject(o, attr, recv)
        }

        let function = Types.function
        function.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let f = a[0].object as! PyFunction
            return .str("<function \(f.qualname) at \(Protocol.address(of: a[0]))>")
        }
        function.addMethod("__get__") { (a) throws(PyException) -> PyValue in
            if a.count < 2 || a[1].isNone { return a[0] }
            return .object(PyMethod(function: a[0], receiver: a[1]))
        }
        func fn(_ v: PyValue) -> PyFunction { v.object as! PyFunction }
        function.addGetSet("__name__", get: { (v) throws(PyException) -> PyValue in .str(fn(v).name) },
                           set: { (v, n) throws(PyException) in fn(v).name = try Protocol.str(n) })
        function.addGetSet("__qualname__", get: { (v) throws(PyException) -> PyValue in .str(fn(v).qualname) },
                           set: { (v, n) throws(PyException) in fn(v).qualname = try Protocol.str(n) })
        function.addGetSet("__doc__", get: { (v) throws(PyException) -> PyValue in fn(v).doc },
                           set: { (v, d) throws(PyException) in fn(v).doc = d })
        function.addGetSet("__module__", get: { (v) throws(PyException) -> PyValue in fn(v).moduleName },
                           set: { (v, d) throws(PyException) in fn(v).moduleName = d })
        function.addGetSet("__code__", get: { (v) throws(PyException) -> PyValue in .object(PyCode(fn(v).code)) })
        function.addGetSet("__globals__", get: { (v) throws(PyException) -> PyValue in .object(fn(v).globals) })
        function.addGetSet("__defaults__", get: { (v) throws(PyException) -> PyValue in
            fn(v).defaults.isEmpty ? .none : .object(PyTuple(fn(v).defaults))
        }, set: { (v, d) throws(PyException) in fn(v).defaults = d.isNone ? [] : try Protocol.toArray(d) })
        function.addGetSet("__kwdefaults__", get: { (v) throws(PyException) -> PyValue in
            fn(v).kwdefaults.map { .object($0) } ?? .none
        })
        function.addGetSet("__closure__", get: { (v) throws(PyException) -> PyValue in
            fn(v).closure.isEmpty ? .none : .object(PyTuple(fn(v).closure.map { .object($0) }))
        })
        function.addGetSet("__annotations__", get: { (v) throws(PyException) -> PyValue in
            let f = fn(v)
            if f.annotations == nil { f.annotations = PyDict() }
            return .object(f.annotations!)
        })

        let method = Types.method
        method.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let m = a[0].object as! PyMethod
            let name = (try? Protocol.str(Protocol.getAttr(m.function, Names.__qualname__))) ?? "?"
            return .str("<bound method \(name) of \(try Protocol.repr(m.receiver))>")
        }
        method.addGetSet("__self__", get: { (v) throws(PyException) -> PyValue in (v.object as! PyMethod).receiver })
        method.addGetSet("__func__", get: { (v) throws(PyException) -> PyValue in (v.object as! PyMethod).function })
        method.addGetSet("__name__", get: { (v) throws(PyException) -> PyValue in
            try Protocol.getAttr((v.object as! PyMethod).function, Names.__name__)
        })
        method.addGetSet("__doc__", get: { (v) throws(PyException) -> PyValue in
            try Protocol.getAttr((v.object as! PyMethod).function, Names.__doc__)
        })

        for builtin in [Types.builtinFunction, Types.methodWrapper] {
            let wrapper = builtin === Types.methodWrapper
            builtin.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
                let f = a[0].object as! PyBuiltinFunction
                if let r = f.receiver, f.moduleName == nil {
                    let at = Protocol.address(of: r)
                    return .str(wrapper ? "<method-wrapper '\(f.name)' of \(r.type.name) object at \(at)>"
                                        : "<built-in method \(f.name) of \(r.type.name) object at \(at)>")
                }
                return .str("<built-in function \(f.name)>")
            }
            builtin.addGetSet("__name__", get: { (v) throws(PyException) -> PyValue in .str((v.object as! PyBuiltinFunction).name) })
            builtin.addGetSet("__qualname__", get: { (v) throws(PyException) -> PyValue in .str((v.object as! PyBuiltinFunction).name) })
            builtin.addGetSet("__doc__", get: { (v) throws(PyException) -> PyValue in
                (v.object as! PyBuiltinFunction).doc.map { .str($0) } ?? .none
            })
            builtin.addGetSet("__module__", get: { (v) throws(PyException) -> PyValue in
                (v.object as! PyBuiltinFunction).moduleName.map { .str($0) } ?? .none
            })
        }
        for (descriptor, kind) in [(Types.methodDescriptor, "method"), (Types.wrapperDescriptor, "slot wrapper")] {
            descriptor.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
                let d = a[0].object as! PyMethodDescriptor
                return .str("<\(kind) '\(d.name)' of '\(d.owner.name)' objects>")
            }
            descriptor.addGetSet("__name__", get: { (v) throws(PyException) -> PyValue in .str((v.object as! PyMethodDescriptor).name) })
            descriptor.addGetSet("__doc__", get: { (v) throws(PyException) -> PyValue in
                (v.object as! PyMethodDescriptor).doc.map { .str($0) } ?? .none
            })
        }

        installDescriptorTypes()
        installGeneratorAndModuleTypes()
    }

    private static func installDescriptorTypes() {
        Types.staticmethod.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else { throw .typeError("staticmethod expected 1 argument, got \(a.count - 1)") }
            return .object(PyStaticMethod(a[1]))
        }
        Types.staticmethod.addGetSet("__func__", get: { (v) throws(PyException) -> PyValue in (v.object as! PyStaticMethod).function })
        Types.classmethod.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else { throw .typeError("classmethod expected 1 argument, got \(a.count - 1)") }
            return .object(PyClassMethod(a[1]))
        }
        Types.classmethod.addGetSet("__func__", get: { (v) throws(PyException) -> PyValue in (v.object as! PyClassMethod).function })
        let property = Types.property
        property.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            let b = try Arguments.with(Array(a.values.dropFirst()), kwnames: a.kwnames) { (rest) throws(PyException) -> [PyValue?] in
                try rest.bind("property", ["fget", "fset", "fdel", "doc"], required: 0)
            }
            var doc = b[3] ?? .none
            if doc.isNone, let g = b[0], !g.isNone { doc = (try? Protocol.getAttr(g, Names.__doc__)) ?? .none }
            return .object(PyProperty(getter: b[0] ?? .none, setter: b[1] ?? .none, deleter: b[2] ?? .none, doc: doc))
        }
        func prop(_ v: PyValue) -> PyProperty { v.object as! PyProperty }
        property.addMethod("getter") { (a) throws(PyException) -> PyValue in
            let p = prop(a[0])
            return .object(PyProperty(getter: a[1], setter: p.setter, deleter: p.deleter, doc: p.doc))
        }
        property.addMethod("setter") { (a) throws(PyException) -> PyValue in
            let p = prop(a[0])
            return .object(PyProperty(getter: p.getter, setter: a[1], deleter: p.deleter, doc: p.doc))
        }
        property.addMethod("deleter") { (a) throws(PyException) -> PyValue in
            let p = prop(a[0])
            return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: a[1], doc: p.doc))
        }
        property.addMethod("__get__") { (a) throws(PyException) -> PyValue in
            if a.count < 2 || a[1].isNone { return a[0] }
            return try Protocol.call(prop(a[0]).getter, [a[1]])
        }
        property.addGetSet("fget", get: { (v) throws(PyException) -> PyValue in prop(v).getter })
        property.addGetSet("fset", get: { (v) throws(PyException) -> PyValue in prop(v).setter })
        property.addGetSet("fdel", get: { (v) throws(PyException) -> PyValue in prop(v).deleter })
        property.addGetSet("__doc__", get: { (v) throws(PyException) -> PyValue in prop(v).doc })
        Types.superType.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            if a.count == 1 { return .object(try PySuper.fromCallingFrame()) }
            guard case .object(let t as PyType) = a[1] else {
                throw .typeError("super() argument 1 must be a type, not \(a[1].type.name)")
            }
            guard a.count == 3 else { throw .runtimeError("super(): unbound super objects are not supported") }
            let obj = a[2]
            let ok = obj.type.isSubtype(of: t) || ((obj.object as? PyType)?.isSubtype(of: t) ?? false)
            if !ok { throw .typeError("super(type, obj): obj must be an instance or subtype of type") }
            return .object(PySuper(thisClass: t, object: obj))
        }
        Types.superType.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let s = a[0].object as! PySuper
            return .str("<super: <class '\(s.thisClass.name)'>, <\(s.objectType.name) object>>")
        }
    }

    private static func installGeneratorAndModuleTypes() {
        let generator = Types.generator
        func gen(_ v: PyValue) -> PyGenerator { v.object as! PyGenerator }
        generator.addMethod("__iter__") { (a) throws(PyException) -> PyValue in a[0] }
        generator.addMethod("__next__") { (a) throws(PyException) -> PyValue in
            let r = try gen(a[0]).resume(sending: .none)
            if r.finished { throw PyException.stopIteration(r.value.isNone ? nil : r.value) }
            return r.value
        }
        generator.addMethod("send") { (a) throws(PyException) -> PyValue in
            let r = try gen(a[0]).resume(sending: a.count > 1 ? a[1] : .none)
            if r.finished { throw PyException.stopIteration(r.value.isNone ? nil : r.value) }
            return r.value
        }
        generator.addMethod("throw") { (a) throws(PyException) -> PyValue in
            guard a.count >= 2 else { throw .typeError("throw expected at least 1 argument, got 0") }
            let exc = try Interpreter.shared.makeRaisable(a[1], cause: nil)
            let r = try gen(a[0]).resume(sending: .none, throwing: exc)
            if r.finished { throw PyException.stopIteration(r.value.isNone ? nil : r.value) }
            return r.value
        }
        generator.addMethod("close") { (a) throws(PyException) -> PyValue in
            let g = gen(a[0])
            if g.frame.isFinished || g.justStarted {
                g.frame.isFinished = true
                return .none
            }
            do throws(PyException) {
                let r = try g.resume(sending: .none, throwing: PyException(Types.generatorExit, args: []))
                if !r.finished { throw PyException.runtimeError("generator ignored GeneratorExit") }
            } catch {
                if !(error.matches(Types.generatorExit) || error.matches(Types.stopIteration)) { throw error }
            }
            return .none
        }
        generator.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            .str("<generator object \(gen(a[0]).qualname) at \(Protocol.address(of: a[0]))>")
        }
        generator.addGetSet("__name__", get: { (v) throws(PyException) -> PyValue in .str(gen(v).name) })
        generator.addGetSet("__qualname__", get: { (v) throws(PyException) -> PyValue in .str(gen(v).qualname) })

        for t in [Types.notImplementedType, Types.ellipsisType] {
            t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
                .str((a[0].object as! PySingleton).name)
            }
        }
        // Calling the type of None, NotImplemented or Ellipsis gives the singleton back.
        for (t, value, name) in [(Types.noneType, PyValue.none, "NoneType"),
                                 (Types.notImplementedType, .notImplemented, "NotImplementedType"),
                                 (Types.ellipsisType, .ellipsis, "EllipsisType")] {
            t.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
                if a.count > 1 || a.hasKeywords { throw .typeError("\(name) takes no arguments") }
                return value
            }
        }
        Types.module.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let m = a[0].object as! PyModule
            if case .object(let f as PyStr)? = m.dict!.lookup(interned: Names.__file__) {
                return .str("<module '\(m.name)' from '\(f.value)'>")
            }
            return .str("<module '\(m.name)' (built-in)>")
        }
        Types.code.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let c = (a[0].object as! PyCode).code
            return .str("<code object \(c.name) at \(DisModule.address(of: c)), file \"\(c.filename)\", line \(c.firstlineno)>")
        }
        func code(_ v: PyValue) -> PyCode { v.object as! PyCode }
        Types.code.addGetSet("co_name", get: { (v) throws(PyException) -> PyValue in .str(code(v).code.name) })
        Types.code.addGetSet("co_qualname", get: { (v) throws(PyException) -> PyValue in .str(code(v).code.qualname) })
        Types.code.addGetSet("co_filename", get: { (v) throws(PyException) -> PyValue in .str(code(v).code.filename) })
        Types.code.addGetSet("co_firstlineno", get: { (v) throws(PyException) -> PyValue in .int(code(v).code.firstlineno) })
        Types.code.addGetSet("co_argcount", get: { (v) throws(PyException) -> PyValue in .int(code(v).code.argcount) })
        Types.code.addGetSet("co_varnames", get: { (v) throws(PyException) -> PyValue in
            .object(PyTuple(code(v).code.varnames.map { .str($0) }))
        })
        Types.code.addGetSet("co_names", get: { (v) throws(PyException) -> PyValue in
            .object(PyTuple(code(v).code.names.map { .str($0) }))
        })
        Types.code.addGetSet("co_consts", get: { (v) throws(PyException) -> PyValue in
            .object(PyTuple(code(v).code.consts.map(CodeRuntime.value(of:))))
        })
        Types.cell.addGetSet("cell_contents", get: { (v) throws(PyException) -> PyValue in
            let c = v.object as! PyCell
            if c.contents.isNull { throw .valueError("Cell is empty") }
            return c.contents
        })
    }
}
