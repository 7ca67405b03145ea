/// `NotImplemented`, `Ellipsis`: singletons with no payload.
public final class PySingleton: PyObject {
    public let name: String
    init(name: String, type: PyType) {
        self.name = name
        super.init(type: type)
    }
    public static let notImplemented = PySingleton(name: "NotImplemented", type: Types.notImplementedType)
    public static let ellipsis = PySingleton(name: "Ellipsis", type: Types.ellipsisType)
}

extension PyValue {
    public static var notImplemented: PyValue { .object(PySingleton.notImplemented) }
    public static var ellipsis: PyValue { .object(PySingleton.ellipsis) }
    @inline(__always) public var isNotImplemented: Bool {
        if case .object(let o) = self { return o === PySingleton.notImplemented }
        return false
    }
}

/// A cell: a variable shared between a function and the closures made inside it.
public final class PyCell: PyObject {
    public var contents: PyValue
    public init(_ contents: PyValue = .null) {
        self.contents = contents
        super.init(type: Types.cell)
    }
}

/// A module: its namespace is `dict`.
public final class PyModule: PyObject {
    public let name: String
    public init(name: String, dict: PyDict? = nil) {
        self.name = name
        super.init(type: Types.module)
        self.dict = dict ?? PyDict()
        self.dict!.setItem(interned: Names.__name__, .str(name))
    }
}
