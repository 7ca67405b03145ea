/// Python's `tuple`.
public final class PyTuple: PyObject {
    public let elements: [PyValue]
    public init(_ elements: [PyValue]) {
        self.elements = elements
        super.init(type: Types.tuple)
    }
    /// The shared `()`.
    public static let empty = PyTuple([])
}
