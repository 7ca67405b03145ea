// Call arguments (python.gram "FUNCTION CALL ARGUMENTS"). CPython's `args` rule builds a dummy
// Call node; we keep its two lists and its range, which the error rules use as a location.

/// The positional and keyword arguments of a call or class header, and where they were written.
struct CallArguments {
    var args: [Expr]
    var keywords: [Keyword]
    var range: SourceRange
}

/// `KeywordOrStarred` in Parser/pegen.h: kwargs mixes `name=value`, `**m` and `*it`.
enum KeywordOrStarred {
    case keyword(Keyword)
    case starred(Expr)
}

extension Parser {
    /// arguments (memo): args [','] &')' | invalid_arguments
    ///
    /// Memoised because a call is parsed twice at statement level: once by the target rules
    /// (`f(x).y = 1`) and once as an expression.
    func arguments() throws(SyntaxError) -> CallArguments? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoArguments[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r: CallArguments? = nil
        if let a = try args() {
            _ = try expect(.comma)
            if try peek() == .rpar { r = a }
        }
        if r == nil {
            mark = start
            if callInvalidRules {
                try invalidArguments()
                mark = start
            }
        }
        memoArguments.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    ///           [',' kwargs]
    ///     | kwargs
    func args() throws(SyntaxError) -> CallArguments? {
        try enter()
        defer { leave() }
        let start = mark
        if let positional = try gather({ () throws(SyntaxError) in try self.positionalArgument() }) {
            var args = positional
            var keywords: [Keyword] = []
            let m = mark
            if try expect(.comma), let k = try kwargs() {
                for item in k {
                    switch item {
                    case .starred(let e): args.append(e)
                    case .keyword(let kw): keywords.append(kw)
                    }
                }
            } else {
                mark = m
            }
            return CallArguments(args: args, keywords: keywords, range: range(from: start))
        }
        mark = start
        if let k = try kwargs() {
            var args: [Expr] = []
            var keywords: [Keyword] = []
            for item in k {
                switch item {
                case .starred(let e): args.append(e)
                case .keyword(let kw): keywords.append(kw)
                }
            }
            return CallArguments(args: args, keywords: keywords, range: range(from: start))
        }
        mark = start
        return nil
    }

    /// starred_expression | (assignment_expression | expression !':=') !'='
    func positionalArgument() throws(SyntaxError) -> Expr? {
        let start = mark
        if let s = try starredExpression() { return s }
        mark = start
        if let e = try comprehensionElement(), try peek() != .equal { return e }
        mark = start
        return nil
    }

    /// After the first keyword, `*it` may still follow (`f(a=1, *b)`) but a plain positional
    /// may not; after `**m` only keywords and `**` may. `*` items found here join `args`, in
    /// order, as `_PyPegen_collect_call_seqs` does.
    ///
    /// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    ///       | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    func kwargs() throws(SyntaxError) -> [KeywordOrStarred]? {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try gatherKwargs(doubleStarred: false) {
            let m = mark
            if try expect(.comma), let b = try gatherKwargs(doubleStarred: true) {
                return a + b
            }
            mark = m
            return a
        }
        mark = start
        if let b = try gatherKwargs(doubleStarred: true) { return b }
        mark = start
        return nil
    }

    func gatherKwargs(doubleStarred: Bool) throws(SyntaxError) -> [KeywordOrStarred]? {
        let start = mark
        guard let first = try kwargOr(doubleStarred: doubleStarred) else {
            mark = start
            return nil
        }
        var out = [first]
        while true {
            let m = mark
            guard try expect(.comma) else { break }
            guard let k = try kwargOr(doubleStarred: doubleStarred) else {
                mark = m
                break
            }
            out.append(k)
        }
        return out
    }

    /// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    /// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    func kwargOr(doubleStarred: Bool) throws(SyntaxError) -> KeywordOrStarred? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidKwarg()
            mark = start
        }
        if try peek() == .name, try peek(1) == .equal {
            let n = tokens[mark]
            mark += 2
            if let value = try expression() {
                return .keyword(Keyword(name: identifier(n), value: value, range: range(from: start)))
            }
            mark = start
        }
        if doubleStarred {
            if try expect(.doubleStar), let value = try expression() {
                return .keyword(Keyword(name: nil, value: value, range: range(from: start)))
            }
        } else if let s = try starredExpression() {
            return .starred(s)
        }
        mark = start
        return nil
    }

    /// starred_expression: '*' expression — in calls and subscripts the operand is a full
    /// expression (`f(*a or b)`), unlike displays where it is a bitwise_or.
    func starredExpression() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.star), let e = try expression() {
            return Expr(.starred(e, .load), range(from: start))
        }
        mark = start
        return nil
    }
}
