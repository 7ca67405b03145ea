/// What the eval loop's container opcodes do (Python/ceval.c, 3.11), with CPython's messages,
/// so the loop stays a thin switch: `BUILD_SET`, `BUILD_MAP`, `BUILD_CONST_KEY_MAP`,
/// `LIST_EXTEND`, `SET_UPDATE`, `DICT_UPDATE`, `DICT_MERGE`, `UNPACK_SEQUENCE`, `UNPACK_EX`.
public enum ContainerOps {
    /// `BUILD_SET`: a set of the items, added in order.
    public static func buildSet(
        _ items: UnsafeBufferPointer<PyValue>
    ) throws(PyException) -> PySet {
        let s = PySet()
        for x in items { try s.add(x) }
        return s
    }

    /// `BUILD_MAP`: `items` alternates keys and values (`k0, v0, k1, v1, ...`).
    public static func buildMap(
        _ items: UnsafeBufferPointer<PyValue>
    ) throws(PyException) -> PyDict {
        let d = PyDict(minimumCapacity: items.count / 2)
        var i = 0
        while i + 1 < items.count {
            try d.setItem(items[i], items[i + 1])
            i += 2
        }
        return d
    }

    /// `BUILD_CONST_KEY_MAP`: keys from a constant tuple, values from the stack.
    public static func buildConstKeyMap(
        keys: PyTuple, values: UnsafeBufferPointer<PyValue>
    ) throws(PyException) -> PyDict {
        let d = PyDict(minimumCapacity: values.count)
        for (k, v) in zip(keys.elements, values) { try d.setItem(k, v) }
        return d
    }

    /// `LIST_EXTEND` (`[*x]`, `f(*x)`): `TypeError: Value after * must be an iterable, not int`.
    public static func listExtend(_ list: PyList, _ iterable: PyValue) throws(PyException) {
        do throws(PyException) {
            try list.extend(iterable)
        } catch {
            if error.matches(Types.typeError), iterable.type.lookup(Names.__iter__) == nil,
               iterable.type.lookup(Names.__getitem__) == nil {
                throw .typeError("Value after * must be an iterable, not \(iterable.type.name)")
            }
            throw error
        }
    }

    /// `SET_UPDATE` (`{*x}`).
    public static func setUpdate(_ set: PySet, _ iterable: PyValue) throws(PyException) {
        try set.update(with: iterable)
    }

    /// `DICT_UPDATE` (`{**x}`): `TypeError: 'int' object is not a mapping`.
    public static func dictUpdate(_ dict: PyDict, _ mapping: PyValue) throws(PyException) {
        if let d = mapping.as(PyDict.self) { return try dict.merge(d) }
        guard try Protocol.lookupAttr(mapping, Names.keys) != nil else {
            throw .typeError("'\(mapping.type.name)' object is not a mapping")
        }
        try dict.mergeMapping(mapping)
    }

    /// `DICT_MERGE` (`f(**x)`): like `dictUpdate` but a repeated key is an error.
    /// `function` is how CPython names the callee in messages (`f()`, `C.m()`).
    ///
    /// Throws `f() argument after ** must be a mapping, not int` and
    /// `f() got multiple values for keyword argument 'a'`.
    public static func dictMerge(
        _ dict: PyDict, _ mapping: PyValue, function: String
    ) throws(PyException) {
        let pairs: [(PyValue, PyValue)]
        if let d = mapping.as(PyDict.self) {
            pairs = d.items.map { ($0.key, $0.value) }
        } else {
            guard try Protocol.lookupAttr(mapping, Names.keys) != nil else {
                throw .typeError("\(function) argument after ** must be a mapping, not "
                                 + "\(mapping.type.name)")
            }
            var out: [(PyValue, PyValue)] = []
            let keys = try Protocol.call(try Protocol.getAttr(mapping, Names.keys), [])
            let it = try Protocol.getIter(keys)
            while let k = try Protocol.next(it) {
                out.append((k, try Protocol.getItem(mapping, k)))
            }
            pairs = out
        }
        for (k, v) in pairs {
            if try dict.contains(k) {
                let name: String
                if let s = k.as(PyStr.self) { name = s.value } else { name = try Protocol.repr(k) }
                throw .typeError("\(function) got multiple values for keyword argument '\(name)'")
            }
            try dict.setItem(k, v)
        }
    }

    /// `UNPACK_SEQUENCE n`: exactly `count` items, in order.
    ///
    /// Throws `cannot unpack non-iterable int object`, `not enough values to unpack (expected 3,
    /// got 2)`, `too many values to unpack (expected 2)`.
    public static func unpack(_ v: PyValue, count: Int) throws(PyException) -> [PyValue] {
        if case .object(let o) = v {
            if let t = o as? PyTuple, t.elements.count == count { return t.elements }
            if let l = o as? PyList, l.elements.count == count { return l.elements }
        }
        let it = try unpackIterator(v)
        var out: [PyValue] = []
        out.reserveCapacity(count)
        while out.count < count {
            guard let x = try Protocol.next(it) else {
                throw .valueError("not enough values to unpack (expected \(count), got "
                                  + "\(out.count))")
            }
            out.append(x)
        }
        if try Protocol.next(it) != nil {
            throw .valueError("too many values to unpack (expected \(count))")
        }
        return out
    }

    /// `UNPACK_EX` (`a, *b, c = v`): `before` items, a list of the middle, `after` items.
    ///
    /// Throws `not enough values to unpack (expected at least 2, got 1)`.
    public static func unpackEx(
        _ v: PyValue, before: Int, after: Int
    ) throws(PyException) -> [PyValue] {
        let it = try unpackIterator(v)
        var out: [PyValue] = []
        while out.count < before {
            guard let x = try Protocol.next(it) else {
                throw .valueError("not enough values to unpack (expected at least "
                                  + "\(before + after), got \(out.count))")
            }
            out.append(x)
        }
        var rest: [PyValue] = []
        while let x = try Protocol.next(it) { rest.append(x) }
        if rest.count < after {
            throw .valueError("not enough values to unpack (expected at least \(before + after), "
                              + "got \(before + rest.count))")
        }
        let middle = Array(rest[0..<(rest.count - after)])
        out.append(.object(PyList(middle)))
        out.append(contentsOf: rest[(rest.count - after)...])
        return out
    }

    private static func unpackIterator(_ v: PyValue) throws(PyException) -> PyValue {
        do throws(PyException) {
            return try Protocol.getIter(v)
        } catch {
            if error.matches(Types.typeError), v.type.lookup(Names.__iter__) == nil,
               v.type.lookup(Names.__getitem__) == nil {
                throw .typeError("cannot unpack non-iterable \(v.type.name) object")
            }
            throw error
        }
    }
}
