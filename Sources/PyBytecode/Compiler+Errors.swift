import PySyntax

/// Builds the SyntaxError the compiler and symbol table raise (`compiler_error`,
/// `PyErr_RangedSyntaxLocationObject`). As in CPython 3.11, the columns of these errors are
/// the AST's UTF-8 byte offsets plus one (not character offsets, unlike parser errors).
/// CPython attaches the line's text only when it can read the file; we attach it when the
/// caller passes the source.
func makeSyntaxError(_ message: String, filename: String, lineno: Int, col: Int,
                     endLineno: Int, endCol: Int, source: String?) -> SyntaxError {
    var text: String? = nil
    if let source, lineno >= 1 {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lineno <= lines.count { text = String(lines[lineno - 1]) + "\n" }
    }
    return SyntaxError(kind: .syntaxError, message: message, filename: filename, lineno: lineno,
                       offset: col + 1, endLineno: endLineno, endOffset: endCol + 1, text: text,
                       isAtEndOfInput: false)
}
