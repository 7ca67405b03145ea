// The parser driver: `_PyPegen_run_parser` and `_PyPegen_set_syntax_error` (Parser/pegen.c,
// Parser/pegen_errors.c). Which error wins follows CPython: a tokenizer error met while parsing
// wins; otherwise the second pass may find a specific message; otherwise "invalid syntax" at
// the furthest token of the first pass; and after a parser error, a tokenizer error further
// down the file (or a bracket left open on an earlier line) replaces it.

extension Parser {
    /// Runs both passes and returns the tree or the SyntaxError CPython would raise.
    func run() throws(SyntaxError) -> Mod {
        if source.hasNul {
            throw SyntaxError(message: "source code string cannot contain null bytes",
                              filename: filename, lineno: 0, offset: 0, endLineno: 0,
                              endOffset: 0, text: nil)
        }
        let mod: Mod?
        do {
            mod = try startRule()
        } catch {
            throw finalize(error, atEnd: isEndOfSource())
        }
        if let mod {
            if mode == .single && badSingleStatement() {
                throw raiseSyntaxError(
                    "multiple statements found while compiling a single statement")
            }
            return mod
        }
        let atEnd = isEndOfSource()
        let lastToken = fill - 1
        resetForSecondPass()
        do {
            _ = try startRule()
        } catch {
            throw finalize(error, atEnd: atEnd)
        }
        var e = genericError(lastToken: lastToken)
        e.isAtEndOfInput = atEnd
        throw e
    }

    /// A raised error may still give way to a tokenizer error further down the file.
    func finalize(_ error: SyntaxError, atEnd: Bool) -> SyntaxError {
        var e = error
        if isTokenizerOK() { e = checkRestOfSource(e) }
        e.isAtEndOfInput = atEnd
        return e
    }

    func startRule() throws(SyntaxError) -> Mod? {
        switch mode {
        case .exec: return try fileRule()
        case .eval: return try evalRule()
        case .single: return try interactiveRule()
        case .fstring: return try fstringRule()
        }
    }

    /// `_PyPegen_set_syntax_error` when the second pass raised nothing: an unexpected INDENT
    /// or DEDENT, else "invalid syntax" at the furthest token of the *first* pass (the second
    /// pass reads further while trying its error rules, which would move the caret).
    func genericError(lastToken: Int) -> SyntaxError {
        if fill == 0 { return raiseSyntaxError("error at start before reading any input") }
        let t = tokens[max(lastToken, 0)]
        if t.kind == .indent {
            return raiseSyntaxError("unexpected indent", kind: .indentationError)
        }
        if t.kind == .dedent {
            return raiseSyntaxError("unexpected unindent", kind: .indentationError)
        }
        let e = raiseError("invalid syntax", lineno: Int(t.lineno), col: Int(t.colOffset),
                           endLineno: Int(t.endLineno), endCol: Int(t.endColOffset))
        return checkRestOfSource(e)
    }

    /// True when the tokenizer is neither in error nor at the end of input
    /// (`is_tok_ok` in `_PyPegen_set_syntax_error`).
    func isTokenizerOK() -> Bool {
        let t = tokens[max(fill - 1, 0)]
        if t.kind == .errorToken { return false }
        return !tokenReachedEOF(max(fill - 1, 0))
    }

    /// Whether the tokenizer had run out of input when it produced token `i`.
    func tokenReachedEOF(_ i: Int) -> Bool { tokens[i].atEOF }

    /// `_is_end_of_source`: the first pass stopped because the input ran out (the REPL's cue to
    /// read another line).
    func isEndOfSource() -> Bool {
        let i = max(fill - 1, 0)
        if tokens[i].kind == .errorToken {
            switch tokenizerEnd.done {
            case .eof, .eofInString: return true
            default: return false
            }
        }
        return tokenReachedEOF(i)
    }

    /// `_PyPegen_tokenize_full_source_to_check_for_errors`: the rest of the file may hold a
    /// tokenizer error, which takes precedence; so does a bracket left open on a line before the
    /// furthest token read (by either pass).
    func checkRestOfSource(_ e: SyntaxError) -> SyntaxError {
        guard let last = tokens.last, last.kind == .errorToken else { return e }
        if let te = tokenizerEnd.error { return te }
        let current = tokens[knownErrorToken ?? max(fill - 1, 0)]
        if tokenizerEnd.level > 0 {
            let line = tokenizerEnd.parenlinenostack[tokenizerEnd.level - 1]
            if Int(current.lineno) > line {
                return unclosedParenthesisError()
            }
        }
        return e
    }

    /// `bad_single_statement`: anything but blanks and comments after one interactive statement.
    func badSingleStatement() -> Bool {
        let p = source.bytes
        var i = Int(tokens[max(fill - 1, 0)].stateCur)
        while i < source.count {
            let c = p[i]
            if c == 32 || c == 9 || c == 10 || c == 12 {
                i += 1
            } else if c == 35 {
                while i < source.count && p[i] != 10 { i += 1 }
            } else {
                return true
            }
        }
        return false
    }
}
