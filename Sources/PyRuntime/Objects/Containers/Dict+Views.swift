/// `dict_keys`, `dict_values`, `dict_items` (Objects/dictobject.c, "View objects") and the dict
/// iterators.

/// A live view of a dict: its keys, values or items. One class for the three view types.
public final class PyDictView: PyObject {
    public enum Kind {
        case keys, values, items
    }
    public let mapping: PyDict
    public let kind: Kind

    public init(_ dict: PyDict, _ kind: Kind) {
        self.mapping = dict
        self.kind = kind
        let t: PyType
        switch kind {
        case .keys: t = Types.dictKeys
        case .values: t = Types.dictValues
        case .items: t = Types.dictItems
        }
        super.init(type: t)
    }

    /// Whether this view is set-like (keys and items are; values are not).
    var isSetLike: Bool { kind != .values }

    /// `x in view`: keys look up the key; items look up `x[0]` and compare the value with `x[1]`.
    public func contains(_ x: PyValue) throws(PyException) -> Bool {
        switch kind {
        case .keys:
            return try mapping.contains(x)
        case .items:
            guard let t = x.as(PyTuple.self), t.elements.count == 2 else { return false }
            guard let v = try mapping.getItem(t.elements[0]) else { return false }
            return try Compare.equal(v, t.elements[1])
        case .values:
            var p = 0
            while let q = mapping.nextEntry(from: p) {
                if try Compare.equal(mapping.entry(at: q).value, x) { return true }
                p = q + 1
            }
            return false
        }
    }

    /// The view's elements in order (items as 2-tuples).
    public var elements: [PyValue] {
        switch kind {
        case .keys: return mapping.keys
        case .values: return mapping.values
        case .items: return mapping.items.map { .object(PyTuple([$0.key, $0.value])) }
        }
    }
}

/// Iteration over dicts and their views (`dictiter_iternextkey` and friends).
enum DictIteration {
    final class State {
        var dict: PyDict?
        /// The size when iteration began; -1 once a change was seen (the error is sticky).
        var used: Int
        var position: Int
        /// Items still expected, for `__length_hint__` and "keys changed" detection.
        var remaining: Int
        init(_ d: PyDict, reversed: Bool) {
            dict = d
            used = d.count
            position = reversed ? d.entryCount : 0
            remaining = d.count
        }
    }

    /// The reversed iterators' types (`Types` has only the forward ones).
    static let reverseKeyIterator = Types.make("dict_reversekeyiterator", subclassable: false)
    static let reverseValueIterator = Types.make("dict_reversevalueiterator", subclassable: false)
    static let reverseItemIterator = Types.make("dict_reverseitemiterator", subclassable: false)

    /// A `dict_keyiterator` / `dict_valueiterator` / `dict_itemiterator`, or with `reversed` a
    /// `dict_reversekeyiterator` / ... .
    static func iterator(_ d: PyDict, _ kind: PyDictView.Kind, reversed: Bool) -> PyNativeIterator {
        let s = State(d, reversed: reversed)
        let type: PyType
        switch (kind, reversed) {
        case (.keys, false): type = Types.dictKeyIterator
        case (.values, false): type = Types.dictValueIterator
        case (.items, false): type = Types.dictItemIterator
        case (.keys, true): type = reverseKeyIterator
        case (.values, true): type = reverseValueIterator
        case (.items, true): type = reverseItemIterator
        }
        return PyNativeIterator(type: type, lengthHint: {
            guard let d = s.dict, s.used == d.count else { return 0 }
            return s.remaining
        }) { () throws(PyException) -> PyValue? in
            guard let d = s.dict else { return nil }
            if s.used != d.count {
                s.used = -1
                throw .runtimeError("dictionary changed size during iteration")
            }
            let found = reversed
                ? d.previousEntry(before: s.position) : d.nextEntry(from: s.position)
            guard let p = found else {
                s.dict = nil
                return nil
            }
            if s.remaining == 0 {
                s.remaining = -1
                throw .runtimeError("dictionary keys changed during iteration")
            }
            s.position = reversed ? p : p + 1
            s.remaining -= 1
            let e = d.entry(at: p)
            switch kind {
            case .keys: return e.key
            case .values: return e.value
            case .items: return .object(PyTuple([e.key, e.value]))
            }
        }
    }
}

extension Runtime {
    static func installDictViews() {
        for t in [Types.dictKeys, Types.dictValues, Types.dictItems] {
            t.method("__len__", PyDictView.self) { (v, _) throws(PyException) -> PyValue in
                .int(v.mapping.count)
            }
            t.method("__iter__", PyDictView.self) { (v, _) throws(PyException) -> PyValue in
                .object(DictIteration.iterator(v.mapping, v.kind, reversed: false))
            }
            t.method("__reversed__", PyDictView.self) { (v, _) throws(PyException) -> PyValue in
                .object(DictIteration.iterator(v.mapping, v.kind, reversed: true))
            }
            t.method("__repr__", PyDictView.self) { (v, _) throws(PyException) -> PyValue in
                let name = v.type.name
                return .str(try ReprGuard.run(v, recursive: "...") {
                    () throws(PyException) -> String in
                    "\(name)([\(try ReprGuard.join(v.elements))])"
                })
            }
        }
        for t in [Types.dictKeys, Types.dictItems] {
            t.method("__contains__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                .bool(try v.contains(a.single("__contains__")))
            }
            t.markUnhashable()
            t.comparisons(PyDictView.self) { (v, other, op) throws(PyException) -> PyValue in
                try viewCompare(v, other, op)
            }
            t.method("isdisjoint", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                .bool(try viewIsDisjoint(v, a.single("isdisjoint")))
            }
            // The number slots of CPython serve both operand orders: `x & view` calls the same
            // function with the view second, and each operation puts the view first itself.
            t.method("__and__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                .object(try viewIntersection(v, a.single("__and__")))
            }
            t.method("__rand__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                .object(try viewIntersection(v, a.single("__rand__")))
            }
            t.method("__or__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                let r = try viewToSet(.object(v))
                try r.update(with: a.single("__or__"))
                return .object(r)
            }
            t.method("__ror__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                let r = try viewToSet(a.single("__ror__"))
                try r.update(with: .object(v))
                return .object(r)
            }
            t.method("__sub__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                let r = try viewToSet(.object(v))
                try r.differenceUpdate(a.single("__sub__"))
                return .object(r)
            }
            t.method("__rsub__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                let r = try viewToSet(a.single("__rsub__"))
                try r.differenceUpdate(.object(v))
                return .object(r)
            }
            t.method("__xor__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                try viewXor(.object(v), a.single("__xor__"))
            }
            t.method("__rxor__", PyDictView.self) { (v, a) throws(PyException) -> PyValue in
                try viewXor(a.single("__rxor__"), .object(v))
            }
        }
    }

    /// `dictviews_to_set`: a keys view converts from its dict directly; anything else by iterating.
    private static func viewToSet(_ v: PyValue) throws(PyException) -> PySet {
        let s = PySet()
        if let view = v.as(PyDictView.self), view.kind == .keys {
            try s.update(with: .object(view.mapping))
        } else {
            try s.update(with: v)
        }
        return s
    }

    /// `_PyDictView_Intersect`.
    private static func viewIntersection(
        _ view: PyDictView, _ other: PyValue
    ) throws(PyException) -> PySet {
        var selfView = view
        var other = other
        let lenSelf = view.mapping.count
        if case .object(let o) = other, let os = o as? PySet, os.type === Types.set,
           lenSelf <= os.count {
            return try os.intersection(.object(view))
        }
        if let ov = other.as(PyDictView.self), ov.isSetLike, ov.mapping.count > lenSelf {
            other = .object(selfView)
            selfView = ov
        }
        let result = PySet()
        let it = try Protocol.getIter(other)
        while let key = try Protocol.next(it) {
            if try selfView.contains(key) { try result.add(key) }
        }
        return result
    }

    /// `dictviews_xor`, with `dictitems_xor` for two items views.
    private static func viewXor(_ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        if let x = a.as(PyDictView.self), x.kind == .items,
           let y = b.as(PyDictView.self), y.kind == .items {
            let temp = x.mapping.copy()
            let result = PySet()
            for p in 0..<y.mapping.entryCount {
                let e = y.mapping.entry(at: p)
                if e.key.isNull { continue }
                var toDelete = false
                if let v1 = try temp.getItem(e.key, hash: e.hash) {
                    toDelete = try Compare.equal(v1, e.value)
                }
                if toDelete {
                    try temp.removeItem(e.key, hash: e.hash)
                } else {
                    try result.add(.object(PyTuple([e.key, e.value])))
                }
            }
            try result.update(with: .object(PyDictView(temp, .items)))
            return .object(result)
        }
        let r = try viewToSet(a)
        try r.symmetricDifferenceUpdate(b)
        return .object(r)
    }

    /// `dictview_richcompare`: set-like comparisons by size and containment.
    private static func viewCompare(
        _ v: PyDictView, _ other: PyValue, _ op: Protocol.CompareOp
    ) throws(PyException) -> PyValue {
        let otherIsSetLike = other.as(PySet.self) != nil
            || (other.as(PyDictView.self)?.isSetLike ?? false)
        guard otherIsSetLike else { return .notImplemented }
        let lenSelf = v.mapping.count
        let lenOther = try Protocol.length(other)
        let me = PyValue.object(v)
        var ok = false
        switch op {
        case .eq, .ne:
            if lenSelf == lenOther { ok = try allContained(me, in: other) }
            if op == .ne { ok = !ok }
        case .lt: if lenSelf < lenOther { ok = try allContained(me, in: other) }
        case .le: if lenSelf <= lenOther { ok = try allContained(me, in: other) }
        case .gt: if lenSelf > lenOther { ok = try allContained(other, in: me) }
        case .ge: if lenSelf >= lenOther { ok = try allContained(other, in: me) }
        }
        return .bool(ok)
    }

    private static func allContained(_ a: PyValue, in b: PyValue) throws(PyException) -> Bool {
        let it = try Protocol.getIter(a)
        while let x = try Protocol.next(it) {
            if try !Protocol.contains(b, x) { return false }
        }
        return true
    }

    /// `dictviews_isdisjoint`.
    private static func viewIsDisjoint(
        _ v: PyDictView, _ other: PyValue
    ) throws(PyException) -> Bool {
        if other.as(PyDictView.self) === v { return v.mapping.count == 0 }
        var container = PyValue.object(v)
        var iterated = other
        if other.as(PySet.self) != nil || (other.as(PyDictView.self)?.isSetLike ?? false) {
            if try Protocol.length(other) > v.mapping.count {
                container = other
                iterated = .object(v)
            }
        }
        let it = try Protocol.getIter(iterated)
        while let x = try Protocol.next(it) {
            if try Protocol.contains(container, x) { return false }
        }
        return true
    }
}
