import PySyntax

/// Builds the SyntaxError the compiler and symbol table raise (`compiler_error`,
/// `PyErr_RangedSyntaxLocationObject`): 1-based columns from the 0-based AST ones, and the
/// source line when the caller supplied the source.
func makeSyntaxError(_ message: String, filename: String, lineno: Int, col: Int,
                     endLineno: Int, endCol: Int, source: String?) -> SyntaxError {
    var text: String? = nil
    var offset = col + 1
    var endOffset = endCol + 1
    if let source, lineno >= 1 {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lineno <= lines.count {
            let line = String(lines[lineno - 1])
            text = line + "\n"
            // Columns are UTF-8 byte offsets; SyntaxError reports character offsets.
            offset = charOffset(line, byteCol: col) + 1
            if endLineno == lineno { endOffset = charOffset(line, byteCol: endCol) + 1 }
        }
    }
    return SyntaxError(kind: .syntaxError, message: message, filename: filename, lineno: lineno,
                       offset: offset, endLineno: endLineno, endOffset: endOffset, text: text,
                       isAtEndOfInput: false)
}

private func charOffset(_ line: String, byteCol: Int) -> Int {
    guard byteCol > 0 else { return byteCol }
    let utf8 = Array(line.utf8)
    let prefix = utf8.prefix(byteCol)
    return String(decoding: prefix, as: UTF8.self).unicodeScalars.count
}
