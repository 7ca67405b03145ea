// The tokenizer: a byte-level state machine that follows CPython 3.11's `tok_get`
// (Parser/tokenizer.c) closely, because CPython's error messages and positions come from its
// tokenizer's live state (`tok->cur`, `tok->line_start`, `tok->buf`, ...). We keep the same
// variables so those errors come out the same. Numbers and strings are in Tokenizer+Literals.swift.

/// The end states CPython's tokenizer records in `tok->done` (Include/errcode.h).
enum TokenizerDone: Equatable {
    case ok, eof, error, dedent, tabSpace, tooDeep, lineContinuation
    /// EOF inside a triple-quoted string (E_EOFS) or an unterminated single-quoted one (E_EOLS).
    case eofInString
}

/// Splits Python source into tokens.
///
/// `Tokenizer(source)` followed by `next()` until `.endMarker` or `.errorToken` gives the tokens
/// the parser sees. With `trivia: true` it also yields `.comment` tokens and `.nl` tokens for
/// newlines that do not end a statement, which colouring and completion want.
public struct Tokenizer {
    let source: SourceBuffer
    let p: UnsafeMutableBufferPointer<UInt8>
    let filename: String
    let emitTrivia: Bool

    // CPython's tok_state, by the same names.
    var cur = 0
    var inp = 0
    var lineStart = 0
    var buf = 0
    var lineno = 0
    /// `tok->start`; -1 stands for NULL (between tokens), which decides whether `buf` moves.
    var start = -1
    var done: TokenizerDone = .ok
    var atbol = true
    var pendin = 0
    var indstack: [Int] = [0]
    var altindstack: [Int] = [0]
    var level = 0
    var parenstack: [UInt8] = []
    var parenlinenostack: [Int] = []
    var parencolstack: [Int] = []
    var firstLineno = 0
    var multiLineStart = 0
    /// The error CPython's tokenizer raises itself (`syntaxerror()`); other failures are only a
    /// `done` state that the parser turns into an exception (`_Pypegen_tokenizer_error`).
    public internal(set) var error: SyntaxError?
    var pendingTrivia: [Token] = []
    var triviaHead = 0

    static let tabSize = 8
    static let altTabSize = 1
    /// MAXINDENT and MAXLEVEL in Parser/tokenizer.h.
    static let maxIndent = 100
    static let maxLevel = 200

    /// Makes a tokenizer over `source`. `exec` input gets a final newline, as CPython's does.
    public init(_ source: String, filename: String = "<string>", execInput: Bool = true,
                trivia: Bool = false) {
        self.init(buffer: SourceBuffer(source, appendNewline: execInput), filename: filename,
                  trivia: trivia)
    }

    init(buffer: SourceBuffer, filename: String, trivia: Bool = false) {
        self.source = buffer
        self.p = buffer.bytes
        self.filename = filename
        self.emitTrivia = trivia
    }

    /// The token's text as written (for a STRING, with its prefix and quotes).
    public func text(of token: Token) -> String {
        source.text(Int(token.start), Int(token.end))
    }

    /// Every token up to and including `.endMarker` (or the `.errorToken` where it stopped).
    /// - Complexity: O(n) in the source length.
    public mutating func tokenize() -> [Token] {
        var out: [Token] = []
        while true {
            let t = next()
            out.append(t)
            if t.kind == .endMarker || t.kind == .errorToken { return out }
        }
    }

    // MARK: - Reading characters

    /// `tok_nextc`: the next byte, reading the next line when the current one is used up;
    /// -1 at the end of input.
    @inline(__always)
    mutating func nextc() -> Int {
        while true {
            if cur != inp {
                let c = p[cur]
                cur += 1
                return Int(c)
            }
            if done != .ok { return -1 }
            if !underflow() {
                cur = inp
                return -1
            }
            lineStart = cur
        }
    }

    /// `tok_underflow_string`: makes the next line current. `buf` (the start of the text CPython
    /// quotes in errors) only moves when no token is in progress, so a multi-line token keeps
    /// its first line in the quoted text.
    mutating func underflow() -> Bool {
        if inp >= p.count {
            done = .eof
            return false
        }
        var end = inp
        let n = p.count
        while end < n && p[end] != 10 { end += 1 }
        if end < n { end += 1 }
        if start < 0 { buf = cur }
        lineStart = cur
        lineno += 1
        inp = end
        return true
    }

    /// `tok_backup`: pushes back the byte just read (nothing for EOF).
    @inline(__always)
    mutating func backup(_ c: Int) {
        if c != -1 { cur -= 1 }
    }

    // MARK: - Errors raised by the tokenizer itself

    /// `_syntaxerror_range`: the offset is the character column of `cur` unless given, and the
    /// text is the current line without its newline.
    mutating func syntaxError(_ message: String, colOffset: Int = -1, endColOffset: Int = -1)
        -> TokenKind
    {
        let lineEnd = source.lineEnd(from: lineStart)
        let col = colOffset == -1 ? source.characterCount(from: lineStart, bytes: cur - lineStart)
            : colOffset
        let endCol = endColOffset == -1 ? col : endColOffset
        error = SyntaxError(
            message: message, filename: filename, lineno: lineno, offset: col,
            endLineno: lineno, endOffset: endCol, text: source.text(lineStart, lineEnd))
        done = .error
        return .errorToken
    }

    // MARK: - Tokens

    /// The next token, with CPython's positions.
    public mutating func next() -> Token {
        if triviaHead < pendingTrivia.count {
            let t = pendingTrivia[triviaHead]
            triviaHead += 1
            if triviaHead == pendingTrivia.count {
                pendingTrivia.removeAll(keepingCapacity: true)
                triviaHead = 0
            }
            return t
        }
        var tokStart = -1, tokEnd = -1
        let kind = get(&tokStart, &tokEnd)
        let t = makeToken(kind, tokStart, tokEnd)
        if !pendingTrivia.isEmpty {
            // Trivia found while scanning for this token comes before it.
            pendingTrivia.append(t)
            return next()
        }
        return t
    }

    /// `initialize_token` in Parser/pegen.c: STRING tokens take their start from the line where
    /// the literal began; tokens without text get -1 columns.
    func makeToken(_ kind0: TokenKind, _ s: Int, _ e: Int) -> Token {
        var kind = kind0
        if kind == .name { kind = Tokenizer.keywordKind(p, s, e - s) }
        let ls = kind == .string ? multiLineStart : lineStart
        let ln = kind == .string ? firstLineno : lineno
        let col = (s >= 0 && s >= ls) ? s - ls : -1
        let endCol = (e >= 0 && e >= lineStart) ? e - lineStart : -1
        return Token(
            kind: kind, start: Int32(max(s, 0)), end: Int32(max(e, max(s, 0))),
            lineno: Int32(ln), colOffset: Int32(col), endLineno: Int32(lineno),
            endColOffset: Int32(endCol), level: Int16(level), stateLineno: Int32(lineno),
            stateCur: Int32(cur), stateLineStart: Int32(lineStart), stateBuf: Int32(buf),
            stateInp: Int32(inp), atEOF: done == .eof)
    }

    mutating func addTrivia(_ kind: TokenKind, _ s: Int, _ e: Int) {
        pendingTrivia.append(makeToken(kind, s, e))
    }

    /// `tok_get`. Returns the kind and sets the token's byte range (-1 when it has no text).
    mutating func get(_ pStart: inout Int, _ pEnd: inout Int) -> TokenKind {
        var c: Int
        var blankline = false
        pStart = -1
        pEnd = -1
        if done == .error || (done != .ok && done != .eof) { return .errorToken }

        // `nextline:` in tok_get: each pass of this loop reads one physical line's
        // indentation (when at the beginning of a line) and then one token.
        nextline: while true {
            start = -1
            blankline = false

            // Indentation at the start of a line.
            if atbol {
                var col = 0, altcol = 0, contLineCol = 0
                atbol = false
                while true {
                    c = nextc()
                    if c == 32 {
                        col += 1
                        altcol += 1
                    } else if c == 9 {
                        col = (col / Tokenizer.tabSize + 1) * Tokenizer.tabSize
                        altcol = (altcol / Tokenizer.altTabSize + 1) * Tokenizer.altTabSize
                    } else if c == 12 {
                        col = 0
                        altcol = 0
                    } else if c == 92 {
                        // The first backslash decides the indentation of a continued line.
                        contLineCol = contLineCol != 0 ? contLineCol : col
                        c = continuationLine()
                        if c == -2 { return .errorToken }
                    } else {
                        break
                    }
                }
                backup(c)
                // Lines holding only blanks or a comment do not change the indentation and
                // produce no NEWLINE (CPython lets them through only in interactive mode).
                if c == 35 || c == 10 {
                    blankline = true
                }
                // Inside brackets indentation means nothing. Otherwise compare with the
                // stack twice: once with tabs to multiples of 8 and once with tabs as 1
                // column; disagreement between the two is a TabError.
                if !blankline && level == 0 {
                    if contLineCol != 0 {
                        col = contLineCol
                        altcol = contLineCol
                    }
                    if col == indstack[indstack.count - 1] {
                        if altcol != altindstack[altindstack.count - 1] {
                            return indentError()
                        }
                    } else if col > indstack[indstack.count - 1] {
                        if indstack.count >= Tokenizer.maxIndent {
                            done = .tooDeep
                            cur = inp
                            return .errorToken
                        }
                        if altcol <= altindstack[altindstack.count - 1] {
                            return indentError()
                        }
                        pendin += 1
                        indstack.append(col)
                        altindstack.append(altcol)
                    } else {
                        while indstack.count > 1 && col < indstack[indstack.count - 1] {
                            pendin -= 1
                            indstack.removeLast()
                            altindstack.removeLast()
                        }
                        if col != indstack[indstack.count - 1] {
                            done = .dedent
                            cur = inp
                            return .errorToken
                        }
                        if altcol != altindstack[altindstack.count - 1] {
                            return indentError()
                        }
                    }
                }
            }

            // INDENT and DEDENT tokens have no text: CPython gives them -1 columns.
            start = cur
            if pendin != 0 {
                if pendin < 0 {
                    pendin += 1
                    return .dedent
                } else {
                    pendin -= 1
                    return .indent
                }
            }

            again: while true {
                start = -1
                repeat {
                    c = nextc()
                } while c == 32 || c == 9 || c == 12
                start = c == -1 ? cur : cur - 1

                if c == 35 {
                    let commentStart = cur - 1
                    while c != -1 && c != 10 { c = nextc() }
                    if emitTrivia {
                        addTrivia(.comment, commentStart, c == 10 ? cur - 1 : cur)
                    }
                }

                // End of input inside brackets is an error token without a message: the
                // parser turns it into "'(' was never closed".
                if c == -1 {
                    if level > 0 { return .errorToken }
                    return done == .eof ? .endMarker : .errorToken
                }

                if Tokenizer.isIdentifierStart(c) {
                    return identifierOrString(c, &pStart, &pEnd)
                }

                // A newline ends a statement only outside brackets and after real tokens.
                // Its token starts at the '#' of a trailing comment, as CPython's does.
                if c == 10 {
                    atbol = true
                    if blankline || level > 0 {
                        if emitTrivia { addTrivia(.nl, cur - 1, cur) }
                        continue nextline
                    }
                    pStart = start
                    pEnd = cur - 1
                    return .newline
                }

                if c == 46 {  // '.'
                    c = nextc()
                    if Tokenizer.isDigit(c) {
                        let scanned = fraction(c)
                        return literal(scanned, &pStart, &pEnd)
                    } else if c == 46 {
                        c = nextc()
                        if c == 46 {
                            pStart = start
                            pEnd = cur
                            return .ellipsis
                        } else {
                            backup(c)
                        }
                        backup(46)
                    } else {
                        backup(c)
                    }
                    pStart = start
                    pEnd = cur
                    return .dot
                }

                if Tokenizer.isDigit(c) {
                    let scanned = number(c)
                    return literal(scanned, &pStart, &pEnd)
                }

                if c == 39 || c == 34 {
                    let scanned = string(quote: c)
                return literal(scanned, &pStart, &pEnd)
                }

                if c == 92 {  // line continuation
                    c = continuationLine()
                    if c == -2 { return .errorToken }
                    continue again
                }
                break again
            }

            // Two- and three-character operators (PyToken_TwoChars, PyToken_ThreeChars);
            // the longest match wins and the extra character is pushed back.
            let c2 = nextc()
            let two = Tokenizer.twoChars(c, c2)
            if two != .op {
                let c3 = nextc()
                let three = Tokenizer.threeChars(c, c2, c3)
                var kind = two
                if three != .op {
                    kind = three
                } else {
                    backup(c3)
                }
                pStart = start
                pEnd = cur
                return kind
            }
            backup(c2)

            // Bracket bookkeeping: the stack remembers each opener's line and column for
            // "was never closed" and for mismatch messages.
            switch c {
            case 40, 91, 123:
                if level >= Tokenizer.maxLevel {
                    return syntaxError("too many nested parentheses")
                }
                parenstack.append(UInt8(c))
                parenlinenostack.append(lineno)
                parencolstack.append(start - lineStart)
                level += 1
            case 41, 93, 125:
                if level == 0 {
                    return syntaxError("unmatched '\(Character(Unicode.Scalar(UInt8(c))))'")
                }
                level -= 1
                let opening = parenstack.removeLast()
                let openLine = parenlinenostack.removeLast()
                parencolstack.removeLast()
                if !((opening == 40 && c == 41) || (opening == 91 && c == 93)
                    || (opening == 123 && c == 125))
                {
                    let close = Character(Unicode.Scalar(UInt8(c)))
                    let open = Character(Unicode.Scalar(opening))
                    if openLine != lineno {
                        return syntaxError(
                            "closing parenthesis '\(close)' does not match opening "
                                + "parenthesis '\(open)' on line \(openLine)")
                    }
                    return syntaxError(
                        "closing parenthesis '\(close)' does not match opening parenthesis '\(open)'")
                }
            default:
                break
            }

            // Bytes >= 128 went the identifier way above; here only ASCII controls remain.
            if c < 32 || c == 127 {
                return syntaxError("invalid non-printable character U+\(Tokenizer.hex4(c))")
            }
            pStart = start
            pEnd = cur
            return Tokenizer.oneChar(c)
        }
    }

    /// Sets the token's extent when a number or string scanner succeeded.
    func literal(_ kind: TokenKind, _ pStart: inout Int, _ pEnd: inout Int) -> TokenKind {
        if kind != .errorToken {
            pStart = start
            pEnd = cur
        }
        return kind
    }

    /// `tok_continuation_line`: after a backslash, only a newline may follow. Returns the next
    /// character, or -2 on error (with `done` set, as CPython does).
    mutating func continuationLine() -> Int {
        var c = nextc()
        if c != 10 {
            done = .lineContinuation
            return -2
        }
        c = nextc()
        if c == -1 {
            done = .eof
            cur = inp
            return -2
        }
        backup(c)
        return c
    }

    /// `indenterror`: inconsistent tabs and spaces; the parser reports it as a TabError.
    /// Indentation is compared twice, with tabs to the next multiple of 8 and with tabs as one
    /// column: a line is consistent only if both comparisons agree with the enclosing block.
    mutating func indentError() -> TokenKind {
        done = .tabSpace
        cur = inp
        return .errorToken
    }

    /// A NAME, or a STRING when the letters read so far are a valid string prefix.
    /// `b`, `r`, `u`, `f` in any case and order, except that `u` stands alone and `b` and `f`
    /// exclude each other (`rb`, `Br`, `fR` are fine; `ub`, `bf` are a NAME then a STRING).
    mutating func identifierOrString(_ c0: Int, _ pStart: inout Int, _ pEnd: inout Int)
        -> TokenKind
    {
        var c = c0
        var sawB = false, sawR = false, sawU = false, sawF = false
        while true {
            if !(sawB || sawU || sawF) && (c == 98 || c == 66) {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && (c == 117 || c == 85) {
                sawU = true
            } else if !(sawR || sawU) && (c == 114 || c == 82) {
                sawR = true
            } else if !(sawF || sawB || sawU) && (c == 102 || c == 70) {
                sawF = true
            } else {
                break
            }
            c = nextc()
            if c == 34 || c == 39 {
                let scanned = string(quote: c)
                return literal(scanned, &pStart, &pEnd)
            }
        }
        var nonascii = false
        while Tokenizer.isIdentifierChar(c) {
            if c >= 128 { nonascii = true }
            c = nextc()
        }
        backup(c)
        if nonascii && !verifyIdentifier() {
            return .errorToken
        }
        pStart = start
        pEnd = cur
        return .name
    }

    /// `verify_identifier`: a non-ASCII name must be XID_Start XID_Continue*; otherwise the error
    /// names the first bad character and points just past it.
    mutating func verifyIdentifier() -> Bool {
        let text = source.text(start, cur)
        var index = 0
        var byteOffset = 0
        let scalars = Array(text.unicodeScalars)
        for (i, ch) in scalars.enumerated() {
            let ok = i == 0 ? (ch.properties.isXIDStart || ch == "_") : ch.properties.isXIDContinue
            if !ok {
                index = i
                if i + 1 < scalars.count {
                    cur = start + byteOffset + ch.utf8.count
                }
                let hex = Tokenizer.hex4(Int(ch.value))
                if Tokenizer.isPrintable(ch) {
                    _ = syntaxError("invalid character '\(Character(ch))' (U+\(hex))")
                } else {
                    _ = syntaxError("invalid non-printable character U+\(hex)")
                }
                _ = index
                return false
            }
            byteOffset += ch.utf8.count
        }
        return true
    }

    // MARK: - Character classes

    @inline(__always) static func isDigit(_ c: Int) -> Bool { c >= 48 && c <= 57 }

    @inline(__always) static func isHexDigit(_ c: Int) -> Bool {
        (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
    }

    @inline(__always) static func isIdentifierStart(_ c: Int) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c >= 128
    }

    @inline(__always) static func isIdentifierChar(_ c: Int) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || (c >= 48 && c <= 57)
            || c >= 128
    }

    /// `str.isprintable()` for one character: not a control, format, surrogate, private-use,
    /// unassigned or separator character (the space itself is printable).
    static func isPrintable(_ ch: Unicode.Scalar) -> Bool {
        if ch == " " { return true }
        switch ch.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex4(_ v: Int) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
