// Expression rules of Grammar/python.gram ("EXPRESSIONS" down to "Primary elements").
// Left-recursive rules (bitwise_or ... term, primary) are loops: pegen grows them from a seed,
// taking the first alternative that extends the parse, which is what the loops do.

extension Parser {
    /// expressions: expression (',' expression)* [','] — a Tuple when there is a comma.
    func expressions() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard let a = try expression() else {
            mark = start
            return nil
        }
        var elts = [a]
        while true {
            let m = mark
            guard try expect(.comma) else { break }
            guard let b = try expression() else {
                mark = m
                break
            }
            elts.append(b)
        }
        if elts.count > 1 {
            _ = try expect(.comma)
            return Expr(.tuple(elts, .load), range(from: start))
        }
        if try expect(.comma) { return Expr(.tuple(elts, .load), range(from: start)) }
        return a
    }

    /// expression (memo): conditional expressions, disjunctions and lambdas.
    func expression() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoExpression[start], usable(m) {
            mark = m.end
            return m.value
        }
        let r = try expressionBody(start, invalid: callInvalidRules)
        memoExpression.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// expression_without_invalid: the same alternatives with the invalid rules off.
    func expressionWithoutInvalid() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let saved = callInvalidRules
        callInvalidRules = false
        defer { callInvalidRules = saved }
        return try expressionBody(mark, invalid: false)
    }

    func expressionBody(_ start: Int, invalid: Bool) throws(SyntaxError) -> Expr? {
        if invalid {
            try invalidExpression()
            mark = start
            try invalidLegacyExpression()
            mark = start
        }
        if let a = try disjunction() {
            // The alternatives `disjunction 'if' ...` and `disjunction` share one parse of
            // the disjunction (pegen gets the second from its memo).
            let afterA = mark
            if try expect(.kwIf), let b = try disjunction(), try expect(.kwElse),
                let c = try expression()
            {
                return Expr(.ifExp(test: b, body: a, orelse: c), range(from: start))
            }
            mark = afterA
            return a
        }
        mark = start
        if let l = try lambdef() { return l }
        mark = start
        return nil
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    ///
    /// Only reachable where the grammar allows it: statements, the right side of assignments
    /// and parentheses; `x = 1 + yield` is a syntax error.
    func yieldExpr() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard try expect(.kwYield) else { return nil }
        if try expect(.kwFrom) {
            if let a = try expression() {
                return Expr(.yieldFrom(a), range(from: start))
            }
            mark = start + 1
        }
        let m = mark
        let value = try starExpressions()
        if value == nil { mark = m }
        return Expr(.yield(value), range(from: start))
    }

    /// star_expressions: star_expression (',' star_expression)* [','] — a Tuple with a comma.
    func starExpressions() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard let a = try starExpression() else {
            mark = start
            return nil
        }
        var elts = [a]
        while true {
            let m = mark
            guard try expect(.comma) else { break }
            guard let b = try starExpression() else {
                mark = m
                break
            }
            elts.append(b)
        }
        if elts.count > 1 {
            _ = try expect(.comma)
            return Expr(.tuple(elts, .load), range(from: start))
        }
        if try expect(.comma) { return Expr(.tuple(elts, .load), range(from: start)) }
        return a
    }

    /// star_expression (memo): '*' bitwise_or | expression
    ///
    /// The starred operand is a bitwise_or, so `*a or b` is a syntax error, and the Starred
    /// node starts at the star.
    func starExpression() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoStarExpression[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r: Expr? = nil
        if try expect(.star), let a = try bitwiseOr() {
            r = Expr(.starred(a, .load), range(from: start))
        } else {
            mark = start
            r = try expression()
            if r == nil { mark = start }
        }
        memoStarExpression.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// star_named_expressions: ','.star_named_expression+ [',']
    func starNamedExpressions() throws(SyntaxError) -> [Expr]? {
        try enter()
        defer { leave() }
        guard let elts = try gather({ () throws(SyntaxError) in try self.starNamedExpression() })
        else { return nil }
        _ = try expect(.comma)
        return elts
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func starNamedExpression() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.star), let a = try bitwiseOr() {
            return Expr(.starred(a, .load), range(from: start))
        }
        mark = start
        if let e = try namedExpression() { return e }
        mark = start
        return nil
    }

    /// assignment_expression: NAME ':=' ~ expression
    func assignmentExpression() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard try peek() == .name, try peek(1) == .colonEqual else { return nil }
        let target = try name()!
        mark += 1
        if let value = try expression() {
            let t = Expr(.name(nameId(target), .store), target.range)
            return Expr(.namedExpr(target: t, value: value), range(from: start))
        }
        mark = start
        return nil
    }

    /// named_expression: assignment_expression | invalid_named_expression | expression !':='
    func namedExpression() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try assignmentExpression() { return a }
        if callInvalidRules {
            _ = try invalidNamedExpression()
            mark = start
        }
        if let e = try expression(), try peek() != .colonEqual { return e }
        mark = start
        return nil
    }

    /// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    func disjunction() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if secondPass, let m = memoDisjunction[start], usable(m) {
            mark = m.end
            return m.value
        }
        let r = try boolChain(.kwOr, .or) { () throws(SyntaxError) in try self.conjunction() }
        if secondPass {
            memoDisjunction.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        }
        return r
    }

    /// conjunction (memo): inversion ('and' inversion)+ | inversion
    func conjunction() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if secondPass, let m = memoConjunction[start], usable(m) {
            mark = m.end
            return m.value
        }
        let r = try boolChain(.kwAnd, .and) { () throws(SyntaxError) in try self.inversion() }
        if secondPass {
            memoConjunction.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        }
        return r
    }

    func boolChain(_ kw: TokenKind, _ op: BoolOperator,
                   _ operand: () throws(SyntaxError) -> Expr?) throws(SyntaxError) -> Expr? {
        let start = mark
        guard let a = try operand() else {
            mark = start
            return nil
        }
        var values = [a]
        while true {
            let m = mark
            if try expect(kw), let b = try operand() {
                values.append(b)
            } else {
                mark = m
                break
            }
        }
        if values.count == 1 { return a }
        return Expr(.boolOp(op, values), range(from: start))
    }

    /// inversion (memo): 'not' inversion | comparison
    func inversion() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if secondPass, let m = memoInversion[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r: Expr? = nil
        if try expect(.kwNot), let a = try inversion() {
            r = Expr(.unaryOp(.not, a), range(from: start))
        } else {
            mark = start
            r = try comparison()
            if r == nil { mark = start }
        }
        if secondPass {
            memoInversion.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        }
        return r
    }

    /// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    ///
    /// A chain `a < b < c` is one Compare node with two operators, not nested comparisons.
    func comparison() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard let a = try bitwiseOr() else {
            mark = start
            return nil
        }
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while true {
            let m = mark
            guard let op = try compareOperator() else {
                mark = m
                break
            }
            guard let b = try bitwiseOr() else {
                mark = m
                break
            }
            ops.append(op)
            comparators.append(b)
        }
        if ops.isEmpty { return a }
        return Expr(.compare(a, ops, comparators), range(from: start))
    }

    /// The operator of compare_op_bitwise_or_pair, consumed.
    func compareOperator() throws(SyntaxError) -> CompareOperator? {
        let k = try peek()
        switch k {
        case .eqEqual: mark += 1; return .eq
        case .notEqual:
            // `<>` is NOTEQUAL too, but only valid under `from __future__ import barry_as_FLUFL`.
            let t = tokens[mark]
            if source.bytes[Int(t.start)] == 60 { return nil }
            mark += 1
            return .notEq
        case .lessEqual: mark += 1; return .ltE
        case .less: mark += 1; return .lt
        case .greaterEqual: mark += 1; return .gtE
        case .greater: mark += 1; return .gt
        case .kwNot:
            if try peek(1) == .kwIn {
                mark += 2
                return .notIn
            }
            return nil
        case .kwIn: mark += 1; return .in
        case .kwIs:
            mark += 1
            if try expect(.kwNot) { return .isNot }
            return .is
        default: return nil
        }
    }

    /// bitwise_or (left-recursive, memoised): bitwise_or '|' bitwise_xor | bitwise_xor
    func bitwiseOr() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if secondPass, let m = memoBitwiseOr[start], usable(m) {
            mark = m.end
            return m.value
        }
        let r = try binaryChain({ k in k == .vbar ? .bitOr : nil }) { () throws(SyntaxError) in
            try self.bitwiseXor()
        }
        if secondPass {
            memoBitwiseOr.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        }
        return r
    }

    func bitwiseXor() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        return try binaryChain({ k in k == .circumflex ? .bitXor : nil }) {
            () throws(SyntaxError) in try self.bitwiseAnd()
        }
    }

    func bitwiseAnd() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        return try binaryChain({ k in k == .amper ? .bitAnd : nil }) {
            () throws(SyntaxError) in try self.shiftExpr()
        }
    }

    func shiftExpr() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        return try binaryChain({ k in
            k == .leftShift ? .lShift : k == .rightShift ? .rShift : nil
        }) { () throws(SyntaxError) in try self.sum() }
    }

    func sum() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        return try binaryChain({ k in k == .plus ? .add : k == .minus ? .sub : nil }) {
            () throws(SyntaxError) in try self.term()
        }
    }

    func term() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        return try binaryChain({ k in
            switch k {
            case .star: return .mult
            case .slash: return .div
            case .doubleSlash: return .floorDiv
            case .percent: return .mod
            case .at: return .matMult
            default: return nil
            }
        }) { () throws(SyntaxError) in try self.factor() }
    }

    /// A left-associative chain `operand (op operand)*`, built iteratively so that long sums
    /// (`1+1+...`, 100k terms) need no recursion.
    func binaryChain(_ opFor: (TokenKind) -> BinaryOperator?,
                     _ operand: () throws(SyntaxError) -> Expr?) throws(SyntaxError) -> Expr? {
        let start = mark
        guard var left = try operand() else {
            mark = start
            return nil
        }
        while true {
            let m = mark
            guard let op = opFor(try peek()) else { break }
            mark += 1
            guard let right = try operand() else {
                mark = m
                break
            }
            left = Expr(.binOp(left, op, right), range(from: start))
        }
        return left
    }

    /// factor (memo): '+' factor | '-' factor | '~' factor | power
    ///
    /// Recursion per prefix operator: 100,000 minus signs reach the depth limit, as they
    /// exhaust CPython's MAXSTACK. `-2 ** 2` is `-(2 ** 2)` because power binds tighter.
    func factor() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if secondPass, let m = memoFactor[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r: Expr? = nil
        let k = try peek()
        let op: UnaryOperator? = k == .plus ? .uAdd : k == .minus ? .uSub : k == .tilde ? .invert : nil
        if let op {
            mark += 1
            if let a = try factor() {
                r = Expr(.unaryOp(op, a), range(from: start))
            } else {
                mark = start
            }
        } else {
            r = try power()
            if r == nil { mark = start }
        }
        if secondPass {
            memoFactor.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        }
        return r
    }

    /// power: await_primary '**' factor | await_primary
    func power() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard let a = try awaitPrimary() else {
            mark = start
            return nil
        }
        let m = mark
        if try expect(.doubleStar), let b = try factor() {
            return Expr(.binOp(a, .pow, b), range(from: start))
        }
        mark = m
        return a
    }
}

extension Parser {
    /// `[KEYWORD rule]` in an error rule: true when both parts matched.
    func optionalPair(_ k: TokenKind, _ rule: () throws(SyntaxError) -> Bool)
        throws(SyntaxError) -> Bool
    {
        guard try expect(k) else { return false }
        return try rule()
    }
}
