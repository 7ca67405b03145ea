/// BaseException's methods and attributes (Objects/exceptions.c), installed once by
/// `Runtime.bootstrap()` through `installExceptionTypes()`.
///
/// Attributes that CPython keeps in C struct fields (`StopIteration.value`, `OSError.errno`,
/// the SyntaxError fields, ...) live in the exception's `dict`, read through getsets that fall
/// back to what the args imply. So an exception made in Swift with only args
/// (`PyException(Types.osError, args: [...])`) still answers its attributes, and one made by a
/// call (`__new__` + `__init__`) answers what its constructor stored.
extension Runtime {
    static func installExceptions() {
        installBaseException()
        installExceptionSubtypes()
        installOSError()
        installSyntaxError()
        installUnicodeErrors()
        for t in Types.allExceptions + Types.extraExceptions {
            registerBuiltin(t.name, value: .object(t))
        }
        // Aliases kept by Python 3 for old code.
        registerBuiltin("EnvironmentError", value: .object(Types.osError))
        registerBuiltin("IOError", value: .object(Types.osError))
        TracebackObject.install()
        TracebackModule.register()
    }

    private static func installBaseException() {
        let t = Types.baseException
        t.doc = "Common base class for all exceptions"
        t.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            let cls = try exceptionClass(a, "BaseException.__new__")
            return .object(PyBaseException(type: cls, args: Array(a.values[1..<a.count])))
        }
        t.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            if a.hasKeywords { throw .typeError("\(e.type.name)() takes no keyword arguments") }
            e.args = Array(a.values[1..<a.count])
            return .none
        }
        t.addMethod("__str__") { (a) throws(PyException) -> PyValue in
            .str(try baseStr(exceptionSelf(a, "__str__")))
        }
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__repr__")
            if e.args.count == 1 { return .str("\(e.type.name)(\(try Protocol.repr(e.args[0])))") }
            return .str(e.type.name + (try tupleRepr(e.args)))
        }
        t.addMethod("with_traceback") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else {
                throw .typeError("BaseException.with_traceback() takes exactly one argument (\(a.count - 1) given)")
            }
            let e = try exceptionSelf(a, "with_traceback")
            try setTraceback(e, a[1])
            return a[0]
        }
        t.addMethod("add_note") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else {
                throw .typeError("BaseException.add_note() takes exactly one argument (\(a.count - 1) given)")
            }
            let e = try exceptionSelf(a, "add_note")
            guard case .object(let s) = a[1], s is PyStr else {
                throw .typeError("note must be a str, not '\(a[1].type.name)'")
            }
            if let notes = e.dict!.lookup("__notes__") {
                guard case .object(let l as PyList) = notes else {
                    throw .typeError("Cannot add note: __notes__ is not a list")
                }
                l.elements.append(a[1])
            } else {
                e.dict!.setItem("__notes__", .object(PyList([a[1]])))
            }
            return .none
        }
        t.addGetSet("args", get: { (v) throws(PyException) -> PyValue in
            .object(PyTuple(try exceptionSelf(v, "args").args))
        }, set: { (v, new) throws(PyException) in
            try exceptionSelf(v, "args").args = try Protocol.toArray(new)
        })
        t.addGetSet("__traceback__", get: { (v) throws(PyException) -> PyValue in
            let e = try exceptionSelf(v, "__traceback__")
            return e.traceback.isEmpty ? .none : .object(TracebackObject(e.traceback, at: 0))
        }, set: { (v, new) throws(PyException) in
            try setTraceback(exceptionSelf(v, "__traceback__"), new)
        })
        t.addGetSet("__cause__", get: { (v) throws(PyException) -> PyValue in
            try exceptionSelf(v, "__cause__").cause.map { .object($0) } ?? .none
        }, set: { (v, new) throws(PyException) in
            let e = try exceptionSelf(v, "__cause__")
            e.cause = try chainedException(new, "exception cause must be None or derive from BaseException")
            e.suppressContext = true
        })
        t.addGetSet("__context__", get: { (v) throws(PyException) -> PyValue in
            try exceptionSelf(v, "__context__").context.map { .object($0) } ?? .none
        }, set: { (v, new) throws(PyException) in
            try exceptionSelf(v, "__context__").context =
                try chainedException(new, "exception context must be None or derive from BaseException")
        })
        t.addGetSet("__suppress_context__", get: { (v) throws(PyException) -> PyValue in
            .bool(try exceptionSelf(v, "__suppress_context__").suppressContext)
        }, set: { (v, new) throws(PyException) in
            guard case .bool(let b) = new else { throw .typeError("attribute value type must be bool") }
            try exceptionSelf(v, "__suppress_context__").suppressContext = b
        })
    }

    // MARK: Helpers shared by the exception installers

    /// `self` of an exception method, with CPython's descriptor message otherwise.
    static func exceptionSelf(_ a: Arguments, _ method: String) throws(PyException) -> PyBaseException {
        guard a.count >= 1 else {
            throw .typeError("descriptor '\(method)' of 'BaseException' object needs an argument")
        }
        return try exceptionSelf(a[0], method)
    }

    static func exceptionSelf(_ v: PyValue, _ method: String) throws(PyException) -> PyBaseException {
        guard case .object(let o) = v, let e = o as? PyBaseException else {
            throw .typeError("descriptor '\(method)' requires a 'BaseException' object but received a '\(v.type.name)'")
        }
        return e
    }

    /// The class argument of a `__new__`.
    static func exceptionClass(_ a: Arguments, _ function: String) throws(PyException) -> PyType {
        guard a.count >= 1 else { throw .typeError("\(function)(): not enough arguments") }
        guard case .object(let o) = a[0], let cls = o as? PyType else {
            throw .typeError("\(function)(X): X is not a type object (\(a[0].type.name))")
        }
        guard cls.isSubtype(of: Types.baseException) else {
            throw .typeError("\(function)(\(cls.name)): \(cls.name) is not a subtype of BaseException")
        }
        return cls
    }

    /// `BaseException.__str__`: '' for no args, str(arg) for one, str(args) for more.
    static func baseStr(_ e: PyBaseException) throws(PyException) -> String {
        switch e.args.count {
        case 0: return ""
        case 1: return try Protocol.str(e.args[0])
        default: return try tupleRepr(e.args)
        }
    }

    /// `repr(tuple(items))` for the shapes BaseException needs (never a 1-tuple).
    static func tupleRepr(_ items: [PyValue]) throws(PyException) -> String {
        var parts: [String] = []
        for x in items { parts.append(try Protocol.repr(x)) }
        if parts.count == 1 { return "(\(parts[0]),)" }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    private static func chainedException(_ v: PyValue, _ message: String) throws(PyException) -> PyBaseException? {
        if v.isNone { return nil }
        guard case .object(let o) = v, let e = o as? PyBaseException else { throw .typeError(message) }
        return e
    }

    private static func setTraceback(_ e: PyBaseException, _ tb: PyValue) throws(PyException) {
        if tb.isNone {
            e.traceback = []
            return
        }
        guard case .object(let o) = tb, let t = o as? TracebackObject else {
            throw .typeError("__traceback__ must be a traceback or None")
        }
        e.traceback = Array(t.entries[t.index...])
    }

    /// Installs `name` on `type` as an attribute kept in the instance dict, computed by
    /// `fallback` from the args when never set.
    static func addStoredAttribute(_ type: PyType, _ name: String,
                                   fallback: @escaping (PyBaseException) -> PyValue) {
        let key = Names.intern(name)
        type.addGetSet(name, get: { (v) throws(PyException) -> PyValue in
            let e = try exceptionSelf(v, name)
            return e.dict?.lookup(interned: key) ?? fallback(e)
        }, set: { (v, new) throws(PyException) in
            try exceptionSelf(v, name).dict!.setItem(interned: key, new)
        })
    }

    /// Rejects keyword arguments other than `allowed`, with CPython's message, and returns the
    /// ones given.
    static func exceptionKeywords(_ a: Arguments, _ typeName: String,
                                  allowed: [String]) throws(PyException) -> [String: PyValue] {
        var out: [String: PyValue] = [:]
        for (k, v) in a.keywords {
            guard allowed.contains(k.value) else {
                throw .typeError("'\(k.value)' is an invalid keyword argument for \(typeName)()")
            }
            out[k.value] = v
        }
        return out
    }
}
