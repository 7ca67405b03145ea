/// Attribute access (`PyObject_GenericGetAttr`, `type_getattro`, `module_getattro`).
extension Protocol {
    /// `getattr(v, name)`; `name` interned.
    public static func getAttr(_ v: PyValue, _ name: PyStr) throws(PyException) -> PyValue {
        if let r = try findAttr(v, name) { return r }
        throw attributeError(v, name)
    }

    /// `getattr(v, name, None)`-like (`_PyObject_LookupAttr`): nil when absent, including when
    /// a descriptor or `__getattr__` raised AttributeError.
    public static func lookupAttr(_ v: PyValue, _ name: PyStr) throws(PyException) -> PyValue? {
        do {
            return try findAttr(v, name)
        } catch {
            if error.matches(Types.attributeError) { return nil }
            throw error
        }
    }

    /// The attribute, nil when no namespace has it; what descriptors raise propagates.
    private static func findAttr(_ v: PyValue, _ name: PyStr) throws(PyException) -> PyValue? {
        let type = v.type
        // Type identity, not `as?` casts: this runs on every attribute read.
        if case .object(let o) = v, !type.isHeapType {
            if type.kind == .type { return try typeAttribute(unsafeDowncast(o, to: PyType.self), name) }
            if type.kind == .superType { return try unsafeDowncast(o, to: PySuper.self).lookup(name) }
            if type.kind == .module {
                if let found = o.dict!.lookup(interned: name) { return found }
                if let found = try typeOnly(v, type, name) { return found }
                // PEP 562: a module's own `__getattr__` is asked last.
                if let hook = o.dict!.lookup(interned: Names.__getattr__) { return try Protocol.call(hook, [.object(name)]) }
                return nil
            }
        }
        // A user-defined __getattribute__ replaces the whole lookup.
        if type.isHeapType, let ga = type.lookup(Names.__getattribute__),
           !(ga.object is PyMethodDescriptor) {
            return try swallowAttributeError { () throws(PyException) -> PyValue in
                try callMethod(ga, self: v, [.object(name)])
            }
        }
        let classAttr = type.lookup(name)
        // Data descriptors on the type win over the instance dict.
        if let ca = classAttr, case .object(let d) = ca, d.type.kind != .function {
            if let p = d as? PyProperty { return try propertyGet(p, v, name) }
            if d.type === Types.getSetDescriptor { return try unsafeDowncast(d, to: PyGetSetDescriptor.self).get(v) }
            if d.type.isHeapType, d.type.lookup(Names.__get__) != nil, d.type.lookup(Names.__set__) != nil {
                return try callMethod(d.type.lookup(Names.__get__)!, self: ca, [v, .object(type)])
            }
        }
        if case .object(let o) = v, let dict = o.dict, let found = dict.lookup(interned: name) {
            return found
        }
        if let ca = classAttr { return try bindClassAttribute(ca, instance: v, type: type) }
        if let ga = type.lookup(Names.__getattr__) {
            return try swallowAttributeError { () throws(PyException) -> PyValue in
                try callMethod(ga, self: v, [.object(name)])
            }
        }
        return nil
    }

    private static func typeOnly(_ v: PyValue, _ type: PyType, _ name: PyStr) throws(PyException) -> PyValue? {
        guard let ca = type.lookup(name) else { return nil }
        return try bindClassAttribute(ca, instance: v, type: type)
    }

    /// What an attribute found on the class gives when read through an instance.
    static func bindClassAttribute(_ ca: PyValue, instance v: PyValue, type: PyType) throws(PyException) -> PyValue {
        guard case .object(let d) = ca else { return ca }
        if d is PyMethodDescriptor { return try bind(ca, to: v) }
        if let gs = d as? PyGetSetDescriptor { return try gs.get(v) }
        if let sm = d as? PyStaticMethod { return sm.function }
        if let cm = d as? PyClassMethod { return try bind(cm.function, to: .object(type)) }
        if d.type.isHeapType, let get = d.type.lookup(Names.__get__) {
            return try callMethod(get, self: ca, [v, .object(type)])
        }
        return try bind(ca, to: v)
    }

    /// Attribute of a class (`C.x`): the MRO, with descriptors called with no instance, then the
    /// metatype's attributes (`__name__`, `mro`, ...).
    static func typeAttribute(_ t: PyType, _ name: PyStr) throws(PyException) -> PyValue? {
        // Data descriptors of the metatype (`__name__`, `__class__`, `__mro__`) come first.
        if let meta = t.type.lookup(name), case .object(let gs as PyGetSetDescriptor) = meta {
            return try gs.get(.object(t))
        }
        if let a = t.lookup(name) {
            guard case .object(let d) = a else { return a }
            if let sm = d as? PyStaticMethod { return sm.function }
            if let cm = d as? PyClassMethod { return try bind(cm.function, to: .object(t)) }
            if d is PyProperty || d is PyMethodDescriptor || d is PyGetSetDescriptor { return a }
            if d.type.isHeapType, let get = d.type.lookup(Names.__get__) {
                return try callMethod(get, self: a, [.none, .object(t)])
            }
            return a
        }
        if let meta = t.type.lookup(name) {
            return try bindClassAttribute(meta, instance: .object(t), type: t.type)
        }
        return nil
    }

    static func propertyGet(_ p: PyProperty, _ v: PyValue, _ name: PyStr) throws(PyException) -> PyValue {
        if p.getter.isNone {
            throw .attributeError("property '\(name.value)' of '\(v.type.name)' object has no getter")
        }
        return try call(p.getter, [v])
    }

    private static func swallowAttributeError(_ body: () throws(PyException) -> PyValue) throws(PyException) -> PyValue? {
        do {
            return try body()
        } catch {
            if error.matches(Types.attributeError) { return nil }
            throw error
        }
    }

    /// CPython's AttributeError for a missing attribute, with `name` and `obj` set.
    public static func attributeError(_ v: PyValue, _ name: PyStr) -> PyException {
        let message: String
        if case .object(let o) = v, let t = o as? PyType {
            message = "type object '\(t.name)' has no attribute '\(name.value)'"
        } else if case .object(let o) = v, let m = o as? PyModule {
            message = "module '\(m.name)' has no attribute '\(name.value)'"
        } else {
            message = "'\(v.type.name)' object has no attribute '\(name.value)'"
        }
        let e = PyException.attributeError(message)
        e.value.dict!.setItem("name", .object(name))
        e.value.dict!.setItem("obj", v)
        return e
    }

    /// `setattr(v, name, value)`.
    public static func setAttr(_ v: PyValue, _ name: PyStr, _ value: PyValue) throws(PyException) {
        let type = v.type
        if case .object(let o) = v, let t = o as? PyType {
            try t.setAttribute(name, value)
            return
        }
        if type.isHeapType, let sa = type.lookup(Names.__setattr__), !(sa.object is PyMethodDescriptor) {
            _ = try callMethod(sa, self: v, [.object(name), value])
            return
        }
        try genericSetAttr(v, name, value)
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    public static func genericSetAttr(_ v: PyValue, _ name: PyStr, _ value: PyValue) throws(PyException) {
        let type = v.type
        if let ca = type.lookup(name), case .object(let d) = ca {
            if let p = d as? PyProperty {
                if p.setter.isNone {
                    throw .attributeError("property '\(name.value)' of '\(type.name)' object has no setter")
                }
                _ = try call(p.setter, [v, value])
                return
            }
            if let gs = d as? PyGetSetDescriptor {
                guard let set = gs.set else {
                    throw .attributeError("attribute '\(name.value)' of '\(type.name)' objects is not writable")
                }
                try set(v, value)
                return
            }
            if d.type.isHeapType, let set = d.type.lookup(Names.__set__) {
                _ = try callMethod(set, self: ca, [v, value])
                return
            }
        }
        guard case .object(let o) = v, let dict = o.dict else {
            if type.lookup(name) != nil {
                throw .attributeError("'\(type.name)' object attribute '\(name.value)' is read-only")
            }
            throw .attributeError("'\(type.name)' object has no attribute '\(name.value)'")
        }
        dict.setItem(interned: name, value)
    }

    /// `delattr(v, name)`.
    public static func delAttr(_ v: PyValue, _ name: PyStr) throws(PyException) {
        let type = v.type
        if type.isHeapType, let da = type.lookup(Names.__delattr__), !(da.object is PyMethodDescriptor) {
            _ = try callMethod(da, self: v, [.object(name)])
            return
        }
        if let ca = type.lookup(name), case .object(let p as PyProperty) = ca {
            if p.deleter.isNone {
                throw .attributeError("property '\(name.value)' of '\(type.name)' object has no deleter")
            }
            _ = try call(p.deleter, [v])
            return
        }
        if case .object(let o) = v {
            if let t = o as? PyType {
                guard t.isHeapType else {
                    throw .typeError("cannot set '\(name.value)' attribute of immutable type '\(t.name)'")
                }
                if try t.dict!.removeItem(.object(name)) == nil { throw attributeError(v, name) }
                TypeRegistry.invalidateLookups()
                return
            }
            if let dict = o.dict, try dict.removeItem(.object(name)) != nil { return }
        }
        throw attributeError(v, name)
    }
}
