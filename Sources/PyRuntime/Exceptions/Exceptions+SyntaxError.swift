import PyBytecode
import PySyntax

/// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) and the helper
/// that turns the parser's error into one (Objects/exceptions.c, `SyntaxError_init`,
/// `SyntaxError_str`).
extension Runtime {
    /// Which class a syntax error raises.
    public enum SyntaxErrorKind: Sendable {
        case syntax, indentation, tab

        var type: PyType {
            switch self {
            case .syntax: return Types.syntaxError
            case .indentation: return Types.indentationError
            case .tab: return Types.tabError
            }
        }
    }

    static let syntaxErrorFields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]

    static func installSyntaxError() {
        let t = Types.syntaxError
        t.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            if a.hasKeywords { throw .typeError("\(e.type.name)() takes no keyword arguments") }
            let args = Array(a.values[1..<a.count])
            e.args = args
            if args.count >= 1 { e.dict!.setItem("msg", args[0]) }
            if args.count == 2 {
                let info = try Protocol.toArray(args[1])
                guard (4...6).contains(info.count) else {
                    throw .typeError(info.count < 4
                        ? "function takes at least 4 arguments (\(info.count) given)"
                        : "function takes at most 6 arguments (\(info.count) given)")
                }
                for (name, value) in zip(syntaxErrorFields, info) { e.dict!.setItem(name, value) }
            }
            return .none
        }
        t.addMethod("__str__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__str__")
            let v = PyValue.object(e)
            let msg = try Protocol.str(Protocol.getAttr(v, Names.intern("msg")))
            var filename: String?
            if case .object(let s as PyStr) = try Protocol.getAttr(v, Names.intern("filename")) {
                filename = s.value.split(separator: "/", omittingEmptySubsequences: false).last
                    .map(String.init) ?? s.value
            }
            var lineno: Int?
            if case .int(let n) = try Protocol.getAttr(v, Names.intern("lineno")) { lineno = n }
            switch (filename, lineno) {
            case (let f?, let n?): return .str("\(msg) (\(f), line \(n))")
            case (let f?, nil): return .str("\(msg) (\(f))")
            case (nil, let n?): return .str("\(msg) (line \(n))")
            case (nil, nil): return .str(msg)
            }
        }
        addStoredAttribute(t, "msg") { $0.args.first ?? .none }
        for (i, name) in syntaxErrorFields.enumerated() {
            addStoredAttribute(t, name) { e in
                guard e.args.count == 2, case .object(let o as PyTuple) = e.args[1],
                      i < o.elements.count else { return .none }
                return o.elements[i]
            }
        }
        t.addAttribute("print_file_and_line", .none)
    }

    /// A SyntaxError (or IndentationError/TabError) for a parse or compile error, with the
    /// fields CPython's parser sets. `offset` and `endOffset` are 1-based character columns as in
    /// CPython's `SyntaxError.offset` (0 or nil when unknown); `text` is the source line,
    /// normally with its newline.
    public static func makeSyntaxError(kind: SyntaxErrorKind = .syntax, message: String,
                                       filename: String, lineno: Int, offset: Int?,
                                       text: String?, endLineno: Int? = nil,
                                       endOffset: Int? = nil) -> PyException {
        let fields: [PyValue] = [
            .str(filename), .int(lineno), offset.map { .int($0) } ?? .none,
            text.map { .str($0) } ?? .none, endLineno.map { .int($0) } ?? .none,
            endOffset.map { .int($0) } ?? .none,
        ]
        let e = PyBaseException(type: kind.type, args: [.str(message), .object(PyTuple(fields))])
        e.dict!.setItem("msg", .str(message))
        for (name, value) in zip(syntaxErrorFields, fields) { e.dict!.setItem(name, value) }
        return PyException(e)
    }

    /// The Python exception for an error from the parser or compiler. The compiler's
    /// "maximum recursion depth exceeded during compilation" is a RecursionError, as in CPython.
    public static func syntaxError(from e: SyntaxError) -> PyException {
        if e.message == compilationRecursionMessage { return PyException(Types.recursionError, e.message) }
        let kind: SyntaxErrorKind
        switch e.kind {
        case .syntaxError: kind = .syntax
        case .indentationError: kind = .indentation
        case .tabError: kind = .tab
        }
        return makeSyntaxError(kind: kind, message: e.message, filename: e.filename,
                               lineno: e.lineno, offset: e.offset, text: e.text,
                               endLineno: e.endLineno, endOffset: e.endOffset)
    }
}
