import PySyntax

/// A Python exception object: an instance of `BaseException` or of a subclass.
///
/// Extra attributes (`StopIteration.value`, `KeyError`'s key in args, `SystemExit.code`,
/// `NameError.name`, the `SyntaxError` fields) live in `dict`, where user code sees them too.
public final class PyBaseException: PyObject {
    public var args: [PyValue]
    /// Frames the exception passed through, innermost last (CPython's `tb_next` chain in order).
    public var traceback: [TracebackEntry] = []
    public var cause: PyBaseException?
    public var context: PyBaseException?
    public var suppressContext = false
    /// For a NameError raised by the eval loop: the names its frame could see, for the
    /// printer's "Did you mean" (see `NameErrorScope`).
    public var nameErrorScope: NameErrorScope?

    public init(type: PyType, args: [PyValue]) {
        self.args = args
        super.init(type: type)
        self.dict = PyDict()
    }
}

/// One traceback line: where a frame was when the exception passed through it.
public struct TracebackEntry {
    public var filename: String
    /// The code object's name (`<module>`, a function's `__name__`).
    public var name: String
    public var lineno: Int
    /// The failing instruction's source range, for CPython 3.11's `~~^~~` markers.
    public var range: SourceRange?

    public init(filename: String, name: String, lineno: Int, range: SourceRange?) {
        self.filename = filename
        self.name = name
        self.lineno = lineno
        self.range = range
    }
}

/// What Swift code throws for a Python exception: a thin wrapper, so typed throws carry one word.
public struct PyException: Error, @unchecked Sendable {
    public let value: PyBaseException

    public init(_ value: PyBaseException) { self.value = value }

    /// A new exception of `type` with a single message argument, like `PyErr_SetString`.
    public init(_ type: PyType, _ message: String) {
        self.value = PyBaseException(type: type, args: [.str(message)])
    }

    /// A new exception of `type` with the given args (none for a bare `raise StopIteration`).
    public init(_ type: PyType, args: [PyValue]) {
        self.value = PyBaseException(type: type, args: args)
    }

    public var type: PyType { value.type }

    /// True when this exception is an instance of `type` (`except type:`).
    public func matches(_ type: PyType) -> Bool { value.type.isSubtype(of: type) }

    public static func typeError(_ m: String) -> PyException { PyException(Types.typeError, m) }
    public static func valueError(_ m: String) -> PyException { PyException(Types.valueError, m) }
    public static func indexError(_ m: String) -> PyException { PyException(Types.indexError, m) }
    public static func attributeError(_ m: String) -> PyException {
        PyException(Types.attributeError, m)
    }
    public static func nameError(_ m: String) -> PyException { PyException(Types.nameError, m) }
    public static func overflowError(_ m: String) -> PyException {
        PyException(Types.overflowError, m)
    }
    public static func zeroDivisionError(_ m: String) -> PyException {
        PyException(Types.zeroDivisionError, m)
    }
    public static func runtimeError(_ m: String) -> PyException { PyException(Types.runtimeError, m) }
    public static func notImplementedError(_ m: String) -> PyException {
        PyException(Types.notImplementedError, m)
    }
    public static func memoryError() -> PyException { PyException(Types.memoryError, args: []) }
    /// `KeyError(key)`: its str is the key's repr.
    public static func keyError(_ key: PyValue) -> PyException {
        PyException(Types.keyError, args: [key])
    }
    public static func stopIteration(_ value: PyValue? = nil) -> PyException {
        let e = PyException(Types.stopIteration, args: value.map { [$0] } ?? [])
        e.value.dict!.setItem("value", value ?? .none)
        return e
    }
}
