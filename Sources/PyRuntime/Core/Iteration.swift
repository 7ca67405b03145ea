/// A builtin iterator: `next` returns nil when exhausted. One class serves every native
/// iterator type (`list_iterator`, `range_iterator`, `enumerate`, ...), which differ only by
/// the type their reprs name and the closure.
public final class PyNativeIterator: PyObject {
    public let advance: () throws(PyException) -> PyValue?
    /// `__length_hint__`, when cheap to know.
    public let lengthHint: (() -> Int)?

    public init(type: PyType, lengthHint: (() -> Int)? = nil,
                _ advance: @escaping () throws(PyException) -> PyValue?) {
        self.advance = advance
        self.lengthHint = lengthHint
        super.init(type: type)
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
            return try n.advance()
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
