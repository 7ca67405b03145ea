// Atoms, displays, comprehensions and lambda (python.gram "atom" through "Comprehensions").

extension Parser {
    /// atom: NAME | True | False | None | strings | NUMBER | tuple/group/genexp | list/listcomp
    ///     | dict/set/dictcomp/setcomp | '...'
    func atom() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        let t = try token(mark)
        switch t.kind {
        case .name:
            return try name()
        case .kwTrue:
            mark += 1
            return Expr(.constant(.bool(true)), range(t))
        case .kwFalse:
            mark += 1
            return Expr(.constant(.bool(false)), range(t))
        case .kwNone:
            mark += 1
            return Expr(.constant(.none), range(t))
        case .string:
            return try strings()
        case .number:
            mark += 1
            return Expr(.constant(try numberValue(t)), range(t))
        // The three bracketed forms are tried in grammar order; each failure is cheap
        // because the elements are memoised by `expression`.
        case .lpar:
            if let e = try tuple() { return e }
            mark = start
            if let e = try group() { return e }
            mark = start
            if let e = try genexp() { return e }
            mark = start
            return nil
        case .lsqb:
            if let e = try list() { return e }
            mark = start
            if let e = try listcomp() { return e }
            mark = start
            return nil
        case .lbrace:
            if let e = try dict() { return e }
            mark = start
            if let e = try set() { return e }
            mark = start
            if let e = try dictcomp() { return e }
            mark = start
            if let e = try setcomp() { return e }
            mark = start
            return nil
        case .ellipsis:
            mark += 1
            return Expr(.constant(.ellipsis), range(t))
        default:
            return nil
        }
    }

    /// strings (memo): STRING+, concatenated (and f-strings parsed) by the action.
    ///
    /// The loop reads the token after the last STRING before the action runs, so errors
    /// raised while decoding (bad escapes, f-string errors) point at that next token, as
    /// CPython's do.
    func strings() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoStrings[start], usable(m) {
            mark = m.end
            return m.value
        }
        var indices: [Int] = []
        while try peek() == .string {
            indices.append(mark)
            mark += 1
        }
        var r: Expr? = nil
        if !indices.isEmpty {
            r = try concatenateStrings(indices)
        }
        memoStrings.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    ///
    /// A parenthesised tuple's range includes the parentheses; a bare `a, b` tuple (in
    /// star_expressions) starts at its first element.
    func tuple() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard try expect(.lpar) else { return nil }
        var elts: [Expr] = []
        let m = mark
        if let y = try starNamedExpression(), try expect(.comma) {
            elts.append(y)
            let m2 = mark
            if let z = try starNamedExpressions() {
                elts.append(contentsOf: z)
            } else {
                mark = m2
            }
        } else {
            mark = m
        }
        if try expect(.rpar) {
            return Expr(.tuple(elts, .load), range(from: start))
        }
        mark = start
        return nil
    }

    /// group: '(' (yield_expr | named_expression) ')' | invalid_group
    ///
    /// The inner node is returned as it is: a parenthesised expression keeps its own range,
    /// as in CPython's AST.
    func group() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lpar) {
            var inner = try yieldExpr()
            if inner == nil {
                mark = start + 1
                inner = try namedExpression()
            }
            if let inner, try expect(.rpar) { return inner }
        }
        mark = start
        if callInvalidRules {
            try invalidGroup()
            mark = start
        }
        return nil
    }

    /// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
    ///
    /// The generator's range includes its parentheses, also when it is the sole argument of
    /// a call (`f(x for x in y)`), where they are the call's.
    ///       | invalid_comprehension
    func genexp() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lpar), let elt = try comprehensionElement(),
            let gens = try forIfClauses(), try expect(.rpar)
        {
            return Expr(.generatorExp(elt: elt, gens), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidComprehension()
            mark = start
        }
        return nil
    }

    /// ( assignment_expression | expression !':=' )
    func comprehensionElement() throws(SyntaxError) -> Expr? {
        let start = mark
        if let a = try assignmentExpression() { return a }
        mark = start
        if let e = try expression(), try peek() != .colonEqual { return e }
        mark = start
        return nil
    }

    /// list: '[' [star_named_expressions] ']'
    func list() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard try expect(.lsqb) else { return nil }
        let m = mark
        let elts = try starNamedExpressions()
        if elts == nil { mark = m }
        if try expect(.rsqb) {
            return Expr(.list(elts ?? [], .load), range(from: start))
        }
        mark = start
        return nil
    }

    /// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    func listcomp() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lsqb), let elt = try namedExpression(), let gens = try forIfClauses(),
            try expect(.rsqb)
        {
            return Expr(.listComp(elt: elt, gens), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidComprehension()
            mark = start
        }
        return nil
    }

    /// set: '{' star_named_expressions '}'
    func set() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lbrace), let elts = try starNamedExpressions(), try expect(.rbrace) {
            return Expr(.set(elts), range(from: start))
        }
        mark = start
        return nil
    }

    /// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    func setcomp() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lbrace), let elt = try namedExpression(), let gens = try forIfClauses(),
            try expect(.rbrace)
        {
            return Expr(.setComp(elt: elt, gens), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidComprehension()
            mark = start
        }
        return nil
    }

    /// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    func dict() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lbrace) {
            let m = mark
            var pairs = try doubleStarredKvpairs()
            if pairs == nil {
                mark = m
                pairs = []
            }
            if try expect(.rbrace) {
                return Expr(.dict(keys: pairs!.map { $0.0 }, values: pairs!.map { $0.1 }),
                            range(from: start))
            }
        }
        mark = start
        if callInvalidRules {
            if try expect(.lbrace) {
                try invalidDoubleStarredKvpairs()
            }
            mark = start
        }
        return nil
    }

    /// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    func doubleStarredKvpairs() throws(SyntaxError) -> [(Expr?, Expr)]? {
        try enter()
        defer { leave() }
        let start = mark
        guard let first = try doubleStarredKvpair() else {
            mark = start
            return nil
        }
        var out = [first]
        while true {
            let m = mark
            guard try expect(.comma) else { break }
            guard let p = try doubleStarredKvpair() else {
                mark = m
                break
            }
            out.append(p)
        }
        _ = try expect(.comma)
        return out
    }

    /// double_starred_kvpair: '**' bitwise_or | kvpair
    func doubleStarredKvpair() throws(SyntaxError) -> (Expr?, Expr)? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.doubleStar), let a = try bitwiseOr() {
            return (nil, a)
        }
        mark = start
        if let kv = try kvpair() { return (kv.0, kv.1) }
        mark = start
        return nil
    }

    /// kvpair: expression ':' expression
    func kvpair() throws(SyntaxError) -> (Expr, Expr)? {
        try enter()
        defer { leave() }
        let start = mark
        if let k = try expression(), try expect(.colon), let v = try expression() {
            return (k, v)
        }
        mark = start
        return nil
    }

    /// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    func dictcomp() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lbrace), let kv = try kvpair(), let gens = try forIfClauses(),
            try expect(.rbrace)
        {
            return Expr(.dictComp(key: kv.0, value: kv.1, gens), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidDictComprehension()
            mark = start
        }
        return nil
    }

    /// for_if_clauses: for_if_clause+
    func forIfClauses() throws(SyntaxError) -> [Comprehension]? {
        try enter()
        defer { leave() }
        var out: [Comprehension] = []
        while true {
            let m = mark
            guard let c = try forIfClause() else {
                mark = m
                break
            }
            out.append(c)
        }
        return out.isEmpty ? nil : out
    }

    /// for_if_clause: 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    ///
    /// The iterable and the conditions are disjunctions: `[x for x in a if b else c]` is an
    /// error, and a lambda or conditional expression there needs parentheses.
    ///              | invalid_for_target
    func forIfClause() throws(SyntaxError) -> Comprehension? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwFor), let target = try starTargets(), try expect(.kwIn) {
            // Cut: past 'in', failing here fails the clause.
            guard let iter = try disjunction() else {
                mark = start
                return nil
            }
            var ifs: [Expr] = []
            while true {
                let m = mark
                if try expect(.kwIf), let cond = try disjunction() {
                    ifs.append(cond)
                } else {
                    mark = m
                    break
                }
            }
            return Comprehension(target: target, iter: iter, ifs: ifs)
        }
        mark = start
        if callInvalidRules {
            try invalidForTarget()
            mark = start
        }
        return nil
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    ///
    /// A lambda without parameters still gets an empty `arguments` node.
    func lambdef() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard try expect(.kwLambda) else { return nil }
        let m = mark
        var params = try lambdaParams()
        if params == nil {
            mark = m
            params = Arguments()
        }
        if try expect(.colon), let body = try expression() {
            return Expr(.lambda(params!, body: body), range(from: start))
        }
        mark = start
        return nil
    }
}
