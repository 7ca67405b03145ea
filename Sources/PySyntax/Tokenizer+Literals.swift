// Number and string scanning, operator tables and keyword lookup, after the corresponding parts
// of `tok_get` and Parser/token.c. Only the extent of a literal is found here; its value is
// computed by the parser (NumberLiteral.swift, StringLiteral.swift), as in CPython.

extension Tokenizer {
    // MARK: - Numbers

    /// A number starting with the digit `c0`.
    mutating func number(_ c0: Int) -> TokenKind {
        var c = c0
        if c == 48 {
            c = nextc()
            if c == 120 || c == 88 {
                return radixNumber(isDigit: Tokenizer.isHexDigit, name: "hexadecimal")
            } else if c == 111 || c == 79 {
                return radixNumber(isDigit: { $0 >= 48 && $0 < 56 }, name: "octal")
            } else if c == 98 || c == 66 {
                return radixNumber(isDigit: { $0 == 48 || $0 == 49 }, name: "binary")
            }
            // Zeros, then maybe a float or an (illegal) old-style octal. `0_0` and `00` are
            // fine; `0123` is reported over the zeros only, with byte columns.
            var nonzero = false
            while true {
                if c == 95 {
                    c = nextc()
                    if !Tokenizer.isDigit(c) {
                        backup(c)
                        return syntaxError("invalid decimal literal")
                    }
                }
                if c != 48 { break }
                c = nextc()
            }
            let zerosEnd = cur
            if Tokenizer.isDigit(c) {
                nonzero = true
                c = decimalTail()
                if c == -2 { return .errorToken }
            }
            if c == 46 {
                return fraction(nextc())
            } else if c == 101 || c == 69 {
                return mantissaRest(c)
            } else if c == 106 || c == 74 {
                return imaginary()
            } else if nonzero {
                backup(c)
                // CPython reports this one with byte columns.
                return syntaxError(
                    "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers",
                    colOffset: start + 1 - lineStart, endColOffset: zerosEnd - lineStart)
            }
            if !verifyEndOfNumber(c, "decimal") { return .errorToken }
            backup(c)
            return .number
        }
        c = decimalTail()
        if c == -2 { return .errorToken }
        if c == 46 { return fraction(nextc()) }
        return mantissaRest(c)
    }

    /// A number that starts with '.', or the part after an integer's '.'; `c0` follows the dot.
    /// `1.` and `.5` are floats; `1..x` is a float followed by an attribute access.
    mutating func fraction(_ c0: Int) -> TokenKind {
        var c = c0
        if Tokenizer.isDigit(c) {
            c = decimalTail()
            if c == -2 { return .errorToken }
        }
        return mantissaRest(c)
    }

    /// The optional exponent and `j` suffix; `c0` is the character after the mantissa.
    mutating func mantissaRest(_ c0: Int) -> TokenKind {
        var c = c0
        if c == 101 || c == 69 {
            let e = c
            c = nextc()
            if c == 43 || c == 45 {
                c = nextc()
                if !Tokenizer.isDigit(c) {
                    backup(c)
                    return syntaxError("invalid decimal literal")
                }
            } else if !Tokenizer.isDigit(c) {
                // `1e` followed by a keyword such as `else`: the number ends before the 'e'.
                backup(c)
                if !verifyEndOfNumber(e, "decimal") { return .errorToken }
                backup(e)
                return .number
            }
            c = decimalTail()
            if c == -2 { return .errorToken }
        }
        if c == 106 || c == 74 { return imaginary() }
        if !verifyEndOfNumber(c, "decimal") { return .errorToken }
        backup(c)
        return .number
    }

    mutating func imaginary() -> TokenKind {
        let c = nextc()
        if !verifyEndOfNumber(c, "imaginary") { return .errorToken }
        backup(c)
        return .number
    }

    /// Hexadecimal, octal or binary digits after the `0x`/`0o`/`0b` prefix. A decimal digit
    /// in an octal or binary literal has its own message ("invalid digit '9' in octal
    /// literal") reported at that digit; other letters make the literal invalid.
    mutating func radixNumber(isDigit: (Int) -> Bool, name: String) -> TokenKind {
        var c = nextc()
        let checksDecimal = name != "hexadecimal"
        repeat {
            if c == 95 { c = nextc() }
            if !isDigit(c) {
                if checksDecimal && Tokenizer.isDigit(c) {
                    return syntaxError(
                        "invalid digit '\(Character(Unicode.Scalar(UInt8(c))))' in \(name) literal")
                }
                backup(c)
                return syntaxError("invalid \(name) literal")
            }
            repeat { c = nextc() } while isDigit(c)
        } while c == 95
        if checksDecimal && Tokenizer.isDigit(c) {
            return syntaxError(
                "invalid digit '\(Character(Unicode.Scalar(UInt8(c))))' in \(name) literal")
        }
        if !verifyEndOfNumber(c, name) { return .errorToken }
        backup(c)
        return .number
    }

    /// `tok_decimal_tail`: digits with single underscores between them. Returns the character
    /// after them, or -2 after raising "invalid decimal literal".
    mutating func decimalTail() -> Int {
        var c: Int
        while true {
            repeat { c = nextc() } while Tokenizer.isDigit(c)
            if c != 95 { break }
            c = nextc()
            if !Tokenizer.isDigit(c) {
                backup(c)
                _ = syntaxError("invalid decimal literal")
                return -2
            }
        }
        return c
    }

    /// `verify_end_of_number`: a number may run straight into `and`, `else`, `for`, `if`, `in`,
    /// `is`, `not` and `or` (CPython only warns), but not into other letters or digits.
    mutating func verifyEndOfNumber(_ c: Int, _ kind: String) -> Bool {
        var r = false
        switch c {
        case 97: r = lookahead("nd")
        case 101: r = lookahead("lse")
        case 102: r = lookahead("or")
        case 105:
            let c2 = nextc()
            r = c2 == 102 || c2 == 110 || c2 == 115
            backup(c2)
        case 111: r = lookahead("r")
        case 110: r = lookahead("ot")
        default: break
        }
        if r { return true }
        // Only ASCII letters and digits count here: `1é` is a NUMBER then a NAME.
        if c < 128 && Tokenizer.isIdentifierChar(c) {
            backup(c)
            _ = syntaxError("invalid \(kind) literal")
            return false
        }
        return true
    }

    /// True when the input continues with `test` and then a non-identifier character; the
    /// position is left unchanged.
    mutating func lookahead(_ test: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: test.utf8Start, count: test.utf8CodeUnitCount)
        var read: [Int] = []
        var res = false
        var i = 0
        while true {
            let c = nextc()
            if i == bytes.count {
                res = !Tokenizer.isIdentifierChar(c)
            } else if c == Int(bytes[i]) {
                read.append(c)
                i += 1
                continue
            }
            backup(c)
            for r in read.reversed() { backup(r) }
            return res
        }
    }

    // MARK: - Strings

    /// A string literal whose opening quote `quote` was just read; the prefix, if any, starts at
    /// `start`. Only the extent is found; escapes are decoded by the parser.
    ///
    /// An unterminated literal is reported at its opening quote on the line where it began,
    /// naming the line where the tokenizer noticed; at the very end of input it also marks
    /// the input as incomplete (E_EOFS / E_EOLS), which the REPL uses.
    mutating func string(quote: Int) -> TokenKind {
        var quoteSize = 1, endQuoteSize = 0
        firstLineno = lineno
        multiLineStart = lineStart
        var c = nextc()
        if c == quote {
            c = nextc()
            if c == quote {
                quoteSize = 3
            } else {
                endQuoteSize = 1
            }
        }
        if c != quote { backup(c) }
        while endQuoteSize != quoteSize {
            c = nextc()
            if c == -1 || (quoteSize == 1 && c == 10) {
                // Report from the opening quote, on the line where the literal began.
                cur = start + 1
                lineStart = multiLineStart
                let detectedAt = lineno
                lineno = firstLineno
                if quoteSize == 3 {
                    _ = syntaxError(
                        "unterminated triple-quoted string literal (detected at line \(detectedAt))")
                } else {
                    _ = syntaxError("unterminated string literal (detected at line \(detectedAt))")
                }
                if c != 10 { done = .eofInString }
                return .errorToken
            }
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == 92 { _ = nextc() }
            }
        }
        return .string
    }

    // MARK: - Operators (Parser/token.c)

    static func oneChar(_ c: Int) -> TokenKind {
        switch c {
        case 37: return .percent
        case 38: return .amper
        case 40: return .lpar
        case 41: return .rpar
        case 42: return .star
        case 43: return .plus
        case 44: return .comma
        case 45: return .minus
        case 46: return .dot
        case 47: return .slash
        case 58: return .colon
        case 59: return .semi
        case 60: return .less
        case 61: return .equal
        case 62: return .greater
        case 64: return .at
        case 91: return .lsqb
        case 93: return .rsqb
        case 94: return .circumflex
        case 123: return .lbrace
        case 124: return .vbar
        case 125: return .rbrace
        case 126: return .tilde
        default: return .op
        }
    }

    static func twoChars(_ c1: Int, _ c2: Int) -> TokenKind {
        switch (c1, c2) {
        case (33, 61): return .notEqual
        case (37, 61): return .percentEqual
        case (38, 61): return .amperEqual
        case (42, 42): return .doubleStar
        case (42, 61): return .starEqual
        case (43, 61): return .plusEqual
        case (45, 61): return .minEqual
        case (45, 62): return .rarrow
        case (47, 47): return .doubleSlash
        case (47, 61): return .slashEqual
        case (58, 61): return .colonEqual
        case (60, 60): return .leftShift
        case (60, 61): return .lessEqual
        case (60, 62): return .notEqual
        case (61, 61): return .eqEqual
        case (62, 61): return .greaterEqual
        case (62, 62): return .rightShift
        case (64, 61): return .atEqual
        case (94, 61): return .circumflexEqual
        case (124, 61): return .vbarEqual
        default: return .op
        }
    }

    static func threeChars(_ c1: Int, _ c2: Int, _ c3: Int) -> TokenKind {
        switch (c1, c2, c3) {
        case (42, 42, 61): return .doubleStarEqual
        case (46, 46, 46): return .ellipsis
        case (47, 47, 61): return .doubleSlashEqual
        case (60, 60, 61): return .leftShiftEqual
        case (62, 62, 61): return .rightShiftEqual
        default: return .op
        }
    }

    // MARK: - Keywords

    /// The keyword kind for the NAME at `p[s..<s+n]`, or `.name`.
    static func keywordKind(_ p: UnsafeMutableBufferPointer<UInt8>, _ s: Int, _ n: Int)
        -> TokenKind
    {
        if n < 2 || n > 8 { return .name }
        let c0 = p[s]
        @inline(__always) func eq(_ k: StaticString) -> Bool {
            if k.utf8CodeUnitCount != n { return false }
            let kp = k.utf8Start
            for i in 1..<n where p[s + i] != kp[i] { return false }
            return true
        }
        switch c0 {
        case 70: return eq("False") ? .kwFalse : .name
        case 78: return eq("None") ? .kwNone : .name
        case 84: return eq("True") ? .kwTrue : .name
        case 97:
            if eq("and") { return .kwAnd }
            if eq("as") { return .kwAs }
            if eq("assert") { return .kwAssert }
            if eq("async") { return .kwAsync }
            if eq("await") { return .kwAwait }
        case 98: return eq("break") ? .kwBreak : .name
        case 99:
            if eq("class") { return .kwClass }
            if eq("continue") { return .kwContinue }
        case 100:
            if eq("def") { return .kwDef }
            if eq("del") { return .kwDel }
        case 101:
            if eq("elif") { return .kwElif }
            if eq("else") { return .kwElse }
            if eq("except") { return .kwExcept }
        case 102:
            if eq("finally") { return .kwFinally }
            if eq("for") { return .kwFor }
            if eq("from") { return .kwFrom }
        case 103: return eq("global") ? .kwGlobal : .name
        case 105:
            if eq("if") { return .kwIf }
            if eq("import") { return .kwImport }
            if eq("in") { return .kwIn }
            if eq("is") { return .kwIs }
        case 108: return eq("lambda") ? .kwLambda : .name
        case 110:
            if eq("nonlocal") { return .kwNonlocal }
            if eq("not") { return .kwNot }
        case 111: return eq("or") ? .kwOr : .name
        case 112: return eq("pass") ? .kwPass : .name
        case 114:
            if eq("raise") { return .kwRaise }
            if eq("return") { return .kwReturn }
        case 116: return eq("try") ? .kwTry : .name
        case 119:
            if eq("while") { return .kwWhile }
            if eq("with") { return .kwWith }
        case 121: return eq("yield") ? .kwYield : .name
        default: break
        }
        return .name
    }
}
