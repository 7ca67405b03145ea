/// Python's `list`.
///
/// `elements` is mutated in place by the methods (Objects/Containers/List+Methods.swift); the
/// eval loop may read and write it directly for `BINARY_SUBSCR`, `STORE_SUBSCR` and `LIST_APPEND`
/// (see `item(at:)`, `setItem(at:_:)`).
public final class PyList: PyObject {
    public var elements: [PyValue]
    public init(_ elements: [PyValue] = []) {
        self.elements = elements
        super.init(type: Types.list)
    }

    /// `l[i]` for an int index (negative counts from the end).
    ///
    /// Throws `IndexError: list index out of range`.
    @inline(__always)
    public func item(at index: Int) throws(PyException) -> PyValue {
        let n = elements.count
        let i = index < 0 ? index &+ n : index
        if i < 0 || i >= n { throw .indexError("list index out of range") }
        return elements[i]
    }

    /// `l[i] = v` for an int index.
    ///
    /// Throws `IndexError: list assignment index out of range`.
    @inline(__always)
    public func setItem(at index: Int, _ value: PyValue) throws(PyException) {
        let n = elements.count
        let i = index < 0 ? index &+ n : index
        if i < 0 || i >= n { throw .indexError("list assignment index out of range") }
        elements[i] = value
    }
}
