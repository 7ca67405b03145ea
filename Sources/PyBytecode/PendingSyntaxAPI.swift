// TEMPORARY: stands in for PySyntax's `SyntaxError` and `ParseMode` until branch `syntax` is
// merged, with the field names its API announces. Delete this file on that merge and adjust
// `makeSyntaxError` in Compiler+Errors.swift to PySyntax's initializer.

/// How source is parsed and compiled: a module (`exec`), one expression (`eval`), or an
/// interactive statement whose expression values are printed (`single`).
public enum ParseMode: Sendable {
    case exec, eval, single
}

/// A Python `SyntaxError` (or subclass), positioned as CPython positions it.
public struct SyntaxError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case syntaxError, indentationError, tabError }
    public var kind: Kind
    public var message: String
    public var filename: String
    public var lineno: Int
    /// 1-based column.
    public var offset: Int
    public var endLineno: Int
    public var endOffset: Int
    public var text: String?
    public var isAtEndOfInput: Bool

    public init(kind: Kind, message: String, filename: String, lineno: Int, offset: Int,
                endLineno: Int, endOffset: Int, text: String?, isAtEndOfInput: Bool) {
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
}
