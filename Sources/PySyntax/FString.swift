// Implicit concatenation and f-strings, after CPython 3.11's Parser/string_parser.c and
// `_PyPegen_concatenate_strings`. In 3.11 an f-string is one STRING token; its replacement
// fields are found by scanning the text, and each expression is parsed by a fresh parser over
// "(" + expression + ")" whose positions are shifted to where the field sits in the file.

/// `FstringParser`: the pieces of a JoinedStr being assembled.
struct FStringBuilder {
    var lastStr: String? = nil
    var values: [Expr] = []
    var fmode = false
    /// The first literal had a lowercase `u` prefix: string parts get `kind='u'`.
    var uPrefix = false

    /// `make_str_node_and_del`.
    func constant(_ s: String, _ r: SourceRange) -> Expr {
        var e = Expr(.constant(.str(s)), r)
        e.hasUPrefix = uPrefix
        return e
    }

    /// `_PyPegen_FstringParser_ConcatAndDel`: empty strings are dropped.
    mutating func append(_ s: String) {
        if s.isEmpty { return }
        if lastStr == nil {
            lastStr = s
        } else {
            lastStr! += s
        }
    }
}

extension Parser {
    /// `_PyPegen_concatenate_strings`: one Constant (str or bytes) or one JoinedStr for the
    /// adjacent STRING tokens at `indices`.
    func concatenateStrings(_ indices: [Int]) throws(SyntaxError) -> Expr {
        let first = tokens[indices[0]]
        let last = tokens[indices[indices.count - 1]]
        var bytesMode = false
        var bytes: [UInt8] = []
        var state = FStringBuilder()
        state.uPrefix = source.bytes[Int(first.start)] == 117
        for (n, i) in indices.enumerated() {
            let t = tokens[i]
            let st = stringToken(t)
            if n != 0 && bytesMode != st.isBytes {
                throw raiseSyntaxError("cannot mix bytes and nonbytes literals")
            }
            bytesMode = st.isBytes
            if st.isFormat {
                var pos = st.bodyStart
                try concatFString(&state, &pos, st.bodyEnd, raw: st.isRaw, recurseLevel: 0,
                                  first: first, t: t, last: last)
            } else if st.isBytes {
                bytes += try decodeBytesBody(t, st)
            } else {
                state.append(try decodeStringBody(st.bodyStart, st.bodyEnd, raw: st.isRaw))
            }
        }
        let whole = SourceRange(lineno: Int(first.lineno), colOffset: Int(first.colOffset),
                                endLineno: Int(last.endLineno), endColOffset: Int(last.endColOffset))
        if bytesMode { return Expr(.constant(.bytes(bytes)), whole) }
        return finish(&state, whole)
    }

    /// `_PyPegen_FstringParser_Finish`.
    func finish(_ state: inout FStringBuilder, _ r: SourceRange) -> Expr {
        if !state.fmode {
            return state.constant(state.lastStr ?? "", r)
        }
        if let s = state.lastStr {
            state.values.append(state.constant(s, r))
            state.lastStr = nil
        }
        return Expr(.joinedStr(state.values), r)
    }

    /// `_PyPegen_FstringParser_ConcatFstring`: literals and replacement fields of one f-string
    /// body (or of a format spec when `recurseLevel` > 0), from `pos` up to `end`.
    func concatFString(_ state: inout FStringBuilder, _ pos: inout Int, _ end: Int, raw: Bool,
                       recurseLevel: Int, first: Token, t: Token, last: Token) throws(SyntaxError)
    {
        state.fmode = true
        let whole = SourceRange(lineno: Int(first.lineno), colOffset: Int(first.colOffset),
                                endLineno: Int(last.endLineno), endColOffset: Int(last.endColOffset))
        while true {
            let (literal, doubled) = try findLiteral(&pos, end, raw: raw, recurseLevel: recurseLevel)
            if let literal { state.append(literal) }
            if doubled { continue }
            let p = source.bytes
            if pos >= end || p[pos] == 125 { break }
            let (exprText, expression) = try findExpression(
                &pos, end, raw: raw, recurseLevel: recurseLevel, first: first, t: t, last: last)
            if let exprText { state.append(exprText) }
            if let s = state.lastStr {
                state.values.append(state.constant(s, whole))
                state.lastStr = nil
            }
            state.values.append(expression)
        }
        if recurseLevel == 0 && pos < end - 1 {
            throw raiseSyntaxError("f-string: unexpected end of string")
        }
        if recurseLevel != 0 && (pos >= end || source.bytes[pos] != 125) {
            throw raiseSyntaxError("f-string: expecting '}'")
        }
    }

    /// `fstring_find_literal`: text up to the next single '{' (or '}' in a format spec).
    /// Returns the decoded literal and whether it stopped at a doubled brace.
    func findLiteral(_ pos: inout Int, _ end: Int, raw: Bool, recurseLevel: Int)
        throws(SyntaxError) -> (String?, Bool)
    {
        let p = source.bytes
        var s = pos
        let literalStart = s
        var doubled = false
        scan: while s < end {
            var ch = p[s]
            s += 1
            if !raw && ch == 92 && s < end {
                ch = p[s]
                s += 1
                if ch == 78 {
                    // Skip the braces of a \N{...} escape.
                    if s < end {
                        let b = p[s]
                        s += 1
                        if b == 123 {
                            while s < end {
                                let c = p[s]
                                s += 1
                                if c == 125 { break }
                            }
                        }
                    }
                    continue
                }
            }
            if ch == 123 || ch == 125 {
                if recurseLevel == 0 {
                    if s < end && p[s] == ch {
                        pos = s + 1
                        doubled = true
                        break scan
                    }
                    if ch == 125 {
                        pos = s - 1
                        throw raiseSyntaxError("f-string: single '}' is not allowed")
                    }
                }
                s -= 1
                break
            }
        }
        if !doubled { pos = s }
        var literal: String? = nil
        if literalStart != s {
            literal = try decodeStringBody(literalStart, s, raw: raw)
        }
        return (literal, doubled)
    }

    /// `fstring_find_expr`: one replacement field starting at '{'. Returns the `=` text, if
    /// any, and the FormattedValue.
    func findExpression(_ pos: inout Int, _ end: Int, raw: Bool, recurseLevel: Int, first: Token,
                        t: Token, last: Token) throws(SyntaxError) -> (String?, Expr)
    {
        let p = source.bytes
        if recurseLevel >= 2 {
            throw raiseSyntaxError("f-string: expressions nested too deeply")
        }
        pos += 1
        let exprStart = pos
        var quoteChar: UInt8 = 0
        var stringType = 0
        var parens: [UInt8] = []
        while pos < end {
            let ch = p[pos]
            if ch == 92 {
                throw raiseSyntaxError("f-string expression part cannot include a backslash")
            }
            if quoteChar != 0 {
                if ch == quoteChar {
                    if stringType == 3 {
                        if pos + 2 < end && p[pos + 1] == ch && p[pos + 2] == ch {
                            pos += 3
                            stringType = 0
                            quoteChar = 0
                            continue
                        }
                    } else {
                        quoteChar = 0
                        stringType = 0
                        pos += 1
                        continue
                    }
                }
            } else if ch == 39 || ch == 34 {
                if pos + 2 < end && p[pos + 1] == ch && p[pos + 2] == ch {
                    stringType = 3
                    pos += 2
                } else {
                    stringType = 1
                }
                quoteChar = ch
            } else if ch == 91 || ch == 123 || ch == 40 {
                if parens.count >= Tokenizer.maxLevel {
                    throw raiseSyntaxError("f-string: too many nested parenthesis")
                }
                parens.append(ch)
            } else if ch == 35 {
                throw raiseSyntaxError("f-string expression part cannot include '#'")
            } else if parens.isEmpty && (ch == 33 || ch == 58 || ch == 125 || ch == 61 || ch == 62
                || ch == 60)
            {
                if pos + 1 < end {
                    let next = p[pos + 1]
                    if (ch == 33 || ch == 61 || ch == 60 || ch == 62) && next == 61 {
                        pos += 2
                        continue
                    }
                }
                if ch == 62 || ch == 60 {
                    pos += 1
                    continue
                }
                break
            } else if ch == 93 || ch == 125 || ch == 41 {
                guard let opening = parens.popLast() else {
                    throw raiseSyntaxError("f-string: unmatched '\(Character(Unicode.Scalar(ch)))'")
                }
                if !((opening == 40 && ch == 41) || (opening == 91 && ch == 93)
                    || (opening == 123 && ch == 125))
                {
                    throw raiseSyntaxError(
                        "f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' does not "
                            + "match opening parenthesis '\(Character(Unicode.Scalar(opening)))'")
                }
            }
            pos += 1
        }
        let exprEnd = pos
        if quoteChar != 0 { throw raiseSyntaxError("f-string: unterminated string") }
        if let opening = parens.last {
            throw raiseSyntaxError("f-string: unmatched '\(Character(Unicode.Scalar(opening)))'")
        }
        if pos >= end { throw raiseSyntaxError("f-string: expecting '}'") }

        let expression = try compileFStringExpression(exprStart, exprEnd, t)

        var exprText: String? = nil
        if p[pos] == 61 {
            pos += 1
            while pos < end && (p[pos] == 32 || (p[pos] >= 9 && p[pos] <= 13)) { pos += 1 }
            if pos >= end { throw raiseSyntaxError("f-string: expecting '}'") }
            exprText = source.text(exprStart, pos)
        }
        var conversion = Conversion.none
        if p[pos] == 33 {
            pos += 1
            if pos >= end { throw raiseSyntaxError("f-string: expecting '}'") }
            let c = p[pos]
            pos += 1
            switch c {
            case 115: conversion = .str
            case 114: conversion = .repr
            case 97: conversion = .ascii
            default:
                throw raiseSyntaxError(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
        }
        var formatSpec: Expr? = nil
        if pos < end && p[pos] == 58 {
            pos += 1
            if pos >= end { throw raiseSyntaxError("f-string: expecting '}'") }
            var specState = FStringBuilder()
            specState.uPrefix = source.bytes[Int(first.start)] == 117
            try concatFString(&specState, &pos, end, raw: raw, recurseLevel: recurseLevel + 1,
                              first: first, t: t, last: last)
            formatSpec = finish(&specState, range(t))
        }
        if pos >= end || p[pos] != 125 { throw raiseSyntaxError("f-string: expecting '}'") }
        pos += 1
        if exprText != nil && formatSpec == nil && conversion == .none {
            conversion = .repr
        }
        let whole = SourceRange(lineno: Int(first.lineno), colOffset: Int(first.colOffset),
                                endLineno: Int(last.endLineno), endColOffset: Int(last.endColOffset))
        return (exprText, Expr(.formattedValue(expression, conversion: conversion,
                                               formatSpec: formatSpec), whole))
    }

    /// `fstring_compile_expr`: parses the field's text with a sub-parser whose tokens are
    /// placed where the text sits in the file (`fstring_find_expr_location`).
    func compileFStringExpression(_ exprStart: Int, _ exprEnd: Int, _ t: Token)
        throws(SyntaxError) -> Expr
    {
        let p = source.bytes
        var allSpace = true
        for i in exprStart..<exprEnd where !(p[i] == 32 || p[i] == 9 || p[i] == 10 || p[i] == 12) {
            allSpace = false
            break
        }
        if allSpace {
            let c = exprEnd < source.count ? p[exprEnd] : 0
            if c == 33 || c == 58 || c == 61 {
                throw raiseSyntaxError(
                    "f-string: expression required before '\(Character(Unicode.Scalar(c)))'")
            }
            throw raiseSyntaxError("f-string: empty expression not allowed")
        }
        // Where the '{' sits relative to the token: lines above it, and its column. A field
        // whose text starts with a newline keeps column 0 (`fstring_find_expr_location`);
        // on the token's first line the column is counted from the token's own column.
        let brace = exprStart - 1
        let tokenStart = Int(t.start)
        var newlineAfterBrace = true
        var s = brace + 1
        while s < source.count && p[s] != 125 && p[s] != 10 {
            if p[s] != 32 && p[s] != 9 && p[s] != 12 {
                newlineAfterBrace = false
                break
            }
            s += 1
        }
        var cols = 0
        if !newlineAfterBrace {
            var b = brace
            while b > tokenStart && p[b] != 10 { b -= 1 }
            cols = brace - b
            if p[b] == 10 { cols -= 1 }
        }
        var lines = 0
        for i in tokenStart..<brace where p[i] == 10 { lines += 1 }

        // The parentheses let the field start with blanks or span lines; they are why
        // `f"{*a}"` says "cannot use starred expression here" and `f"{yield}"` parses.
        let text = "(" + source.text(exprStart, exprEnd) + ")"
        let buffer = SourceBuffer(text, appendNewline: true)
        let line = Int(t.lineno) + lines
        let sub = Parser(buffer: buffer, filename: filename, mode: .fstring,
                         linenoBase: line - 1, startingLineno: line,
                         startingColOffset: lines != 0 ? cols : Int(t.colOffset) + cols)
        guard case .expression(let e) = try sub.run() else {
            throw raiseSyntaxError("f-string: invalid syntax")
        }
        return e
    }
}
