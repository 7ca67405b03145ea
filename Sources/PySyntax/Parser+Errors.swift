// Building SyntaxErrors the way Parser/pegen_errors.c does: columns become character offsets
// against the line CPython quotes, which it takes from its tokenizer's live buffer when the
// error is on the tokenizer's current line, so multi-line tokens quote several lines.

/// A snapshot of the tokenizer fields error reporting reads.
struct TokenizerPosition {
    var lineno: Int
    var cur: Int
    var lineStart: Int
    var buf: Int
    var inp: Int

    init(_ t: Token) {
        lineno = Int(t.stateLineno)
        cur = Int(t.stateCur)
        lineStart = Int(t.stateLineStart)
        buf = Int(t.stateBuf)
        inp = Int(t.stateInp)
    }

    init(_ t: Tokenizer) {
        lineno = t.lineno
        cur = t.cur
        lineStart = t.lineStart
        buf = t.buf
        inp = t.inp
    }
}

extension Parser {
    /// Where the tokenizer stands now: just after the last token read.
    var tokenizerPosition: TokenizerPosition {
        TokenizerPosition(tokens[max(fill - 1, 0)])
    }

    /// RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (-1: none).
    func raiseError(_ message: String, kind: SyntaxError.Kind = .syntaxError, lineno: Int,
                    col: Int, endLineno: Int, endCol: Int,
                    position: TokenizerPosition? = nil) -> SyntaxError {
        return raiseKnownLocation(message, kind: kind, lineno: lineno, col: col + 1,
                                  endLineno: endLineno, endCol: endCol + 1,
                                  position: position ?? tokenizerPosition)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a): the node's own range.
    func raiseAt(_ r: SourceRange, _ message: String) -> SyntaxError {
        raiseError(message, lineno: r.lineno, col: r.colOffset, endLineno: r.endLineno,
                   endCol: r.endColOffset)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b).
    func raiseRange(_ a: SourceRange, _ b: SourceRange, _ message: String) -> SyntaxError {
        raiseError(message, lineno: a.lineno, col: a.colOffset, endLineno: b.endLineno,
                   endCol: b.endColOffset)
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a): from the node to where the tokenizer stands.
    func raiseStartingFrom(_ a: SourceRange, _ message: String) -> SyntaxError {
        let pos = tokenizerPosition
        return raiseKnownLocation(message, kind: .syntaxError, lineno: a.lineno,
                                  col: a.colOffset + 1, endLineno: pos.lineno,
                                  endCol: pos.cur - pos.lineStart, position: pos)
    }

    /// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR (`_PyPegen_raise_error`): at the last token
    /// read; a token without columns (INDENT, DEDENT, ENDMARKER) takes the tokenizer's column.
    func raiseSyntaxError(_ message: String, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        if fill == 0 {
            return raiseKnownLocation(message, kind: kind, lineno: 0, col: 0, endLineno: 0,
                                      endCol: -1, position: TokenizerPosition(tokens[0]))
        }
        let t = tokens[knownErrorToken ?? (fill - 1)]
        let pos = tokenizerPosition
        var col: Int
        if t.colOffset == -1 {
            col = pos.cur == pos.buf ? 0 : pos.cur - pos.lineStart
        } else {
            col = Int(t.colOffset) + 1
        }
        let endCol = t.endColOffset != -1 ? Int(t.endColOffset) + 1 : -1
        return raiseKnownLocation(message, kind: kind, lineno: Int(t.lineno), col: col,
                                  endLineno: Int(t.endLineno), endCol: endCol, position: pos)
    }

    /// `_PyPegen_raise_error_known_location`: 1-based byte columns in, character offsets out.
    func raiseKnownLocation(_ message0: String, kind: SyntaxError.Kind, lineno: Int, col: Int,
                            endLineno: Int, endCol: Int, position pos: TokenizerPosition)
        -> SyntaxError
    {
        var message = message0
        var col = col, endCol = endCol
        if mode == .fstring {
            message = "f-string: " + message
        }
        // The quoted line: the tokenizer's buffer when the error is on its current line.
        var lineFrom: Int, lineTo: Int
        if pos.lineno <= lineno && pos.inp > pos.buf {
            lineFrom = pos.buf
            lineTo = pos.inp
        } else {
            let relative = startingLineno != 0 ? lineno - startingLineno + 1 : lineno
            lineFrom = source.lineStartOffset(relative)
            lineTo = source.lineEnd(from: lineFrom)
        }
        if mode == .fstring {
            col -= startingColOffset
            endCol -= startingColOffset
        }
        let lineLength = lineTo - lineFrom
        func characters(_ b: Int) -> Int {
            // A replacement field's error on a later line of its text comes out negative in
            // CPython, which passes such offsets through unconverted.
            if b < 0 { return b }
            // Bytes past the end count the terminating NUL once, as CPython's strlen+1 does.
            let clamped = min(b, lineLength + 1)
            let inLine = min(clamped, lineLength)
            return source.characterCount(from: lineFrom, bytes: inLine) + (clamped - inLine)
        }
        let offset = characters(col)
        let endOffset = endCol > 0 ? characters(endCol) : endCol
        return SyntaxError(
            kind: kind, message: message, filename: filename, lineno: lineno, offset: offset,
            endLineno: endLineno, endOffset: endOffset, text: source.text(lineFrom, lineTo))
    }

    /// `_Pypegen_tokenizer_error`: the tokenizer stopped at token `i`.
    func tokenizerError(at i: Int) -> SyntaxError {
        if let e = tokenizerEnd.error { return e }
        let pos = TokenizerPosition(tokens[i])
        switch tokenizerEnd.done {
        case .eof:
            if tokenizerEnd.level > 0 { return unclosedParenthesisError() }
            return raiseSyntaxError("unexpected EOF while parsing")
        case .dedent:
            return raiseSyntaxError("unindent does not match any outer indentation level",
                                    kind: .indentationError)
        case .tabSpace:
            return raiseError("inconsistent use of tabs and spaces in indentation",
                              kind: .tabError, lineno: pos.lineno, col: 0, endLineno: pos.lineno,
                              endCol: -1, position: pos)
        case .tooDeep:
            return raiseError("too many levels of indentation", kind: .indentationError,
                              lineno: pos.lineno, col: 0, endLineno: pos.lineno, endCol: -1,
                              position: pos)
        case .lineContinuation:
            return raiseError("unexpected character after line continuation character",
                              lineno: pos.lineno, col: pos.cur - pos.buf - 1,
                              endLineno: pos.lineno, endCol: -1, position: pos)
        default:
            return raiseSyntaxError("unknown parsing error")
        }
    }

    /// `raise_unclosed_parentheses_error`: at the innermost bracket still open.
    func unclosedParenthesisError() -> SyntaxError {
        let t = tokenizerEnd
        let line = t.parenlinenostack[t.level - 1]
        let col = t.parencolstack[t.level - 1]
        let ch = Character(Unicode.Scalar(t.parenstack[t.level - 1]))
        return raiseError("'\(ch)' was never closed", lineno: line, col: col, endLineno: line,
                          endCol: -1, position: TokenizerPosition(t))
    }

    /// `_PyPegen_get_expr_name`: how messages name a kind of expression.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let v):
            switch v {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    enum TargetsType { case starTargets, delTargets, forTargets }

    /// `_PyPegen_get_invalid_target`: the first sub-expression that cannot be assigned to.
    func invalidTarget(_ e: Expr, _ type: TargetsType) -> Expr? {
        switch e.kind {
        case .list(let elts, _), .tuple(let elts, _):
            for x in elts {
                if let bad = invalidTarget(x, type) { return bad }
            }
            return nil
        case .starred(let v, _):
            if type == .delTargets { return e }
            return invalidTarget(v, type)
        case .compare(let left, let ops, _):
            // `for x in y` parses `x in y` as a comparison: look at its left side.
            if type == .forTargets {
                if ops.first == .in { return invalidTarget(left, type) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" / "cannot delete X".
    func invalidTargetError(_ type: TargetsType, _ e: Expr) -> SyntaxError? {
        guard let bad = invalidTarget(e, type) else { return nil }
        let verb = type == .delTargets ? "cannot delete" : "cannot assign to"
        return raiseAt(bad.range, "\(verb) \(exprName(bad))")
    }
}
