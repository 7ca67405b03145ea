/// The builtin iterators of the containers, all `PyNativeIterator`s: each holds one small state
/// object shared by its `advance` and `lengthHint` closures, so making an iterator costs two
/// allocations and `next()` allocates nothing beyond the value it returns.
public enum NativeIterators {
    final class SequenceState {
        /// Nil once exhausted: CPython drops the sequence so a later append cannot revive it.
        var list: PyList?
        var index: Int
        init(_ list: PyList, index: Int) {
            self.list = list
            self.index = index
        }
    }

    /// `iter(list)`: a `list_iterator`, reading the live list at every step.
    @inline(__always)
    public static func list(_ l: PyList) -> PyNativeIterator {
        PyNativeIterator(listType: Types.listIterator, l)
    }

    /// `reversed(list)`: a `list_reverseiterator`.
    public static func listReversed(_ l: PyList) -> PyNativeIterator {
        let s = SequenceState(l, index: l.elements.count - 1)
        return PyNativeIterator(type: Types.listReverseIterator, lengthHint: {
            guard let l = s.list, s.index < l.elements.count else { return 0 }
            return s.index + 1
        }) { () throws(PyException) -> PyValue? in
            guard let l = s.list else { return nil }
            let i = s.index
            if i >= 0 && i < l.elements.count {
                s.index = i - 1
                return l.elements[i]
            }
            s.list = nil
            return nil
        }
    }

    final class ArrayState {
        let items: [PyValue]
        var index = 0
        init(_ items: [PyValue]) { self.items = items }
    }

    /// An iterator over a fixed array (`tuple_iterator` for tuples).
    public static func array(_ items: [PyValue], type: PyType) -> PyNativeIterator {
        let s = ArrayState(items)
        return PyNativeIterator(type: type, lengthHint: { s.items.count - s.index }) {
            () throws(PyException) -> PyValue? in
            let i = s.index
            if i < s.items.count {
                s.index = i &+ 1
                return s.items[i]
            }
            return nil
        }
    }

    /// A `range_iterator` yielding `count` ints from `start` by `step`.
    @inline(__always)
    public static func range(start: Int, step: Int, count: Int) -> PyNativeIterator {
        PyNativeIterator(rangeType: Types.rangeIterator, start: start, step: step, count: count)
    }

    /// `iter(o)` for the exact builtin containers, or nil (then `__iter__` is looked up).
    @inline(__always)
    public static func fastIterator(_ o: PyObject) -> PyNativeIterator? {
        let t = o.type
        if t === Types.list { return list(o.unchecked(PyList.self)) }
        if t === Types.range {
            let r = o.unchecked(PyRange.self)
            return range(start: r.start, step: r.step, count: r.count)
        }
        if t === Types.tuple {
            return array(o.unchecked(PyTuple.self).elements, type: Types.tupleIterator)
        }
        if t === Types.dict {
            return DictIteration.iterator(o.unchecked(PyDict.self), .keys, reversed: false)
        }
        if t === Types.set || t === Types.frozenset { return set(o.unchecked(PySet.self)) }
        return nil
    }

    /// The iterator types whose `__iter__`/`__next__`/`__length_hint__` are the generic native
    /// ones below.
    static var nativeIteratorTypes: [PyType] {
        [Types.listIterator, Types.listReverseIterator, Types.tupleIterator, Types.rangeIterator,
         Types.setIterator, Types.dictKeyIterator, Types.dictValueIterator, Types.dictItemIterator,
         Types.callIterator, Types.sequenceIterator, Types.enumerate, Types.zip, Types.map,
         Types.filter, Types.reversed, DictIteration.reverseKeyIterator,
         DictIteration.reverseValueIterator, DictIteration.reverseItemIterator]
    }
}

extension Runtime {
    /// `__iter__` (itself), `__next__` and `__length_hint__` for every native iterator type.
    static func installIteratorProtocol() {
        for t in NativeIterators.nativeIteratorTypes {
            t.method("__iter__", PyNativeIterator.self) { (it, _) throws(PyException) -> PyValue in
                .object(it)
            }
            t.method("__next__", PyNativeIterator.self) { (it, _) throws(PyException) -> PyValue in
                if let v = try it.next() { return v }
                throw .stopIteration()
            }
            t.method("__length_hint__", PyNativeIterator.self) {
                (it, _) throws(PyException) -> PyValue in
                guard let hint = it.lengthHint else { return .notImplemented }
                return .int(hint())
            }
        }
    }
}
