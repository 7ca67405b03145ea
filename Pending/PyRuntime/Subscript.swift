/// Item access and membership (`PyObject_GetItem`, `PySequence_Contains`, `len`).
extension Protocol {
    /// `container[key]`, with the list/tuple fast path the eval loop needs.
    @inline(__always)
    public static func getItem(_ container: PyValue, _ key: PyValue) throws(PyException) -> PyValue {
        if case .object(let o) = container, case .int(let i) = key {
            if let l = o as? PyList {
                let n = l.elements.count
                let j = i < 0 ? i + n : i
                if j >= 0 && j < n { return l.elements[j] }
            } else if let t = o as? PyTuple {
                let n = t.elements.count
                let j = i < 0 ? i + n : i
                if j >= 0 && j < n { return t.elements[j] }
            }
        }
        return try getItemSlow(container, key)
    }

    static func getItemSlow(_ container: PyValue, _ key: PyValue) throws(PyException) -> PyValue {
        let type = container.type
        if let m = type.lookup(Names.__getitem__) {
            return try callMethod(m, self: container, [key])
        }
        if case .object(let t as PyType) = container {
            if let cgi = t.lookup(Names.__class_getitem__) {
                return try call(try bindClassAttribute(cgi, instance: container, type: t), [key])
            }
            if t === Types.type { return container }
            throw .typeError("type '\(t.name)' is not subscriptable")
        }
        throw .typeError("'\(type.name)' object is not subscriptable")
    }

    /// `container[key] = value`.
    @inline(__always)
    public static func setItem(_ container: PyValue, _ key: PyValue, _ value: PyValue) throws(PyException) {
        if case .object(let o) = container {
            if let l = o as? PyList, case .int(let i) = key {
                let n = l.elements.count
                let j = i < 0 ? i + n : i
                if j >= 0 && j < n {
                    l.elements[j] = value
                    return
                }
            } else if let d = o as? PyDict, d.type === Types.dict {
                try d.setItem(key, value)
                return
            }
        }
        guard let m = container.type.lookup(Names.__setitem__) else {
            throw .typeError("'\(container.type.name)' object does not support item assignment")
        }
        _ = try callMethod(m, self: container, [key, value])
    }

    /// `del container[key]`.
    public static func delItem(_ container: PyValue, _ key: PyValue) throws(PyException) {
        guard let m = container.type.lookup(Names.__delitem__) else {
            throw .typeError("'\(container.type.name)' object does not support item deletion")
        }
        _ = try callMethod(m, self: container, [key])
    }

    /// `item in container`: `__contains__`, else a search of the iteration.
    public static func contains(_ container: PyValue, _ item: PyValue) throws(PyException) -> Bool {
        if case .object(let o) = container, let d = o as? PyDict, d.type === Types.dict {
            return try d.contains(item)
        }
        if let m = container.type.lookup(Names.__contains__) {
            return try isTrue(callMethod(m, self: container, [item]))
        }
        guard container.type.lookup(Names.__iter__) != nil || container.type.lookup(Names.__getitem__) != nil else {
            throw .typeError("argument of type '\(container.type.name)' is not iterable")
        }
        let it = try getIter(container)
        while let v = try next(it) {
            if try keysEqual(v, item) { return true }
        }
        return false
    }

    /// `len(v)`.
    public static func len(_ v: PyValue) throws(PyException) -> Int {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.elements.count }
            if let t = o as? PyTuple { return t.elements.count }
            if let s = o as? PyStr { return s.count }
            if let d = o as? PyDict { return d.count }
        }
        guard let m = v.type.lookup(Names.__len__) else {
            throw .typeError("object of type '\(v.type.name)' has no len()")
        }
        let r = try callMethod(m, self: v, [])
        let n = try index(r)
        if n < 0 { throw .valueError("__len__() should return >= 0") }
        return n
    }
}
