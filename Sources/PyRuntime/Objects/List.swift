/// Python's `list`.
public final class PyList: PyObject {
    public var elements: [PyValue]
    public init(_ elements: [PyValue] = []) {
        self.elements = elements
        super.init(type: Types.list)
    }
}
