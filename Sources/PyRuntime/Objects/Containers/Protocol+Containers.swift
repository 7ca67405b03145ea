/// The abstract sequence and mapping protocol (Objects/abstract.c): `len`, subscripts and `in`,
/// with fast paths for the builtin containers in front of the dunder dispatch.
extension Protocol {
    /// `len(v)` (`PyObject_Size`): `TypeError: object of type 'int' has no len()`.
    public static func length(_ v: PyValue) throws(PyException) -> Int {
        if case .object(let o) = v {
            // str cannot be subclassed: its payload class says it is exactly str.
            if ObjectIdentifier(Swift.type(of: o)) == ObjectIdentifier(PyStr.self) {
                return o.unchecked(PyStr.self).count
            }
            let t = o.typeIdentity
            if t == BuiltinTypeIdentity.list { return o.unchecked(PyList.self).elements.count }
            if t == BuiltinTypeIdentity.tuple { return o.unchecked(PyTuple.self).elements.count }
            if t == BuiltinTypeIdentity.dict { return o.unchecked(PyDict.self).count }
        }
        guard let m = v.type.lookup(Names.__len__), !m.isNone else {
            throw .typeError("object of type '\(v.type.name)' has no len()")
        }
        let r = try callMethod(m, self: v, [])
        let n: Int
        switch r {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        case .object(let l as PyLong):
            if l.value.sign == .minus { throw .valueError("__len__() should return >= 0") }
            throw .overflowError("cannot fit 'int' into an index-sized integer")
        default:
            guard r.type.lookup(Names.__index__) != nil else {
                throw .typeError("'\(r.type.name)' object cannot be interpreted as an integer")
            }
            n = try index(r)
        }
        if n < 0 { throw .valueError("__len__() should return >= 0") }
        return n
    }

    /// `container[key]` (`PyObject_GetItem`, `BINARY_SUBSCR`).
    public static func getItem(
        _ container: PyValue, _ key: PyValue
    ) throws(PyException) -> PyValue {
        if case .object(let o) = container {
            // Exact builtin types (a subclass may override __getitem__); their payload classes
            // are known, so no dynamic cast is needed.
            let t = o.typeIdentity
            if t == BuiltinTypeIdentity.list {
                let l = o.unchecked(PyList.self)
                if case .int(let i) = key { return try l.item(at: i) }
                return try l.getSubscript(key)
            }
            if t == BuiltinTypeIdentity.dict {
                if let v = try o.unchecked(PyDict.self).getItem(key) { return v }
                throw .keyError(key)
            }
            // str (never subclassed): `s[i]` and `s[a:b]` without the `__getitem__` call.
            if ObjectIdentifier(Swift.type(of: o)) == ObjectIdentifier(PyStr.self) {
                return try StrOps.getItem(o.unchecked(PyStr.self), key)
            }
            if t == BuiltinTypeIdentity.tuple {
                let tu = o.unchecked(PyTuple.self)
                if case .int(let i) = key { return try tu.item(at: i) }
                return try tu.getSubscript(key)
            }
        }
        if let m = container.type.lookup(Names.__getitem__) {
            return try callMethod(m, self: container, key)
        }
        if case .object(let o) = container, let t = o as? PyType {
            // `list[int]`: __class_getitem__ (PEP 560).
            if let cg = t.lookup(Names.__class_getitem__) {
                return try call(try bindClassAttribute(cg, instance: container, type: t), [key])
            }
            throw .typeError("type '\(t.name)' is not subscriptable")
        }
        throw .typeError("'\(container.type.name)' object is not subscriptable")
    }

    /// `container[key] = value` (`PyObject_SetItem`, `STORE_SUBSCR`).
    public static func setItem(
        _ container: PyValue, _ key: PyValue, _ value: PyValue
    ) throws(PyException) {
        if case .object(let o) = container {
            let t = o.typeIdentity
            if t == BuiltinTypeIdentity.list {
                let l = o.unchecked(PyList.self)
                if case .int(let i) = key { return try l.setItem(at: i, value) }
                return try l.setSubscript(key, value)
            }
            if t == BuiltinTypeIdentity.dict { return try o.unchecked(PyDict.self).setItem(key, value) }
        }
        guard let m = container.type.lookup(Names.__setitem__) else {
            throw .typeError("'\(container.type.name)' object does not support item assignment")
        }
        _ = try callMethod(m, self: container, [key, value])
    }

    /// `del container[key]` (`PyObject_DelItem`, `DELETE_SUBSCR`).
    public static func deleteItem(_ container: PyValue, _ key: PyValue) throws(PyException) {
        if case .object(let o) = container {
            let t = o.typeIdentity
            if t == BuiltinTypeIdentity.list { return try o.unchecked(PyList.self).deleteSubscript(key) }
            if t == BuiltinTypeIdentity.dict { return try o.unchecked(PyDict.self).deleteSubscript(key) }
        }
        guard let m = container.type.lookup(Names.__delitem__) else {
            throw .typeError("'\(container.type.name)' object doesn't support item deletion")
        }
        _ = try callMethod(m, self: container, key)
    }

    /// `item in container` (`PySequence_Contains`, `CONTAINS_OP`): `__contains__`, else a search
    /// by iteration; `TypeError: argument of type 'int' is not iterable`.
    public static func contains(_ container: PyValue, _ item: PyValue) throws(PyException) -> Bool {
        if case .object(let o) = container {
            let t = o.typeIdentity
            if t == BuiltinTypeIdentity.dict { return try o.unchecked(PyDict.self).contains(item) }
            if t == BuiltinTypeIdentity.set || t == BuiltinTypeIdentity.frozenset {
                return try o.unchecked(PySet.self).contains(item)
            }
            if t == BuiltinTypeIdentity.list {
                return try o.unchecked(PyList.self).firstIndex(of: item) != nil
            }
            if t == BuiltinTypeIdentity.tuple {
                for x in o.unchecked(PyTuple.self).elements {
                    if try Compare.equal(x, item) { return true }
                }
                return false
            }
            if ObjectIdentifier(Swift.type(of: o)) == ObjectIdentifier(PyStr.self) {
                guard case .object(let sub as PyStr) = item else {
                    throw .typeError("'in <string>' requires string as left operand, not \(item.type.name)")
                }
                return StrOps.contains(o.unchecked(PyStr.self), sub)
            }
            if let r = o as? PyRange { return try r.contains(item) }
        }
        if let m = container.type.lookup(Names.__contains__), !m.isNone {
            return try isTrue(callMethod(m, self: container, item))
        }
        let it: PyValue
        do throws(PyException) {
            it = try getIter(container)
        } catch {
            if error.matches(Types.typeError) {
                throw .typeError("argument of type '\(container.type.name)' is not iterable")
            }
            throw error
        }
        while let x = try next(it) {
            if try Compare.equal(x, item) { return true }
        }
        return false
    }
}
