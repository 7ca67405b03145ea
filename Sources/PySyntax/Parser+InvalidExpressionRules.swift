// The `invalid_*` rules of python.gram for expressions, displays and call arguments. They are
// tried only in the second pass (`callInvalidRules`); each either throws the specific
// SyntaxError or returns having matched nothing, and the caller resets `mark`.

extension Parser {
    // MARK: - Expressions

    /// invalid_expression: "Perhaps you forgot a comma?" and "expected 'else'".
    ///
    /// `[a b]` gives "invalid syntax. Perhaps you forgot a comma?" over `a b`, but only inside
    /// brackets (the level of the last token read), and not after `print`/`exec` (the legacy
    /// rule below has a better message) or a soft keyword such as `match x`, which may be a
    /// statement. `x = 1 if y` gives "expected 'else' after 'if' expression".
    func invalidExpression() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
        var blocked = false
        if try peek() == .name {
            if try peek(1) == .string { blocked = true }
            if isSoftKeyword(tokens[mark]) { blocked = true }
        }
        if !blocked, let a = try disjunction(), let b = try expressionWithoutInvalid() {
            if !isLegacyStatementName(a) && tokens[mark - 1].level != 0 {
                throw raiseRange(a.range, b.range, "invalid syntax. Perhaps you forgot a comma?")
            }
        }
        mark = start
        // disjunction 'if' disjunction !('else' | ':')
        if let a = try disjunction(), try expect(.kwIf), let b = try disjunction() {
            let k = try peek()
            if k != .kwElse && k != .colon {
                throw raiseRange(a.range, b.range, "expected 'else' after 'if' expression")
            }
        }
        mark = start
    }

    /// `_PyPegen_soft_keyword_token` in 3.11 compares only the NAME's length of each soft
    /// keyword (`strncmp(keyword, name, len(name))`), so any prefix of "_", "case" or "match"
    /// (such as `c` or `ma`) counts as one. Error messages depend on it, so we keep the quirk.
    func isSoftKeyword(_ t: Token) -> Bool {
        let s = source.text(Int(t.start), Int(t.end))
        return "_".hasPrefix(s) || "case".hasPrefix(s) || "match".hasPrefix(s)
    }

    /// `_PyPegen_check_legacy_stmt`: `print` and `exec` used as statements.
    func isLegacyStatementName(_ e: Expr) -> Bool {
        if case .name(let id, _) = e.kind { return id == "print" || id == "exec" }
        return false
    }

    /// invalid_legacy_expression: NAME !'(' star_expressions, for `print x` and `exec x`.
    /// The rule parses `star_expressions` after any name and only then checks the name, so
    /// it reads (and may raise inside) what follows even when the name is not `print`.
    func invalidLegacyExpression() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try name(), try peek() != .lpar, let b = try starExpressions() {
            if isLegacyStatementName(a) {
                let id = nameId(a)
                throw raiseRange(a.range, b.range,
                                 "Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?")
            }
        }
        mark = start
    }

    /// invalid_named_expression (memo): misuse of ':=' and '=' inside expressions.
    ///
    /// `(a.b := 1)` -> "cannot use assignment expressions with attribute";
    /// `if x = 1:` -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    /// `f() = 1` -> "cannot assign to function call here. Maybe you meant '==' instead of '='?".
    /// Only failure is memoised: success throws.
    func invalidNamedExpression() throws(SyntaxError) -> Bool {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoInvalidNamedExpression[start], usable(m) {
            mark = m.end
            return false
        }
        if let a = try expression(), try expect(.colonEqual), try expression() != nil {
            throw raiseAt(a.range, "cannot use assignment expressions with \(exprName(a))")
        }
        mark = start
        if let a = try name(), try expect(.equal), let b = try bitwiseOr() {
            let k = try peek()
            if k != .equal && k != .colonEqual {
                throw raiseRange(a.range, b.range,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            }
        }
        mark = start
        var blocked = false
        switch try peek() {
        case .kwTrue, .kwNone, .kwFalse: blocked = true
        case .lsqb:
            blocked = try list() != nil
            mark = start
        case .lpar:
            blocked = try tuple() != nil
            mark = start
            if !blocked {
                blocked = try genexp() != nil
                mark = start
            }
        default: break
        }
        if !blocked, let a = try bitwiseOr(), try expect(.equal), try bitwiseOr() != nil {
            let k = try peek()
            if k != .equal && k != .colonEqual {
                throw raiseAt(a.range,
                              "cannot assign to \(exprName(a)) here. Maybe you meant '==' instead of '='?")
            }
        }
        mark = start
        memoInvalidNamedExpression.set(start, MemoEntry(value: nil, end: start, offMode: !callInvalidRules), capacity: tokens.count)
        return false
    }

    /// invalid_group: starred expressions in parentheses.
    /// `(*a)` -> "cannot use starred expression here"; `(**a)` the double-starred variant.
    func invalidGroup() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        guard try expect(.lpar) else { return }
        if let a = try starredExpression(), try expect(.rpar) {
            throw raiseAt(a.range, "cannot use starred expression here")
        }
        mark = start + 1
        if let a = try expectToken(.doubleStar), try expression() != nil, try expect(.rpar) {
            throw raiseAt(range(tokens[a]), "cannot use double starred expression here")
        }
        mark = start
    }

    /// invalid_comprehension: unpacking or an unparenthesised tuple as a comprehension target.
    ///
    /// `[*a for a in b]` -> "iterable unpacking cannot be used in comprehension";
    /// `[a, b for a, b in c]` -> "did you forget parentheses around the comprehension target?".
    /// Reached through genexp too, so in the second pass it also looks into `[` and `{` that
    /// follow a primary (`q {1 n}`): that is how CPython finds errors there.
    func invalidComprehension() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        let open = try peek()
        guard open == .lsqb || open == .lpar || open == .lbrace else { return }
        mark += 1
        if let a = try starredExpression(), try forIfClauses() != nil {
            throw raiseAt(a.range, "iterable unpacking cannot be used in comprehension")
        }
        mark = start
        guard open != .lpar else { return }
        mark += 1
        if let a = try starNamedExpression(), try expect(.comma),
            let b = try starNamedExpressions(), try forIfClauses() != nil
        {
            throw raiseRange(a.range, b.last!.range,
                             "did you forget parentheses around the comprehension target?")
        }
        mark = start + 1
        if let a = try starNamedExpression(), let comma = try expectToken(.comma),
            try forIfClauses() != nil
        {
            throw raiseRange(a.range, range(tokens[comma]),
                             "did you forget parentheses around the comprehension target?")
        }
        mark = start
    }

    /// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
    /// `{**a for a in b}` -> "dict unpacking cannot be used in dict comprehension".
    func invalidDictComprehension() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lbrace), let a = try expectToken(.doubleStar), try bitwiseOr() != nil,
            try forIfClauses() != nil, try expect(.rbrace)
        {
            throw raiseAt(range(tokens[a]), "dict unpacking cannot be used in dict comprehension")
        }
        mark = start
    }

    /// invalid_double_starred_kvpairs (after the '{').
    ///
    /// `{1: *a}` -> "cannot use a starred expression in a dictionary value", reported from the
    /// star to where the tokenizer stands; `{1: }` -> "expression expected after dictionary key
    /// and ':'"; after a complete pair, `{1: 2, n}` is handed to invalid_kvpair.
    func invalidDoubleStarredKvpairs() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        var count = 0
        while true {
            let m = mark
            if count > 0, !(try expect(.comma)) { break }
            if try doubleStarredKvpair() == nil {
                mark = m
                break
            }
            count += 1
        }
        if count > 0, try expect(.comma) {
            try invalidKvpair()
        }
        mark = start
        if try expression() != nil, try expect(.colon), let a = try expectToken(.star),
            try bitwiseOr() != nil
        {
            throw raiseStartingFrom(range(tokens[a]),
                                    "cannot use a starred expression in a dictionary value")
        }
        mark = start
        if try expression() != nil, let a = try expectToken(.colon) {
            let k = try peek()
            if k == .rbrace || k == .comma {
                throw raiseAt(range(tokens[a]), "expression expected after dictionary key and ':'")
            }
        }
        mark = start
    }

    /// invalid_kvpair
    /// `{1: 2, n}` -> "':' expected after dictionary key", with an end column of -1 (CPython
    /// reports no end for it), and the starred/missing value messages for later pairs.
    func invalidKvpair() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try expression(), try peek() != .colon {
            throw raiseError("':' expected after dictionary key", lineno: a.range.lineno,
                             col: a.range.endColOffset - 1, endLineno: a.range.endLineno,
                             endCol: -1)
        }
        mark = start
        if try expression() != nil, try expect(.colon), let a = try expectToken(.star),
            try bitwiseOr() != nil
        {
            throw raiseStartingFrom(range(tokens[a]),
                                    "cannot use a starred expression in a dictionary value")
        }
        mark = start
        if try expression() != nil, let a = try expectToken(.colon) {
            let k = try peek()
            if k == .rbrace || k == .comma {
                throw raiseAt(range(tokens[a]), "expression expected after dictionary key and ':'")
            }
        }
        mark = start
    }

    // MARK: - Calls

    /// invalid_arguments
    ///
    /// `f(k=1, *a)` after keywords -> "iterable argument unpacking follows keyword argument
    /// unpacking"; `f(x for x in y, 1)` -> "Generator expression must be parenthesized";
    /// `f(a=1 for a in b)` -> the '==' or ':=' hint; `f(a=1, b)` -> "positional argument follows
    /// keyword argument" (or "... keyword argument unpacking" after `**`). That last message
    /// has no location of its own: it points at the last token read.
    func invalidArguments() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        // (','.positional+ ',' kwargs | kwargs) ',' '*': a starred argument after keywords.
        // (3.11.7 reports it at the '*'; only arguments that end in keywords qualify.)
        var endsInKeywords = false
        if try gather({ () throws(SyntaxError) in try self.positionalArgument() }) != nil,
            try expect(.comma), try kwargs() != nil
        {
            endsInKeywords = true
        } else {
            mark = start
            endsInKeywords = try kwargs() != nil
        }
        if endsInKeywords, try expect(.comma), let star = try expectToken(.star) {
            throw raiseAt(range(tokens[star]),
                          "iterable argument unpacking follows keyword argument unpacking")
        }
        mark = start
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        if let a = try expression(), let b = try forIfClauses(), try expect(.comma) {
            let m = mark
            if try args() == nil {
                mark = m
                if try expression() == nil {
                    mark = m
                } else if try forIfClauses() == nil {
                    mark = m
                }
            }
            throw raiseRange(a.range, lastComprehensionItem(b.last!).range,
                             "Generator expression must be parenthesized")
        }
        mark = start
        // NAME '=' expression for_if_clauses
        if let a = try name(), let eq = try expectToken(.equal), try expression() != nil,
            try forIfClauses() != nil
        {
            throw raiseRange(a.range, range(tokens[eq]),
                             "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        mark = start
        // args for_if_clauses
        if let a = try args(), let b = try forIfClauses() {
            if a.args.count > 1 {
                throw raiseRange(a.args[a.args.count - 1].range,
                                 lastComprehensionItem(b.last!).range,
                                 "Generator expression must be parenthesized")
            }
        }
        mark = start
        // args ',' expression for_if_clauses
        if try args() != nil, try expect(.comma), let a = try expression(),
            let b = try forIfClauses()
        {
            throw raiseRange(a.range, lastComprehensionItem(b.last!).range,
                             "Generator expression must be parenthesized")
        }
        mark = start
        // args ',' args
        if let a = try args(), try expect(.comma), try args() != nil {
            let unpacking = a.keywords.contains { $0.name == nil }
            throw raiseSyntaxError(unpacking
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument")
        }
        mark = start
    }

    func lastComprehensionItem(_ c: Comprehension) -> Expr {
        c.ifs.last ?? c.iter
    }

    /// invalid_kwarg
    /// `f(True=1)` -> "cannot assign to True"; `f(a.b=1)` -> "expression cannot contain
    /// assignment, perhaps you meant \"==\"?".
    func invalidKwarg() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        let k = try peek()
        if k == .kwTrue || k == .kwFalse || k == .kwNone {
            let a = tokens[mark]
            mark += 1
            if let b = try expectToken(.equal) {
                throw raiseRange(range(a), range(tokens[b]),
                                 "cannot assign to \(source.text(Int(a.start), Int(a.end)))")
            }
        }
        mark = start
        if let a = try name(), let b = try expectToken(.equal), try expression() != nil,
            try forIfClauses() != nil
        {
            throw raiseRange(a.range, range(tokens[b]),
                             "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        mark = start
        // !(NAME '=') expression '='
        if try peek() == .name, try peek(1) == .equal {
            return
        }
        if let a = try expression(), let b = try expectToken(.equal) {
            throw raiseRange(a.range, range(tokens[b]),
                             "expression cannot contain assignment, perhaps you meant \"==\"?")
        }
        mark = start
    }
}
