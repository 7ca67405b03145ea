/// What CPython puts on a SyntaxError (or its subclasses IndentationError and TabError) when
/// `compile()` rejects a source string: the message, the 1-based position in characters, and the
/// offending line.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case syntaxError, indentationError, tabError }

    public var kind: Kind
    /// The message, e.g. "invalid syntax" or "'(' was never closed".
    public var message: String
    public var filename: String
    /// 1-based line of the error.
    public var lineno: Int
    /// 1-based column in characters (code points), as `SyntaxError.offset`; 0 when CPython has none.
    public var offset: Int
    public var endLineno: Int
    /// CPython can leave this at 0 or -1 (no end); we keep its value.
    public var endOffset: Int
    /// The source line(s) CPython attaches, with the newline when CPython keeps one.
    public var text: String?
    /// True when the only problem is that the input stopped early (an open bracket, a block header
    /// with no body yet, an unterminated triple-quoted string): the REPL reads more lines then.
    public var isAtEndOfInput: Bool

    public init(kind: Kind = .syntaxError, message: String, filename: String, lineno: Int,
                offset: Int, endLineno: Int, endOffset: Int, text: String?,
                isAtEndOfInput: Bool = false) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.endLineno = endLineno
        self.endOffset = endOffset
        self.text = text
        self.isAtEndOfInput = isAtEndOfInput
    }

    /// The exception class name CPython would raise.
    public var className: String {
        switch kind {
        case .syntaxError: return "SyntaxError"
        case .indentationError: return "IndentationError"
        case .tabError: return "TabError"
        }
    }

    /// `str(exc)` as CPython prints it: "msg (filename, line N)".
    public var description: String { "\(message) (\(filename), line \(lineno))" }
}
