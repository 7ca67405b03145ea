/// Where CPython 3.11 puts the `^` inside a `~~~~^^^~~~` marker line.
///
/// CPython (Python/traceback.c, `extract_anchors_from_line`) parses the failing instruction's
/// source segment with the real parser; when the segment is one expression statement whose
/// root is a binary operation it anchors on the operator, and when the root is a subscript it
/// anchors on the bracket part. Calls, attributes and everything else get plain `^^^^`.
/// We do not need a whole parser for that: the root of an expression with no statement
/// keyword at bracket depth 0 is decided by the lowest-precedence operator at depth 0, so a
/// tokenizer, a bracket matcher and the precedence table answer the same question. What the
/// parser would reject we reject too (nil), so no anchors are shown, as CPython shows none
/// when its parse fails.
struct CaretAnchors: Equatable {
    /// Byte offsets in the segment's UTF-8: the secondary (`^`) part is [left, right).
    var left: Int
    var right: Int
    var primary: Character
    var secondary: Character

    /// The anchors for `segment` (UTF-8 bytes of the source between the instruction's start and
    /// end columns), or nil when the root is neither a binary operator nor a subscript.
    static func extract(_ segment: [UInt8]) -> CaretAnchors? {
        guard let tokens = SegmentTokenizer.tokenize(segment),
              let root = SegmentShape.root(tokens) else { return nil }
        switch root {
        case .binOp(let leftEnd, let rightStart):
            return binOpAnchors(segment, leftEnd: leftEnd, rightStart: rightStart)
        case .subscript(let valueEnd, let sliceEnd):
            return subscriptAnchors(segment, valueEnd: valueEnd, sliceEnd: sliceEnd)
        }
    }

    /// 3.11.7's loop over the bytes between the operands: the first non-blank character is the
    /// operator (two characters when the next is not blank); a `)` closing the left operand is
    /// passed over, which leaves the anchor on `)+` in `(a)+(b)` as CPython does.
    static func binOpAnchors(_ s: [UInt8], leftEnd: Int, rightStart: Int) -> CaretAnchors? {
        var anchors = CaretAnchors(left: -1, right: -1, primary: "^", secondary: "^")
        var i = leftEnd
        while i < rightStart {
            defer { i += 1 }
            if isBlank(s[i]) { continue }
            anchors.left = i
            anchors.right = i + 1
            if i + 1 < rightStart && !isBlank(s[i + 1]) { anchors.right += 1 }
            if i + 1 < rightStart && s[i] == UInt8(ascii: ")") { continue }
            anchors.primary = "~"
            anchors.secondary = "^"
            break
        }
        return anchors
    }

    /// The bracket part: from the first `[` after the value to just past the `]` after the
    /// slice.
    static func subscriptAnchors(_ s: [UInt8], valueEnd: Int, sliceEnd: Int) -> CaretAnchors {
        var left = valueEnd
        var right = sliceEnd + 1
        let n = s.count
        while left < n && s[left] != UInt8(ascii: "[") { left += 1 }
        while right < n && s[right] != UInt8(ascii: "]") { right += 1 }
        if right < n { right += 1 }
        return CaretAnchors(left: left, right: right, primary: "~", secondary: "^")
    }

    /// CPython's IS_WHITESPACE in traceback.c.
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0C
    }
}

/// A token of a one-line source segment: just enough of Python's tokenizer to find brackets,
/// operators, keywords and operands. Offsets are UTF-8 byte offsets into the segment.
struct SegmentToken {
    enum Kind { case name, number, string, op, open, close }
    var kind: Kind
    var start: Int
    var end: Int
    var text: String
    /// For brackets: the index of the matching bracket token.
    var match = -1
}

enum SegmentTokenizer {
    private static let operators3: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    private static let operators2: Set<String> = [
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "@=",
    ]
    private static let operators1: Set<UInt8> = Set("+-*/%@&|^~<>=.,:;".utf8)

    /// The tokens of `s` with brackets matched, or nil for text Python would not tokenize.
    static func tokenize(_ s: [UInt8]) -> [SegmentToken]? {
        var tokens: [SegmentToken] = []
        var stack: [Int] = []
        var i = 0
        let n = s.count
        func text(_ a: Int, _ b: Int) -> String { String(decoding: s[a..<b], as: UTF8.self) }
        while i < n {
            let c = s[i]
            if CaretAnchors.isBlank(c) {
                i += 1
                continue
            }
            if c == 0x0A || c == 0x0D {
                // A line break outside brackets ends the statement: not one expression.
                if stack.isEmpty { return nil }
                i += 1
                continue
            }
            if c == UInt8(ascii: "\\") {
                // Line continuation: only valid before a line break.
                guard i + 1 < n, s[i + 1] == 0x0A || s[i + 1] == 0x0D else { return nil }
                i += 2
                continue
            }
            if c == UInt8(ascii: "#") {
                while i < n && s[i] != 0x0A && s[i] != 0x0D { i += 1 }
                continue
            }
            let start = i
            if isIdentifierStart(c) {
                while i < n && isIdentifierContinue(s[i]) { i += 1 }
                let word = text(start, i)
                if i < n, s[i] == UInt8(ascii: "'") || s[i] == UInt8(ascii: "\""),
                   isStringPrefix(word) {
                    guard let end = scanString(s, from: i) else { return nil }
                    i = end
                    tokens.append(SegmentToken(kind: .string, start: start, end: i, text: ""))
                } else {
                    tokens.append(SegmentToken(kind: .name, start: start, end: i, text: word))
                }
                continue
            }
            if isDigit(c) || (c == UInt8(ascii: ".") && i + 1 < n && isDigit(s[i + 1])) {
                i = scanNumber(s, from: i)
                tokens.append(SegmentToken(kind: .number, start: start, end: i, text: ""))
                continue
            }
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                guard let end = scanString(s, from: i) else { return nil }
                i = end
                tokens.append(SegmentToken(kind: .string, start: start, end: i, text: ""))
                continue
            }
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                stack.append(tokens.count)
                tokens.append(SegmentToken(kind: .open, start: i, end: i + 1, text: text(i, i + 1)))
                i += 1
                continue
            }
            if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                guard let openIndex = stack.popLast() else { return nil }
                let expected: UInt8 = c == UInt8(ascii: ")") ? UInt8(ascii: "(")
                    : c == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
                guard s[tokens[openIndex].start] == expected else { return nil }
                tokens[openIndex].match = tokens.count
                tokens.append(SegmentToken(kind: .close, start: i, end: i + 1, text: text(i, i + 1),
                                           match: openIndex))
                i += 1
                continue
            }
            if i + 3 <= n, operators3.contains(text(i, i + 3)) {
                tokens.append(SegmentToken(kind: .op, start: i, end: i + 3, text: text(i, i + 3)))
                i += 3
                continue
            }
            if i + 2 <= n, operators2.contains(text(i, i + 2)) {
                tokens.append(SegmentToken(kind: .op, start: i, end: i + 2, text: text(i, i + 2)))
                i += 2
                continue
            }
            if operators1.contains(c) {
                tokens.append(SegmentToken(kind: .op, start: i, end: i + 1, text: text(i, i + 1)))
                i += 1
                continue
            }
            return nil
        }
        return stack.isEmpty ? tokens : nil
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    @inline(__always) static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80
    }

    @inline(__always) static func isIdentifierContinue(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || isDigit(c)
    }

    static func isStringPrefix(_ word: String) -> Bool {
        ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(word.lowercased())
    }

    /// The end of the string literal whose opening quote is at `i`, or nil if unterminated.
    static func scanString(_ s: [UInt8], from i: Int) -> Int? {
        let q = s[i]
        let n = s.count
        let triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q
        var j = triple ? i + 3 : i + 1
        while j < n {
            let c = s[j]
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if c == q {
                if !triple { return j + 1 }
                if j + 2 < n && s[j + 1] == q && s[j + 2] == q { return j + 3 }
            }
            if !triple && (c == 0x0A || c == 0x0D) { return nil }
            j += 1
        }
        return nil
    }

    /// The end of the number literal starting at `i` (ints, floats with exponents, imaginary).
    static func scanNumber(_ s: [UInt8], from i: Int) -> Int {
        let n = s.count
        var j = i
        if s[j] == UInt8(ascii: "0"), j + 1 < n, "xXoObB".utf8.contains(s[j + 1]) {
            j += 2
            while j < n && (isIdentifierContinue(s[j]) && s[j] < 0x80) { j += 1 }
            return j
        }
        while j < n && (isDigit(s[j]) || s[j] == UInt8(ascii: "_") || s[j] == UInt8(ascii: ".")) {
            j += 1
        }
        if j < n && (s[j] == UInt8(ascii: "e") || s[j] == UInt8(ascii: "E")) {
            var k = j + 1
            if k < n && (s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "-")) { k += 1 }
            if k < n && isDigit(s[k]) {
                j = k
                while j < n && (isDigit(s[j]) || s[j] == UInt8(ascii: "_")) { j += 1 }
            }
        }
        if j < n && (s[j] == UInt8(ascii: "j") || s[j] == UInt8(ascii: "J")) { j += 1 }
        return j
    }
}

/// The root of a one-line expression, found from the operators at bracket depth 0.
enum SegmentShape: Equatable {
    /// A binary operation: where the left operand's node ends and the right one's begins.
    case binOp(leftEnd: Int, rightStart: Int)
    /// A subscript: where the value's node ends and the slice's node ends.
    case `subscript`(valueEnd: Int, sliceEnd: Int)

    /// Names that make the root something other than a binary operation or a subscript
    /// (comparisons, boolean operators, conditional expressions, lambdas, statements).
    private static let blockingKeywords: Set<String> = [
        "and", "or", "not", "in", "is", "if", "else", "elif", "lambda", "for", "async", "while",
        "yield", "return", "del", "pass", "break", "continue", "raise", "global", "nonlocal",
        "import", "from", "as", "with", "try", "except", "finally", "class", "def", "assert",
    ]
    private static let operandKeywords: Set<String> = ["True", "False", "None"]
    /// Binary operators and their precedence (higher binds tighter); unary minus sits at 7.
    private static let binaryLevels: [String: Int] = [
        "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
        "*": 6, "/": 6, "//": 6, "%": 6, "@": 6, "**": 8,
    ]

    static func root(_ tokens: [SegmentToken]) -> SegmentShape? {
        guard !tokens.isEmpty else { return nil }
        var ops: [(index: Int, level: Int)] = []
        var afterOperand = false
        var lastOperandWasString = false
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            switch t.kind {
            case .open:
                // After an operand `(` and `[` are trailers (call, subscript); `{` is not.
                if afterOperand && t.text == "{" { return nil }
                i = t.match
                afterOperand = true
                lastOperandWasString = false
            case .close:
                return nil
            case .name:
                if blockingKeywords.contains(t.text) { return nil }
                if t.text == "await" {
                    if afterOperand { return nil }
                    afterOperand = false
                } else {
                    if afterOperand { return nil }
                    afterOperand = true
                }
                lastOperandWasString = false
            case .number:
                if afterOperand { return nil }
                afterOperand = true
                lastOperandWasString = false
            case .string:
                // Adjacent literals concatenate.
                if afterOperand && !lastOperandWasString { return nil }
                afterOperand = true
                lastOperandWasString = true
            case .op:
                if t.text == "." {
                    guard afterOperand, i + 1 < tokens.count, tokens[i + 1].kind == .name else {
                        return nil
                    }
                    i += 1  // the attribute name
                    afterOperand = true
                    lastOperandWasString = false
                    break
                }
                if t.text == "..." {
                    if afterOperand { return nil }
                    afterOperand = true
                    lastOperandWasString = false
                    break
                }
                if afterOperand, let level = binaryLevels[t.text] {
                    ops.append((i, level))
                } else if !afterOperand && (t.text == "+" || t.text == "-" || t.text == "~") {
                    // A unary operator.
                } else {
                    return nil
                }
                afterOperand = false
                lastOperandWasString = false
            }
            i += 1
        }
        guard afterOperand else { return nil }
        let startsUnary = tokens[0].kind == .op || tokens[0].text == "await"

        guard let minLevel = ops.map({ $0.level }).min() else {
            // A primary: a subscript when its last trailer is `[...]`.
            if startsUnary { return nil }
            guard let last = tokens.last, last.kind == .close, last.text == "]",
                  last.match > 0 else { return nil }
            let valueTokens = slice(tokens, 0..<last.match)
            let sliceTokens = slice(tokens, (last.match + 1)..<(tokens.count - 1))
            guard !sliceTokens.isEmpty else { return nil }
            return .subscript(valueEnd: nodeEnd(valueTokens), sliceEnd: nodeEnd(sliceTokens))
        }
        let rootIndex: Int
        if minLevel == 8 {
            // `-a ** b` is -(a ** b); `a ** b ** c` is a ** (b ** c).
            if tokens[0].kind == .op { return nil }
            rootIndex = ops.first { $0.level == 8 }!.index
        } else {
            rootIndex = ops.last { $0.level == minLevel }!.index
        }
        let left = slice(tokens, 0..<rootIndex)
        let right = slice(tokens, (rootIndex + 1)..<tokens.count)
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return .binOp(leftEnd: nodeEnd(left), rightStart: nodeStart(right))
    }

    /// A parenthesised expression is its inner node: CPython's AST positions leave the
    /// parentheses out (but a tuple's or a generator expression's include them).
    private static func groupInner(_ tokens: [SegmentToken]) -> [SegmentToken]? {
        guard tokens.count >= 3, tokens[0].kind == .open, tokens[0].text == "(",
              tokens[0].match == tokens.count - 1 else { return nil }
        let inner = slice(tokens, 1..<(tokens.count - 1))
        var k = 0
        while k < inner.count {
            let t = inner[k]
            if t.kind == .open {
                k = t.match + 1
                continue
            }
            if t.text == "," || (t.kind == .name && t.text == "for") { return nil }
            k += 1
        }
        return inner
    }

    /// The tokens in `range`, with bracket matches re-based to the new start (brackets are
    /// balanced inside any range this file takes).
    private static func slice(_ tokens: [SegmentToken], _ range: Range<Int>) -> [SegmentToken] {
        var out = Array(tokens[range])
        for k in out.indices where out[k].match >= 0 { out[k].match -= range.lowerBound }
        return out
    }

    private static func nodeEnd(_ tokens: [SegmentToken]) -> Int {
        if let inner = groupInner(tokens) { return nodeEnd(inner) }
        return tokens.last!.end
    }

    private static func nodeStart(_ tokens: [SegmentToken]) -> Int {
        if let inner = groupInner(tokens) { return nodeStart(inner) }
        return tokens.first!.start
    }
}
