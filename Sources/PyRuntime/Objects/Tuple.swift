/// Python's `tuple`.
public final class PyTuple: PyObject {
    /// Immutable to Python; only `reuse(_:_:)` changes it, on a tuple no one else sees.
    public private(set) var elements: [PyValue]
    public init(_ elements: [PyValue]) {
        self.elements = elements
        super.init(type: Types.tuple)
    }
    /// A pair tuple an iterator hands out again once every other reference to it has gone
    /// (CPython's `enumerate` and `dict.items()` iterators reuse their result tuple the same way):
    /// `cache` keeps the last one; no tuple or array is allocated while the caller drops each
    /// result before asking for the next.
    @inline(__always)
    static func reusablePair(_ cache: inout PyTuple?, _ a: PyValue, _ b: PyValue) -> PyTuple {
        if isKnownUniquelyReferenced(&cache) {
            let t = cache.unsafelyUnwrapped
            t.elements[0] = a
            t.elements[1] = b
            return t
        }
        let t = PyTuple([a, b])
        cache = t
        return t
    }

    /// The shared `()`.
    public static let empty = PyTuple([])

    /// `t[i]` for an int index (negative counts from the end).
    ///
    /// Throws `IndexError: tuple index out of range`.
    @inline(__always)
    public func item(at index: Int) throws(PyException) -> PyValue {
        let n = elements.count
        let i = index < 0 ? index &+ n : index
        if i < 0 || i >= n { throw .indexError("tuple index out of range") }
        return elements[i]
    }
}
