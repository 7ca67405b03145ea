/// A builtin iterator: `next` returns nil when exhausted. One class serves every native
/// iterator type (`list_iterator`, `range_iterator`, `enumerate`, ...), which differ only by
/// the type their reprs name and the closure.
///
/// The two iterators that dominate hot loops, over a `range` and over a `list`, keep their state
/// in the object itself (`kind` says which) so `next()` steps them inline: no closure call, no
/// retain of a captured context. CPython specialises `FOR_ITER` the same way (3.12's
/// `FOR_ITER_RANGE` / `FOR_ITER_LIST`); the eval loop may read these fields directly.
public final class PyNativeIterator: PyObject {
    public private(set) var advance: () throws(PyException) -> PyValue?
    /// `__length_hint__`, when cheap to know.
    public private(set) var lengthHint: (() -> Int)?

    public enum Kind: UInt8 {
        /// State lives in the `advance` closure.
        case closure
        /// `rangeNext`, `rangeStep`, `remaining`.
        case range
        /// `list` (nil once exhausted) and `index`.
        case list
    }
    public let kind: Kind
    /// Range iterators: the next value, the step, and how many values are left.
    public final var rangeNext = 0
    public final var rangeStep = 0
    public final var remaining = 0
    /// List iterators: the list (dropped at exhaustion, as CPython does) and the next index.
    public final var list: PyList?
    public final var index = 0

    public init(type: PyType, lengthHint: (() -> Int)? = nil,
                _ advance: @escaping () throws(PyException) -> PyValue?) {
        self.advance = advance
        self.lengthHint = lengthHint
        self.kind = .closure
        super.init(type: type)
    }

    /// A `range_iterator` over `count` ints from `start` by `step`.
    public init(rangeType type: PyType, start: Int, step: Int, count: Int) {
        self.advance = { nil }
        self.kind = .range
        super.init(type: type)
        rangeNext = start
        rangeStep = step
        remaining = count
        // Unowned: the iterator owns these closures; they must not own it back.
        advance = { [unowned(unsafe) self] () throws(PyException) -> PyValue? in self.stepInline() }
        lengthHint = { [unowned(unsafe) self] in self.remaining }
    }

    /// A `list_iterator` reading the live list from index 0.
    public init(listType type: PyType, _ list: PyList) {
        self.advance = { nil }
        self.kind = .list
        super.init(type: type)
        self.list = list
        advance = { [unowned(unsafe) self] () throws(PyException) -> PyValue? in self.stepInline() }
        lengthHint = { [unowned(unsafe) self] in
            guard let l = self.list else { return 0 }
            return Swift.max(0, l.elements.count - self.index)
        }
    }

    /// The next item, or nil at the end.
    @inline(__always)
    public func next() throws(PyException) -> PyValue? {
        switch kind {
        case .range:
            if remaining > 0 {
                let v = rangeNext
                rangeNext = v &+ rangeStep
                remaining &-= 1
                return .int(v)
            }
            return nil
        case .list:
            return nextFromList()
        case .closure:
            return try advance()
        }
    }

    /// `next()` for an iterator whose kind is `.range` or `.list` (FOR_ITER's fast path).
    @inline(__always)
    func stepFast() -> PyValue? { stepInline() }

    /// Non-throwing stepping for range and list iterators.
    @inline(__always)
    private func stepInline() -> PyValue? {
        if kind == .range {
            if remaining > 0 {
                let v = rangeNext
                rangeNext = v &+ rangeStep
                remaining &-= 1
                return .int(v)
            }
            return nil
        }
        return nextFromList()
    }

    @inline(__always)
    private func nextFromList() -> PyValue? {
        guard let l = list else { return nil }
        let i = index
        if i < l.elements.count {
            index = i &+ 1
            return l.elements[i]
        }
        list = nil
        return nil
    }
}

extension Protocol {
    /// `iter(v)`: `__iter__`, or the sequence protocol over `__getitem__`.
    public static func getIter(_ v: PyValue) throws(PyException) -> PyValue {
        if case .object(let o) = v {
            if o is PyNativeIterator { return v }
            // The builtin containers iterate without a method call (GET_ITER's common case).
            if let it = NativeIterators.fastIterator(o) { return .object(it) }
        }
        if let m = v.type.lookup(Names.__iter__), !m.isNone {
            let it = try callMethod(m, self: v, [])
            guard it.type.lookup(Names.__next__) != nil || it.object is PyNativeIterator else {
                throw .typeError("iter() returned non-iterator of type '\(it.type.name)'")
            }
            return it
        }
        if let getItem = v.type.lookup(Names.__getitem__) {
            var i = 0
            return .object(PyNativeIterator(type: Types.sequenceIterator) { () throws(PyException) -> PyValue? in
                do throws(PyException) {
                    let r = try callMethod(getItem, self: v, [.int(i)])
                    i += 1
                    return r
                } catch {
                    if error.matches(Types.indexError) || error.matches(Types.stopIteration) {
                        return nil
                    }
                    throw error
                }
            })
        }
        throw .typeError("'\(v.type.name)' object is not iterable")
    }

    /// `next(it)` with exhaustion as nil (a StopIteration from `__next__` is absorbed).
    @inline(__always)
    public static func next(_ iterator: PyValue) throws(PyException) -> PyValue? {
        if case .object(let o) = iterator, let n = o as? PyNativeIterator {
            return try n.next()
        }
        return try nextSlow(iterator)
    }

    static func nextSlow(_ iterator: PyValue) throws(PyException) -> PyValue? {
        guard let m = iterator.type.lookup(Names.__next__) else {
            throw .typeError("'\(iterator.type.name)' object is not an iterator")
        }
        do {
            return try callMethod(m, self: iterator, [])
        } catch {
            if error.matches(Types.stopIteration) { return nil }
            throw error
        }
    }

    /// Drains an iterable into an array (`list(x)`), with fast paths for lists and tuples.
    public static func toArray(_ v: PyValue) throws(PyException) -> [PyValue] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.elements }
            if let t = o as? PyTuple { return t.elements }
        }
        let it = try getIter(v)
        var out: [PyValue] = []
        while let x = try next(it) { out.append(x) }
        return out
    }
}
