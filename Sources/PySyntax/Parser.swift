// The parser: a hand-written PEG parser that follows Grammar/python.gram of CPython 3.11 rule by
// rule (Parser+*.swift), with CPython's two passes: a fast one, and on failure a second one with
// the `invalid_*` rules switched on to find a specific message (Parser/pegen.c,
// `_PyPegen_run_parser`). Backtracking and memoisation mirror pegen's so that the furthest
// token read, which is where "invalid syntax" points, is the same token CPython reports.

/// The grammar's start rules (`Py_file_input`, `Py_eval_input`, `Py_single_input` and
/// `Py_fstring_input`, the last for f-string replacement fields).
enum StartRule {
    case exec, eval, single, fstring
}

/// A memoised rule result: the node (nil when the rule failed) and where it ended.
struct MemoEntry<T> {
    var value: T?
    var end: Int
    /// Recorded while the invalid rules were off (the first pass, or `expression_without_invalid`).
    var offMode = false
}

/// One rule's memo: results by token position. CPython hangs a linked list off each token; a
/// dense index per rule is faster here and costs four bytes per token per memoised rule.
struct MemoTable<T> {
    private var index: [Int32] = []
    private var entries: [MemoEntry<T>] = []

    @inline(__always)
    subscript(_ position: Int) -> MemoEntry<T>? {
        guard position < index.count else { return nil }
        let i = Int(index[position])
        return i == 0 ? nil : entries[i - 1]
    }

    /// Records a result; `capacity` is the number of tokens (positions never exceed it).
    @inline(__always)
    mutating func set(_ position: Int, _ entry: MemoEntry<T>, capacity: Int) {
        if index.isEmpty { index = [Int32](repeating: 0, count: capacity + 1) }
        let i = Int(index[position])
        if i != 0 {
            entries[i - 1] = entry
        } else {
            entries.append(entry)
            index[position] = Int32(entries.count)
        }
    }

    mutating func removeAll() {
        index = []
        entries = []
    }
}

final class Parser {
    let source: SourceBuffer
    let filename: String
    let mode: StartRule
    /// Every token up to the first tokenizer error or the end; the parser "fetches" them lazily
    /// by moving `fill`, so a tokenizer error only counts once the parser reads that far.
    let tokens: UnsafeMutableBufferPointer<Token>
    /// The tokenizer as it was when it stopped: its error and bracket stack.
    let tokenizerEnd: Tokenizer
    @exclusivity(unchecked) var mark = 0
    /// How many tokens the parser has looked at (`p->fill`).
    @exclusivity(unchecked) var fill = 0
    /// The second pass: the `invalid_*` rules are tried (`p->call_invalid_rules`).
    @exclusivity(unchecked) var callInvalidRules = false
    /// The second pass has begun (inside it `callInvalidRules` is off at times).
    var secondPass = false
    /// Rule nesting depth (`p->level`), bounded like CPython's MAXSTACK.
    @exclusivity(unchecked) var level = 0
    static let maxStack = 6000
    /// Set by rules that report an error at a token other than the last one read.
    var knownErrorToken: Int?
    /// For f-string replacement fields: where the field sits in the enclosing file.
    var startingLineno = 0
    var startingColOffset = 0
    /// Nesting of f-string format specs (CPython allows two levels).
    var fstringDepth = 0

    // Memo tables for the rules CPython marks `(memo)` and its left-recursive rules. The
    // expression-chain tables (disjunction, conjunction, inversion, bitwise_or, factor) are
    // only used in the second pass: in the first no rule asks for them twice at one position
    // (expression shares its disjunction), so there they would only cost time.
    @exclusivity(unchecked) var memoExpression = MemoTable<Expr>()
    @exclusivity(unchecked) var memoDisjunction = MemoTable<Expr>()
    @exclusivity(unchecked) var memoConjunction = MemoTable<Expr>()
    @exclusivity(unchecked) var memoInversion = MemoTable<Expr>()
    @exclusivity(unchecked) var memoStarExpression = MemoTable<Expr>()
    @exclusivity(unchecked) var memoBitwiseOr = MemoTable<Expr>()
    @exclusivity(unchecked) var memoFactor = MemoTable<Expr>()
    @exclusivity(unchecked) var memoPrimary = MemoTable<Expr>()
    @exclusivity(unchecked) var memoTPrimary = MemoTable<Expr>()
    @exclusivity(unchecked) var memoStarTarget = MemoTable<Expr>()
    @exclusivity(unchecked) var memoTargetWithStarAtom = MemoTable<Expr>()
    @exclusivity(unchecked) var memoDelTarget = MemoTable<Expr>()
    @exclusivity(unchecked) var memoStrings = MemoTable<Expr>()
    @exclusivity(unchecked) var memoArguments = MemoTable<CallArguments>()
    @exclusivity(unchecked) var memoSimpleStmt = MemoTable<Stmt>()
    @exclusivity(unchecked) var memoBlock = MemoTable<[Stmt]>()
    @exclusivity(unchecked) var memoInvalidNamedExpression = MemoTable<Expr>()

    /// Tokenizes `buffer` to the end (or to the first tokenizer error). `linenoBase`,
    /// `startingLineno` and `startingColOffset` place an f-string replacement field's text
    /// where it sits in the enclosing file.
    init(buffer: SourceBuffer, filename: String, mode: StartRule, linenoBase: Int = 0,
         startingLineno: Int = 0, startingColOffset: Int = 0) {
        self.source = buffer
        self.filename = filename
        self.mode = mode
        self.startingLineno = startingLineno
        self.startingColOffset = startingColOffset
        var tokenizer = Tokenizer(buffer: buffer, filename: filename)
        tokenizer.lineno = linenoBase
        var list: [Token] = []
        list.reserveCapacity(buffer.count / 4 + 16)
        // `_PyPegen_fill_token`: in single mode the end of input becomes a NEWLINE (twice when
        // an indented block is open, around the DEDENTs that close it).
        var parsingStarted = false
        while true {
            var t = tokenizer.next()
            if mode == .single && t.kind == .endMarker && parsingStarted {
                t.kind = .newline
                parsingStarted = false
                if tokenizer.indstack.count > 1 {
                    tokenizer.pendin = -(tokenizer.indstack.count - 1)
                    tokenizer.indstack = [0]
                    tokenizer.altindstack = [0]
                }
            } else {
                parsingStarted = true
            }
            if startingLineno != 0 && Int(t.endLineno) == startingLineno {
                // Replacement-field tokens on the field's first line sit after the f-string's
                // opening text (`p->starting_col_offset` in initialize_token).
                if t.colOffset >= 0 { t.colOffset += Int32(startingColOffset) }
                if t.endColOffset >= 0 { t.endColOffset += Int32(startingColOffset) }
            }
            list.append(t)
            if t.kind == .errorToken || (t.kind == .endMarker) { break }
        }
        tokens = UnsafeMutableBufferPointer<Token>.allocate(capacity: list.count)
        _ = tokens.initialize(from: list)
        tokenizerEnd = tokenizer
    }

    deinit { tokens.deallocate() }

    // MARK: - Reading tokens

    /// The token at `i`, which must be at most `fill`; reading a new one may raise the
    /// tokenizer's error, as `_PyPegen_fill_token` does.
    @inline(__always)
    func token(_ i: Int) throws(SyntaxError) -> Token {
        if i < fill { return tokens[i] }
        return try fetch(i)
    }

    /// Reads token `i` for the first time: this is the moment CPython's lazy tokenizer would
    /// produce it, so an error token raises here and not before.
    func fetch(_ i: Int) throws(SyntaxError) -> Token {
        fill = i + 1
        let t = tokens[i]
        if t.kind == .errorToken { throw tokenizerError(at: i) }
        return t
    }

    /// The kind of the current token.
    @inline(__always)
    func peek() throws(SyntaxError) -> TokenKind {
        if mark < fill { return tokens[mark].kind }
        return try fetch(mark).kind
    }

    /// The kind of the token `n` places ahead (fetching the ones between).
    func peek(_ n: Int) throws(SyntaxError) -> TokenKind {
        for i in mark...(mark + n) where i >= fill {
            _ = try fetch(i)
        }
        return tokens[mark + n].kind
    }

    /// Consumes the current token if it is of kind `k` (`_PyPegen_expect_token`).
    @inline(__always)
    func expect(_ k: TokenKind) throws(SyntaxError) -> Bool {
        if try peek() == k {
            mark += 1
            return true
        }
        return false
    }

    /// Like `expect` but returns the token's index.
    @inline(__always)
    func expectToken(_ k: TokenKind) throws(SyntaxError) -> Int? {
        if try peek() == k {
            mark += 1
            return mark - 1
        }
        return nil
    }

    /// `&&'x'`: the token must be there; otherwise "expected 'x'" at the current token.
    func expectForced(_ k: TokenKind, _ text: String) throws(SyntaxError) {
        if try peek() == k {
            mark += 1
            return
        }
        let t = tokens[mark]
        throw raiseError(
            "expected '\(text)'", lineno: Int(t.lineno), col: Int(t.colOffset),
            endLineno: Int(t.endLineno), endCol: Int(t.endColOffset))
    }

    /// The NAME token's text, consuming it.
    func name() throws(SyntaxError) -> Expr? {
        guard try peek() == .name else { return nil }
        let t = tokens[mark]
        mark += 1
        return Expr(.name(identifier(t), .load), range(t))
    }

    func identifier(_ t: Token) -> String {
        let s = source.text(Int(t.start), Int(t.end))
        return Identifier.normalize(s)
    }

    // MARK: - Positions

    func range(_ t: Token) -> SourceRange {
        SourceRange(lineno: Int(t.lineno), colOffset: Int(t.colOffset),
                    endLineno: Int(t.endLineno), endColOffset: Int(t.endColOffset))
    }

    /// EXTRA: from the token at `start` to the last non-whitespace token before `mark`.
    func range(from start: Int) -> SourceRange {
        let s = tokens[start]
        let e = lastNonWhitespaceToken()
        return SourceRange(lineno: Int(s.lineno), colOffset: Int(s.colOffset),
                           endLineno: Int(e.endLineno), endColOffset: Int(e.endColOffset))
    }

    /// `_PyPegen_get_last_nonnwhitespace_token`: skips NEWLINE, INDENT, DEDENT and ENDMARKER.
    func lastNonWhitespaceToken() -> Token {
        var m = mark - 1
        while m > 0 {
            let k = tokens[m].kind
            if k != .endMarker && k != .newline && k != .indent && k != .dedent { break }
            m -= 1
        }
        return tokens[max(m, 0)]
    }

    // MARK: - Recursion depth

    /// Every rule counts one level, so that pathological nesting ends in an error instead of a
    /// stack overflow (CPython 3.11 raises MemoryError at MAXSTACK; we raise a SyntaxError).
    @inline(__always)
    func enter() throws(SyntaxError) {
        level += 1
        if level > Parser.maxStack { throw tooComplex() }
    }

    @inline(__always)
    func leave() { level -= 1 }

    func tooComplex() -> SyntaxError {
        let t = tokens[min(mark, tokens.count - 1)]
        var e = raiseError(
            "too complex", lineno: Int(t.lineno), col: max(Int(t.colOffset), 0),
            endLineno: Int(t.endLineno), endCol: Int(t.endColOffset))
        e.message = "Parser stack overflowed - Python source too complex to parse"
        return e
    }

    // MARK: - Memo

    /// Whether a memo entry may answer now. A failure recorded while the invalid rules were
    /// off (inside `expression_without_invalid`) does not stop a parse with them on from trying
    /// again: measured against CPython 3.11.7 on thousands of broken displays, this is what
    /// reproduces its choice of message there (pegen's exact bookkeeping differs; successes are
    /// shared in both directions, as in pegen).
    @inline(__always)
    func usable<T>(_ m: MemoEntry<T>) -> Bool {
        !(m.value == nil && m.offMode && callInvalidRules)
    }

    func resetForSecondPass() {
        mark = 0
        callInvalidRules = true
        secondPass = true
        memoExpression.removeAll()
        memoDisjunction.removeAll()
        memoConjunction.removeAll()
        memoInversion.removeAll()
        memoStarExpression.removeAll()
        memoBitwiseOr.removeAll()
        memoFactor.removeAll()
        memoPrimary.removeAll()
        memoTPrimary.removeAll()
        memoStarTarget.removeAll()
        memoTargetWithStarAtom.removeAll()
        memoDelTarget.removeAll()
        memoStrings.removeAll()
        memoArguments.removeAll()
        memoSimpleStmt.removeAll()
        memoBlock.removeAll()
        memoInvalidNamedExpression.removeAll()
    }
}
