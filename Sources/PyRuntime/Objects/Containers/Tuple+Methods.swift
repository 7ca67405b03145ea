/// `tuple`'s methods and dunders (Objects/tupleobject.c).
extension PyTuple {
    /// `t[key]`: an int (IndexError `tuple index out of range`), a slice (a new tuple; `t[:]` is
    /// `t`), or an object with `__index__`.
    public func getSubscript(_ key: PyValue) throws(PyException) -> PyValue {
        if case .int(let i) = key { return try item(at: i) }
        if case .object(let o) = key, let s = o as? PySlice {
            let b = try s.adjust(count: elements.count)
            if b.count <= 0 { return .object(PyTuple.empty) }
            if b.step == 1 && b.count == elements.count && type === Types.tuple {
                return .object(self)
            }
            if b.step == 1 {
                return .object(PyTuple(Array(elements[b.start..<(b.start + b.count)])))
            }
            var out: [PyValue] = []
            out.reserveCapacity(b.count)
            var i = b.start
            for _ in 0..<b.count {
                out.append(elements[i])
                i &+= b.step
            }
            return .object(PyTuple(out))
        }
        return try item(at: Convert.subscriptIndex(key, typeName: "tuple"))
    }

    /// `hash(t)`: CPython 3.11's xxHash-based `tuplehash`, bit for bit.
    public func hashValue() throws(PyException) -> Int {
        // 64-bit primes and rotation of Objects/tupleobject.c.
        let prime1: UInt = 11400714785074694791
        let prime2: UInt = 14029467366897019727
        let prime5: UInt = 2870177450012600261
        var acc = prime5
        for item in elements {
            let lane = UInt(bitPattern: try Protocol.hash(item))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt(elements.count) ^ (prime5 ^ 3527539))
        if acc == UInt.max { return 1546275796 }
        return Int(bitPattern: acc)
    }

    /// `repr(t)`: `()`, `(1,)`, `(1, 2)`.
    public func repr() throws(PyException) -> String {
        if elements.isEmpty { return "()" }
        return try ReprGuard.run(self, recursive: "(...)") { () throws(PyException) -> String in
            let body = try ReprGuard.join(elements)
            return elements.count == 1 ? "(\(body),)" : "(\(body))"
        }
    }
}

extension Runtime {
    static func installTuple() {
        let t = Types.tuple
        t.doc = """
            Built-in immutable sequence.

            If no argument is given, the constructor returns an empty tuple.
            If iterable is specified the tuple is initialized from iterable's items.

            If the argument is a tuple, the return value is the same object.
            """
        t.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.tuple)
            let p = try args.dropSelf.positional("tuple", min: 0, max: 1)
            guard let iterable = p.first else {
                if cls === Types.tuple { return .object(PyTuple.empty) }
                return .object(adopt(PyTuple([]), as: cls, base: Types.tuple))
            }
            if cls === Types.tuple, case .object(let o) = iterable, o.type === Types.tuple {
                return iterable
            }
            let items = try Protocol.toArray(iterable)
            return .object(adopt(PyTuple(items), as: cls, base: Types.tuple))
        }
        t.method("__repr__", PyTuple.self) { (tu, _) throws(PyException) -> PyValue in
            .str(try tu.repr())
        }
        t.method("__len__", PyTuple.self) { (tu, _) throws(PyException) -> PyValue in
            .int(tu.elements.count)
        }
        t.method("__hash__", PyTuple.self) { (tu, _) throws(PyException) -> PyValue in
            .int(try tu.hashValue())
        }
        t.method("__getitem__", PyTuple.self) { (tu, a) throws(PyException) -> PyValue in
            try tu.getSubscript(a.single("__getitem__"))
        }
        t.method("__contains__", PyTuple.self) { (tu, a) throws(PyException) -> PyValue in
            let x = try a.single("__contains__")
            for v in tu.elements {
                if try Compare.equal(v, x) { return .true }
            }
            return .false
        }
        t.method("__iter__", PyTuple.self) { (tu, _) throws(PyException) -> PyValue in
            .object(NativeIterators.array(tu.elements, type: Types.tupleIterator))
        }
        t.method("__add__", PyTuple.self) { (tu, a) throws(PyException) -> PyValue in
            let other = try a.single("__add__")
            guard let o = other.as(PyTuple.self) else {
                throw .typeError("can only concatenate tuple (not \"\(other.type.name)\") to tuple")
            }
            if o.elements.isEmpty && tu.type === Types.tuple { return .object(tu) }
            if tu.elements.isEmpty && o.type === Types.tuple { return .object(o) }
            return .object(PyTuple(tu.elements + o.elements))
        }
        for name in ["__mul__", "__rmul__"] {
            t.method(name, PyTuple.self) { (tu, a) throws(PyException) -> PyValue in
                let n = try Convert.repeatCount(a.single(name))
                if n == 1 && tu.type === Types.tuple { return .object(tu) }
                let items = try Convert.repeated(tu.elements, n)
                return .object(items.isEmpty ? PyTuple.empty : PyTuple(items))
            }
        }
        t.comparisons(PyTuple.self) { (tu, other, op) throws(PyException) -> PyValue in
            guard let o = other.as(PyTuple.self) else { return .notImplemented }
            return try Compare.sequenceCompare(tu.elements, o.elements, op)
        }
        t.method("index", PyTuple.self) { (tu, a) throws(PyException) -> PyValue in
            let p = try a.positional("index", min: 1, max: 3)
            let (start, stop) = try Convert.searchWindow(p, from: 1, count: tu.elements.count)
            var i = start
            while i < stop {
                if try Compare.equal(tu.elements[i], p[0]) { return .int(i) }
                i += 1
            }
            throw .valueError("tuple.index(x): x not in tuple")
        }
        t.method("count", PyTuple.self) { (tu, a) throws(PyException) -> PyValue in
            let x = try a.single("tuple.count")
            var n = 0
            for v in tu.elements {
                if try Compare.equal(v, x) { n += 1 }
            }
            return .int(n)
        }
    }
}
