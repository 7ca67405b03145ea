/// `dict`'s methods and dunders (Objects/dictobject.c).
extension PyDict {
    /// `d[key]` as `BINARY_SUBSCR` does it: `__missing__` for subclasses that define it, else
    /// `KeyError(key)`.
    public func getSubscript(_ key: PyValue) throws(PyException) -> PyValue {
        if let v = try getItem(key) { return v }
        if type !== Types.dict, let missing = type.lookup(Names.__missing__) {
            return try Protocol.callMethod(missing, self: .object(self), key)
        }
        throw .keyError(key)
    }

    /// `del d[key]`: `KeyError(key)` when absent.
    public func deleteSubscript(_ key: PyValue) throws(PyException) {
        if try removeItem(key) == nil { throw .keyError(key) }
    }

    /// `dict.update(other)` / `dict(other)` (`dict_update_arg`): a dict, a mapping (anything
    /// with `keys()`), or an iterable of pairs.
    public func update(from other: PyValue) throws(PyException) {
        if case .object(let o) = other, let d = o as? PyDict {
            return try merge(d)
        }
        if try Protocol.lookupAttr(other, Names.keys) != nil {
            return try mergeMapping(other)
        }
        try mergeSequenceOfPairs(other)
    }

    /// `PyDict_Merge` from another dict: its pairs in order, later values winning.
    public func merge(_ d: PyDict) throws(PyException) {
        if d === self || d.count == 0 { return }
        for p in 0..<d.entryCount {
            let e = d.entry(at: p)
            if e.key.isNull { continue }
            try setItem(e.key, e.value, hash: e.hash)
        }
    }

    /// The mapping protocol: `for k in other.keys(): self[k] = other[k]`.
    func mergeMapping(_ other: PyValue) throws(PyException) {
        let keys = try Protocol.call(try Protocol.getAttr(other, Names.keys), [])
        let it = try Protocol.getIter(keys)
        while let k = try Protocol.next(it) {
            try setItem(k, try Protocol.getItem(other, k))
        }
    }

    /// `PyDict_MergeFromSeq2`: every element must be a pair.
    func mergeSequenceOfPairs(_ seq: PyValue) throws(PyException) {
        let it = try Protocol.getIter(seq)
        var i = 0
        while let item = try Protocol.next(it) {
            let pair: [PyValue]
            do throws(PyException) {
                pair = try Convert.fastSequence(item, "")
            } catch {
                if error.matches(Types.typeError) {
                    throw .typeError("cannot convert dictionary update sequence element #\(i) to "
                                     + "a sequence")
                }
                throw error
            }
            guard pair.count == 2 else {
                throw .valueError("dictionary update sequence element #\(i) has length "
                                  + "\(pair.count); 2 is required")
            }
            try setItem(pair[0], pair[1])
            i += 1
        }
    }

    /// `repr(d)`: `{'a': 1}`, `{...}` for a dict inside itself.
    public func repr() throws(PyException) -> String {
        if count == 0 { return "{}" }
        return try ReprGuard.run(self, recursive: "{...}") { () throws(PyException) -> String in
            var s = "{"
            var first = true
            var p = 0
            while let q = nextEntry(from: p) {
                let e = entry(at: q)
                if !first { s += ", " }
                first = false
                s += try Protocol.repr(e.key)
                s += ": "
                s += try Protocol.repr(e.value)
                p = q + 1
            }
            return s + "}"
        }
    }

    /// `dict_equal`: same size, and every key of `self` maps to an equal value in `other`.
    public func isEqual(to other: PyDict) throws(PyException) -> Bool {
        if self === other { return true }
        if count != other.count { return false }
        var p = 0
        while let q = nextEntry(from: p) {
            let e = entry(at: q)
            guard let bv = try other.getItem(e.key, hash: e.hash) else { return false }
            if try !Compare.equal(e.value, bv) { return false }
            p = q + 1
        }
        return true
    }
}

extension Runtime {
    static func installDict() {
        let t = Types.dict
        t.doc = """
            dict() -> new empty dictionary
            dict(mapping) -> new dictionary initialized from a mapping object's
                (key, value) pairs
            dict(iterable) -> new dictionary initialized as if via:
                d = {}
                for k, v in iterable:
                    d[k] = v
            dict(**kwargs) -> new dictionary initialized with the name=value pairs
                in the keyword argument list.  For example:  dict(one=1, two=2)
            """
        t.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.dict)
            return .object(adopt(PyDict(), as: cls, base: Types.dict))
        }
        t.method("__init__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try dictUpdate(d, a, "dict")
            return .none
        }
        t.method("__repr__", PyDict.self) { (d, _) throws(PyException) -> PyValue in
            .str(try d.repr())
        }
        t.method("__len__", PyDict.self) { (d, _) throws(PyException) -> PyValue in .int(d.count) }
        t.method("__getitem__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try d.getSubscript(a.single("__getitem__"))
        }
        t.method("__setitem__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            let p = try a.positional("__setitem__", min: 2, max: 2)
            try d.setItem(p[0], p[1])
            return .none
        }
        t.method("__delitem__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try d.deleteSubscript(a.single("__delitem__"))
            return .none
        }
        t.method("__contains__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            .bool(try d.contains(a.single("__contains__")))
        }
        t.method("__iter__", PyDict.self) { (d, _) throws(PyException) -> PyValue in
            .object(DictIteration.iterator(d, .keys, reversed: false))
        }
        t.method("__reversed__", PyDict.self) { (d, _) throws(PyException) -> PyValue in
            .object(DictIteration.iterator(d, .keys, reversed: true))
        }
        t.comparisons(PyDict.self) { (d, other, op) throws(PyException) -> PyValue in
            guard op == .eq || op == .ne, let o = other.as(PyDict.self) else {
                return .notImplemented
            }
            return .bool(try d.isEqual(to: o) == (op == .eq))
        }
        t.markUnhashable()
        t.method("__or__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            guard let o = try a.single("__or__").as(PyDict.self) else { return .notImplemented }
            let r = d.copy()
            try r.merge(o)
            return .object(r)
        }
        t.method("__ror__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            guard let o = try a.single("__ror__").as(PyDict.self) else { return .notImplemented }
            let r = o.copy()
            try r.merge(d)
            return .object(r)
        }
        t.method("__ior__", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try d.update(from: a.single("__ior__"))
            return .object(d)
        }

        t.method("keys", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.none("dict.keys")
            return .object(PyDictView(d, .keys))
        }
        t.method("values", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.none("dict.values")
            return .object(PyDictView(d, .values))
        }
        t.method("items", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.none("dict.items")
            return .object(PyDictView(d, .items))
        }
        t.method("get", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.checkPositional("get", min: 1, max: 2)
            return try d.getItem(a[0]) ?? (a.count > 1 ? a[1] : .none)
        }
        t.method("setdefault", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.checkPositional("setdefault", min: 1, max: 2)
            let h = try Protocol.hash(a[0])
            if let v = try d.getItem(a[0], hash: h) { return v }
            let dflt = a.count > 1 ? a[1] : .none
            try d.setItem(a[0], dflt, hash: h)
            return dflt
        }
        t.method("pop", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            let p = try a.positional("pop", min: 1, max: 2)
            if let v = try d.removeItem(p[0]) { return v }
            if p.count > 1 { return p[1] }
            throw .keyError(p[0])
        }
        t.method("popitem", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.none("dict.popitem")
            guard let (k, v) = d.popLast() else { throw .keyError(.str("popitem(): dictionary is "
                                                                       + "empty")) }
            return .object(PyTuple([k, v]))
        }
        t.method("update", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try dictUpdate(d, a, "update")
            return .none
        }
        t.method("clear", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.none("dict.clear")
            d.removeAll()
            return .none
        }
        t.method("copy", PyDict.self) { (d, a) throws(PyException) -> PyValue in
            try a.none("dict.copy")
            return .object(d.copy())
        }
        t.addClassMethod("fromkeys") { (args) throws(PyException) -> PyValue in
            guard case .object(let o) = args[0], let cls = o as? PyType else {
                throw .typeError("dict.fromkeys requires a type")
            }
            let p = try args.dropSelf.positional("fromkeys", min: 1, max: 2)
            let value = p.count > 1 ? p[1] : .none
            if cls === Types.dict {
                let d = PyDict()
                let it = try Protocol.getIter(p[0])
                while let k = try Protocol.next(it) { try d.setItem(k, value) }
                return .object(d)
            }
            let d = try Protocol.call(.object(cls), [])
            let it = try Protocol.getIter(p[0])
            while let k = try Protocol.next(it) { try Protocol.setItem(d, k, value) }
            return d
        }
    }

    /// `dict_update_common`: at most one positional (mapping or pairs), then the keywords.
    static func dictUpdate(_ d: PyDict, _ a: Arguments, _ function: String) throws(PyException) {
        if a.count > 1 { throw .typeError("\(function) expected at most 1 argument, got "
                                          + "\(a.count)") }
        if a.count == 1 { try d.update(from: a[0]) }
        for (name, value) in a.keywords { try d.setItem(.object(name), value) }
    }
}
