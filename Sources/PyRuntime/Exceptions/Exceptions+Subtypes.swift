/// Exception types that CPython 3.11 does not have in our `Types` list, made the same way.
extension Types {
    private static func extra(_ name: String, _ base: PyType) -> PyType {
        make(name, base: base, layout: .exception)
    }
    public static let blockingIOError = extra("BlockingIOError", osError)
    public static let childProcessError = extra("ChildProcessError", osError)
    public static let connectionError = extra("ConnectionError", osError)
    public static let brokenPipeError = extra("BrokenPipeError", connectionError)
    public static let connectionAbortedError = extra("ConnectionAbortedError", connectionError)
    public static let connectionRefusedError = extra("ConnectionRefusedError", connectionError)
    public static let connectionResetError = extra("ConnectionResetError", connectionError)
    public static let interruptedError = extra("InterruptedError", osError)
    public static let processLookupError = extra("ProcessLookupError", osError)
    public static let unicodeTranslateError = extra("UnicodeTranslateError", unicodeError)
    public static let encodingWarning = extra("EncodingWarning", warning)

    /// The builtin exception types missing from `allExceptions`.
    public static var extraExceptions: [PyType] {
        [blockingIOError, childProcessError, connectionError, brokenPipeError,
         connectionAbortedError, connectionRefusedError, connectionResetError, interruptedError,
         processLookupError, unicodeTranslateError, encodingWarning]
    }
}

extension Runtime {
    /// StopIteration, SystemExit, KeyError, ImportError, NameError, AttributeError.
    static func installExceptionSubtypes() {
        // StopIteration.value: the first argument (what a generator returned).
        Types.stopIteration.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            if a.hasKeywords { throw .typeError("\(e.type.name)() takes no keyword arguments") }
            e.args = Array(a.values[1..<a.count])
            e.dict!.setItem("value", e.args.first ?? .none)
            return .none
        }
        addStoredAttribute(Types.stopIteration, "value") { $0.args.first ?? .none }

        // SystemExit.code: None, the argument, or the args tuple.
        Types.systemExit.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            if a.hasKeywords { throw .typeError("\(e.type.name)() takes no keyword arguments") }
            e.args = Array(a.values[1..<a.count])
            e.dict!.setItem("code", systemExitCode(e.args))
            return .none
        }
        addStoredAttribute(Types.systemExit, "code") { systemExitCode($0.args) }

        // KeyError's str is the key's repr, so `KeyError: 'a'` shows the quotes.
        Types.keyError.addMethod("__str__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__str__")
            if e.args.count == 1 { return .str(try Protocol.repr(e.args[0])) }
            return .str(try baseStr(e))
        }

        // ImportError(*args, name=None, path=None); msg is the single argument.
        Types.importError.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            let kw = try exceptionKeywords(a, e.type.name, allowed: ["name", "path"])
            e.args = Array(a.values[1..<a.count])
            e.dict!.setItem("msg", e.args.count == 1 ? e.args[0] : .none)
            e.dict!.setItem("name", kw["name"] ?? .none)
            e.dict!.setItem("path", kw["path"] ?? .none)
            return .none
        }
        Types.importError.addMethod("__str__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__str__")
            let msg = e.dict!.lookup("msg") ?? (e.args.count == 1 ? e.args[0] : .none)
            if !msg.isNone { return .str(try Protocol.str(msg)) }
            return .str(try baseStr(e))
        }
        addStoredAttribute(Types.importError, "msg") { $0.args.count == 1 ? $0.args[0] : .none }
        addStoredAttribute(Types.importError, "name") { _ in .none }
        addStoredAttribute(Types.importError, "path") { _ in .none }

        // NameError(*args, name=None) and AttributeError(*args, name=None, obj=None).
        Types.nameError.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            let kw = try exceptionKeywords(a, e.type.name, allowed: ["name"])
            e.args = Array(a.values[1..<a.count])
            if let n = kw["name"] { e.dict!.setItem("name", n) }
            return .none
        }
        addStoredAttribute(Types.nameError, "name") { _ in .none }
        Types.attributeError.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            let kw = try exceptionKeywords(a, e.type.name, allowed: ["name", "obj"])
            e.args = Array(a.values[1..<a.count])
            if let n = kw["name"] { e.dict!.setItem("name", n) }
            if let o = kw["obj"] { e.dict!.setItem("obj", o) }
            return .none
        }
        addStoredAttribute(Types.attributeError, "name") { _ in .none }
        addStoredAttribute(Types.attributeError, "obj") { _ in .none }
    }

    static func systemExitCode(_ args: [PyValue]) -> PyValue {
        switch args.count {
        case 0: return .none
        case 1: return args[0]
        default: return .object(PyTuple(args))
        }
    }

    // MARK: Exceptions the eval loop and the builtins raise

    /// `NameError: name 'x' is not defined`, with `.name` set and the frame's names kept for the
    /// printer's "Did you mean" suggestion.
    public static func nameError(_ name: String, scope: NameErrorScope? = nil) -> PyException {
        let e = PyException(Types.nameError, "name '\(name)' is not defined")
        e.value.dict!.setItem("name", .str(name))
        e.value.nameErrorScope = scope
        return e
    }

    /// `ModuleNotFoundError: No module named 'x'`, with `.name` set.
    public static func moduleNotFoundError(_ name: String) -> PyException {
        importError(type: Types.moduleNotFoundError, "No module named '\(name)'", name: name)
    }

    /// An ImportError (or subclass) with `msg`, `name` and `path` set as
    /// `ImportError(msg, name=..., path=...)` sets them.
    public static func importError(type: PyType = Types.importError, _ message: String,
                                   name: String? = nil, path: String? = nil) -> PyException {
        let e = PyException(type, message)
        e.value.dict!.setItem("msg", .str(message))
        e.value.dict!.setItem("name", name.map { .str($0) } ?? .none)
        e.value.dict!.setItem("path", path.map { .str($0) } ?? .none)
        return e
    }

    /// `SystemExit(code)`, as `sys.exit` raises it.
    public static func systemExit(_ code: PyValue?) -> PyException {
        let e = PyException(Types.systemExit, args: code.map { [$0] } ?? [])
        e.value.dict!.setItem("code", code ?? .none)
        return e
    }

    /// A new exception made as a Python call `type(*args)` makes it (`__new__`, then
    /// `__init__`), for Swift callers that have no eval loop at hand.
    public static func instantiateException(_ type: PyType, _ args: [PyValue],
                                            kwnames: [PyStr] = []) throws(PyException) -> PyBaseException {
        guard let new = type.lookup(Names.__new__), let initMethod = type.lookup(Names.__init__) else {
            return PyBaseException(type: type, args: args)
        }
        let newFunction: PyValue
        if case .object(let sm as PyStaticMethod) = new { newFunction = sm.function } else { newFunction = new }
        let made = try Protocol.call(newFunction, [.object(type)] + args, kwnames: kwnames)
        guard case .object(let o) = made, let e = o as? PyBaseException else {
            throw .typeError("exceptions must derive from BaseException")
        }
        if e.type.isSubtype(of: type) {
            if case .object(let d as PyMethodDescriptor) = initMethod {
                _ = try Arguments.with([made] + args, kwnames: kwnames, d.function)
            } else {
                _ = try Protocol.call(Protocol.bind(initMethod, to: made), args, kwnames: kwnames)
            }
        }
        return e
    }
}
