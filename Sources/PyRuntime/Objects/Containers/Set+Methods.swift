/// `set` and `frozenset` methods and dunders (Objects/setobject.c, the method tables).
extension NativeIterators {
    final class SetState {
        var set: PySet?
        var used: Int
        var position = 0
        var remaining: Int
        init(_ s: PySet) {
            set = s
            used = s.used
            remaining = s.used
        }
    }

    /// `iter(set)`: a `set_iterator` walking the table in slot order.
    public static func set(_ s: PySet) -> PyNativeIterator {
        let st = SetState(s)
        return PyNativeIterator(type: Types.setIterator, lengthHint: {
            guard let s = st.set, st.used == s.used else { return 0 }
            return st.remaining
        }) { () throws(PyException) -> PyValue? in
            guard let so = st.set else { return nil }
            if st.used != so.used {
                st.used = -1
                throw .runtimeError("Set changed size during iteration")
            }
            var i = st.position
            let mask = so.mask
            while i <= mask && so.table[i].key.isNull { i += 1 }
            st.position = i + 1
            if i > mask {
                st.set = nil
                return nil
            }
            st.remaining -= 1
            return so.table[i].key
        }
    }
}

extension Runtime {
    static func installSets() {
        installSetCommon(Types.set)
        installSetCommon(Types.frozenset)
        installMutableSet()

        let s = Types.set
        s.doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an "
                + "unordered collection of unique elements."
        s.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.set)
            return .object(adopt(PySet(), as: cls, base: Types.set))
        }
        s.method("__init__", PySet.self) { (so, a) throws(PyException) -> PyValue in
            let p = try a.positional(so.type.name, min: 0, max: 1)
            if so.fill > 0 { so.removeAll() }
            so.cachedHash = -1
            if let iterable = p.first { try so.update(with: iterable) }
            return .none
        }
        s.markUnhashable()

        let f = Types.frozenset
        f.doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
            + "Build an immutable unordered collection of unique elements."
        f.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.frozenset)
            let p = try args.dropSelf.positional("frozenset", min: 0, max: 1)
            if cls === Types.frozenset, let it = p.first, case .object(let o) = it,
               o.type === Types.frozenset {
                return it
            }
            let r = adopt(PySet(frozen: true), as: cls, base: Types.frozenset)
            if let it = p.first { try r.update(with: it) }
            return .object(r)
        }
        f.method("__hash__", PySet.self) { (so, _) throws(PyException) -> PyValue in
            .int(try so.hashValue())
        }
        f.method("copy", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.none("frozenset.copy")
            if so.type === Types.frozenset { return .object(so) }
            return .object(try so.copy())
        }
    }

    /// What set and frozenset share.
    private static func installSetCommon(_ t: PyType) {
        let name = t.name
        t.method("__repr__", PySet.self) { (so, _) throws(PyException) -> PyValue in
            .str(try so.repr())
        }
        t.method("__len__", PySet.self) { (so, _) throws(PyException) -> PyValue in .int(so.used) }
        t.method("__contains__", PySet.self) { (so, a) throws(PyException) -> PyValue in
            .bool(try so.contains(a.single("__contains__")))
        }
        t.method("__iter__", PySet.self) { (so, _) throws(PyException) -> PyValue in
            .object(NativeIterators.set(so))
        }
        t.comparisons(PySet.self) { (so, other, op) throws(PyException) -> PyValue in
            guard let o = other.as(PySet.self) else { return .notImplemented }
            return .bool(try so.compare(o, op))
        }
        // Binary operators: both operands must be sets, else NotImplemented. The reflected forms
        // compute `other op self`.
        func binary(_ dunder: String, _ reflected: String,
                    _ body: @escaping (PySet, PySet) throws(PyException) -> PySet) {
            t.method(dunder, PySet.self) { (so, a) throws(PyException) -> PyValue in
                guard let o = try a.single(dunder).as(PySet.self) else { return .notImplemented }
                return .object(try body(so, o))
            }
            t.method(reflected, PySet.self) { (so, a) throws(PyException) -> PyValue in
                guard let o = try a.single(reflected).as(PySet.self) else { return .notImplemented }
                return .object(try body(o, so))
            }
        }
        binary("__or__", "__ror__") { (x, y) throws(PyException) -> PySet in
            let r = try x.copy()
            if x !== y { try r.update(with: .object(y)) }
            return r
        }
        binary("__and__", "__rand__") { (x, y) throws(PyException) -> PySet in
            try x.intersection(.object(y))
        }
        binary("__sub__", "__rsub__") { (x, y) throws(PyException) -> PySet in
            try x.difference(.object(y))
        }
        binary("__xor__", "__rxor__") { (x, y) throws(PyException) -> PySet in
            try x.symmetricDifference(.object(y))
        }

        t.method("union", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.rejectKeywords("\(name).union")
            let r = try so.copy()
            for i in 0..<a.count where a[i].as(PySet.self) !== so { try r.update(with: a[i]) }
            return .object(r)
        }
        t.method("intersection", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.rejectKeywords("\(name).intersection")
            return .object(try intersectionMulti(so, a))
        }
        t.method("difference", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.rejectKeywords("\(name).difference")
            if a.count == 0 { return .object(try so.copy()) }
            let r = try so.difference(a[0])
            for i in 1..<max(a.count, 1) { try r.differenceUpdate(a[i]) }
            return .object(r)
        }
        t.method("symmetric_difference", PySet.self) { (so, a) throws(PyException) -> PyValue in
            .object(try so.symmetricDifference(a.single("\(name).symmetric_difference")))
        }
        t.method("issubset", PySet.self) { (so, a) throws(PyException) -> PyValue in
            .bool(try so.isSubset(of: a.single("\(name).issubset")))
        }
        t.method("issuperset", PySet.self) { (so, a) throws(PyException) -> PyValue in
            .bool(try so.isSuperset(of: a.single("\(name).issuperset")))
        }
        t.method("isdisjoint", PySet.self) { (so, a) throws(PyException) -> PyValue in
            .bool(try so.isDisjoint(with: a.single("\(name).isdisjoint")))
        }
    }

    private static func intersectionMulti(
        _ so: PySet, _ a: Arguments
    ) throws(PyException) -> PySet {
        if a.count == 0 { return try so.copy() }
        var r = so
        for i in 0..<a.count { r = try r.intersection(a[i]) }
        return r
    }

    /// The mutating methods, on `set` only.
    private static func installMutableSet() {
        let t = Types.set
        t.method("add", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try so.add(a.single("set.add"))
            return .none
        }
        t.method("remove", PySet.self) { (so, a) throws(PyException) -> PyValue in
            let key = try a.single("set.remove")
            if try !so.discard(key) { throw .keyError(key) }
            return .none
        }
        t.method("discard", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try so.discard(a.single("set.discard"))
            return .none
        }
        t.method("pop", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.none("set.pop")
            return try so.pop()
        }
        t.method("clear", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.none("set.clear")
            so.removeAll()
            return .none
        }
        t.method("copy", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.none("set.copy")
            return .object(try so.copy())
        }
        t.method("update", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.rejectKeywords("set.update")
            for i in 0..<a.count { try so.update(with: a[i]) }
            return .none
        }
        t.method("intersection_update", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.rejectKeywords("set.intersection_update")
            let tmp = try intersectionMulti(so, a)
            if tmp !== so { so.swapBodies(with: tmp) }
            return .none
        }
        t.method("difference_update", PySet.self) { (so, a) throws(PyException) -> PyValue in
            try a.rejectKeywords("set.difference_update")
            for i in 0..<a.count { try so.differenceUpdate(a[i]) }
            return .none
        }
        t.method("symmetric_difference_update", PySet.self) {
            (so, a) throws(PyException) -> PyValue in
            try so.symmetricDifferenceUpdate(a.single("set.symmetric_difference_update"))
            return .none
        }
        // In-place operators: the other operand must be a set, else NotImplemented.
        func inPlace(_ dunder: String,
                     _ body: @escaping (PySet, PySet) throws(PyException) -> Void) {
            t.method(dunder, PySet.self) { (so, a) throws(PyException) -> PyValue in
                guard let o = try a.single(dunder).as(PySet.self) else { return .notImplemented }
                try body(so, o)
                return .object(so)
            }
        }
        inPlace("__ior__") { (so, o) throws(PyException) in try so.update(with: .object(o)) }
        inPlace("__iand__") { (so, o) throws(PyException) in
            let tmp = try so.intersection(.object(o))
            if tmp !== so { so.swapBodies(with: tmp) }
        }
        inPlace("__isub__") { (so, o) throws(PyException) in try so.differenceUpdate(.object(o)) }
        inPlace("__ixor__") { (so, o) throws(PyException) in
            try so.symmetricDifferenceUpdate(.object(o))
        }
    }
}
