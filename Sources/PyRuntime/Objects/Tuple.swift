/// Python's `tuple`.
public final class PyTuple: PyObject {
    public let elements: [PyValue]
    public init(_ elements: [PyValue]) {
        self.elements = elements
        super.init(type: Types.tuple)
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
