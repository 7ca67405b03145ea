/// The parts of `BUILD_*`, `UNPACK_*` and `DICT_*` instructions that are too long for the
/// eval loop's switch.
enum BuildHelpers {
    /// `BUILD_SLICE`.
    static func slice(_ start: PyValue, _ stop: PyValue, _ step: PyValue) -> PyValue {
        .object(PySlice(start: start, stop: stop, step: step))
    }

    /// `BUILD_SET`.
    static func set(_ items: [PyValue]) throws(PyException) -> PyValue {
        let s = PySet(type: Types.set)
        for v in items { try s.add(v) }
        return .object(s)
    }

    /// `SET_ADD` / `SET_UPDATE`.
    static func setAdd(_ set: PyValue, _ item: PyValue) throws(PyException) {
        try (set.object as! PySet).add(item)
    }

    /// `UNPACK_SEQUENCE`: exactly `count` items, with CPython's messages.
    static func unpack(_ seq: PyValue, count: Int) throws(PyException) -> [PyValue] {
        if case .object(let o) = seq {
            if let t = o as? PyTuple, t.elements.count == count { return t.elements }
            if let l = o as? PyList, l.elements.count == count { return l.elements }
        }
        let it: PyValue
        do throws(PyException) {
            it = try Protocol.getIter(seq)
        } catch {
            if error.matches(Types.typeError) {
                throw .typeError("cannot unpack non-iterable \(seq.type.name) object")
            }
            throw error
        }
        var items: [PyValue] = []
        while let v = try Protocol.next(it) {
            if items.count == count {
                if case .object(let o) = seq, o is PyList || o is PyTuple {
                    throw .valueError("too many values to unpack (expected \(count), got \(try Protocol.len(seq)))")
                }
                throw .valueError("too many values to unpack (expected \(count))")
            }
            items.append(v)
        }
        if items.count < count {
            throw .valueError("not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }

    /// `UNPACK_EX`: `before` items, a list of the middle, `after` items.
    static func unpackStarred(_ seq: PyValue, before: Int, after: Int) throws(PyException) -> [PyValue] {
        let items: [PyValue]
        do throws(PyException) {
            items = try Protocol.toArray(seq)
        } catch {
            if error.matches(Types.typeError) {
                throw .typeError("cannot unpack non-iterable \(seq.type.name) object")
            }
            throw error
        }
        if items.count < before + after {
            throw .valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        var out = Array(items[0..<before])
        out.append(.object(PyList(Array(items[before..<(items.count - after)]))))
        out.append(contentsOf: items[(items.count - after)...])
        return out
    }

    /// `DICT_UPDATE` (`{**a}`).
    static func dictUpdate(_ dict: PyDict, _ update: PyValue) throws(PyException) {
        if case .object(let d as PyDict) = update {
            for (k, v) in d.items { try dict.setItem(k, v) }
            return
        }
        guard update.type.lookup(Names.keys) != nil else {
            throw .typeError("'\(update.type.name)' object is not a mapping")
        }
        for k in try Protocol.toArray(try Protocol.call(try Protocol.getAttr(update, Names.keys), [])) {
            try dict.setItem(k, try Protocol.getItem(update, k))
        }
    }

    /// `DICT_MERGE` (`f(**a)`): like update, but a repeated key is an error naming the function.
    static func dictMerge(_ dict: PyDict, _ update: PyValue, function: PyValue) throws(PyException) {
        let fname = functionDescription(function)
        guard case .object(let d as PyDict) = update else {
            guard update.type.lookup(Names.keys) != nil else {
                throw .typeError("\(fname) argument after ** must be a mapping, not \(update.type.name)")
            }
            let temp = PyDict()
            try dictUpdate(temp, update)
            try dictMerge(dict, .object(temp), function: function)
            return
        }
        for (k, v) in d.items {
            if try dict.getItem(k) != nil {
                throw .typeError("\(fname) got multiple values for keyword argument '\(try Protocol.str(k))'")
            }
            try dict.setItem(k, v)
        }
    }

    /// How CPython names a callable in call errors: `f()`, `A.m()`.
    static func functionDescription(_ f: PyValue) -> String {
        if case .object(let fn as PyFunction) = f { return "\(fn.qualname)()" }
        if case .object(let b as PyBuiltinFunction) = f { return "\(b.name)()" }
        if case .object(let t as PyType) = f { return "\(t.name)()" }
        return "\(f.type.name) object"
    }
}
