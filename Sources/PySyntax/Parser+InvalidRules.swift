// The `invalid_*` rules of python.gram, tried only in the second pass. Each either throws the
// specific SyntaxError or returns having matched nothing (the caller resets `mark`).

extension Parser {
    // MARK: - Expressions

    /// invalid_expression: "Perhaps you forgot a comma?" and "expected 'else'".
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
    func invalidNamedExpression() throws(SyntaxError) -> Bool {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoInvalidNamedExpression[start] {
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
        memoInvalidNamedExpression.set(start, MemoEntry(value: nil, end: start), capacity: tokens.count)
        return false
    }

    /// invalid_group: starred expressions in parentheses.
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

    // MARK: - Statements

    /// invalid_assignment
    func invalidAssignment() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try invalidAnnAssignTarget(), try expect(.colon), try expression() != nil {
            throw raiseAt(a.range, "only single target (not \(exprName(a))) can be annotated")
        }
        mark = start
        if let a = try starNamedExpression(), try expect(.comma) {
            _ = try repeated { () throws(SyntaxError) in try self.starNamedExpressions() }
            if try expect(.colon), try expression() != nil {
                throw raiseAt(a.range, "only single target (not tuple) can be annotated")
            }
        }
        mark = start
        if let a = try expression(), try expect(.colon), try expression() != nil {
            throw raiseAt(a.range, "illegal target for annotation")
        }
        mark = start
        // (star_targets '=')* star_expressions '='
        try skipStarTargetsAssignments()
        var m = mark
        if let a = try starExpressions(), try expect(.equal) {
            if let e = invalidTargetError(.starTargets, a) { throw e }
        }
        mark = start
        try skipStarTargetsAssignments()
        m = mark
        if let a = try yieldExpr(), try expect(.equal) {
            throw raiseAt(a.range, "assignment to yield expression not possible")
        }
        mark = start
        _ = m
        if let a = try starExpressions(), try augAssign() != nil, try annotatedRhs() != nil {
            throw raiseAt(a.range,
                          "'\(exprName(a))' is an illegal expression for augmented assignment")
        }
        mark = start
    }

    func skipStarTargetsAssignments() throws(SyntaxError) {
        while true {
            let m = mark
            if try starTargets() != nil, try expect(.equal) { continue }
            mark = m
            return
        }
    }

    /// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    func invalidAnnAssignTarget() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let l = try list() { return l }
        mark = start
        if let t = try tuple() { return t }
        mark = start
        if try expect(.lpar), let a = try invalidAnnAssignTarget(), try expect(.rpar) { return a }
        mark = start
        return nil
    }

    /// invalid_del_stmt: 'del' star_expressions
    func invalidDelStmt() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwDel), let a = try starExpressions() {
            if let e = invalidTargetError(.delTargets, a) { throw e }
        }
        mark = start
    }

    /// invalid_block: NEWLINE !INDENT
    func invalidBlock() throws(SyntaxError) {
        try enter()
        defer { leave() }
        if try expect(.newline), try peek() != .indent {
            throw raiseSyntaxError("expected an indented block", kind: .indentationError)
        }
    }

    /// invalid_for_target: 'for' star_expressions
    func invalidForTarget() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwFor), let a = try starExpressions() {
            if let e = invalidTargetError(.forTargets, a) { throw e }
        }
        mark = start
    }

    /// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    func invalidWithItem() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expression() != nil, try expect(.kwAs), let a = try expression() {
            let k = try peek()
            if k == .comma || k == .rpar || k == .colon {
                if let e = invalidTargetError(.starTargets, a) { throw e }
            }
        }
        mark = start
    }

    /// invalid_import_from_targets: import_from_as_names ',' NEWLINE
    func invalidImportFromTargets() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try importFromAsNames() != nil, try expect(.comma), try expect(.newline) {
            throw raiseSyntaxError("trailing comma not allowed without surrounding parentheses")
        }
        mark = start
    }

    /// The "NEWLINE !INDENT" tail shared by the block-header rules.
    func missingIndentedBlock() throws(SyntaxError) -> Bool {
        if try expect(.newline), try peek() != .indent { return true }
        return false
    }

    func indentationError(_ what: String, line: Int) -> SyntaxError {
        raiseSyntaxError("expected an indented block after \(what) on line \(line)",
                         kind: .indentationError)
    }

    /// invalid_if_stmt / invalid_elif_stmt
    func invalidIfOrElif(_ keyword: TokenKind) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(keyword), try namedExpression() != nil, try expect(.newline) {
            throw raiseSyntaxError("expected ':'")
        }
        mark = start
        if let kw = try expectToken(keyword), let test = try namedExpression(), try expect(.colon),
            try missingIndentedBlock()
        {
            // invalid_if_stmt rebinds `a` to the condition; invalid_elif_stmt uses 'elif'.
            let line = keyword == .kwIf ? test.range.lineno : Int(tokens[kw].lineno)
            throw indentationError(keyword == .kwIf ? "'if' statement" : "'elif' statement",
                                   line: line)
        }
        mark = start
    }

    /// invalid_else_stmt / invalid_finally_stmt: KEYWORD ':' NEWLINE !INDENT
    func invalidBlockHeader(_ keyword: TokenKind, _ what: String) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let kw = try expectToken(keyword), try expect(.colon), try missingIndentedBlock() {
            throw indentationError(what, line: Int(tokens[kw].lineno))
        }
        mark = start
    }

    /// invalid_while_stmt
    func invalidWhileStmt() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwWhile), try namedExpression() != nil, try expect(.newline) {
            throw raiseSyntaxError("expected ':'")
        }
        mark = start
        if let kw = try expectToken(.kwWhile), try namedExpression() != nil, try expect(.colon),
            try missingIndentedBlock()
        {
            throw indentationError("'while' statement", line: Int(tokens[kw].lineno))
        }
        mark = start
    }

    /// invalid_for_stmt
    func invalidForStmt() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwFor), try starTargets() != nil, try expect(.kwIn),
            try starExpressions() != nil, try expect(.newline)
        {
            throw raiseSyntaxError("expected ':'")
        }
        mark = start
        if let kw = try expectToken(.kwFor), try starTargets() != nil, try expect(.kwIn),
            try starExpressions() != nil, try expect(.colon), try missingIndentedBlock()
        {
            throw indentationError("'for' statement", line: Int(tokens[kw].lineno))
        }
        mark = start
    }

    /// invalid_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    func invalidDefRaw() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let kw = try expectToken(.kwDef), try name() != nil, try expect(.lpar) {
            let m = mark
            if try params() == nil { mark = m }
            if try expect(.rpar) {
                let m2 = mark
                if !(try optionalPair(.rarrow, { () throws(SyntaxError) in try self.expression() != nil })) { mark = m2 }
                if try expect(.colon), try missingIndentedBlock() {
                    throw indentationError("function definition", line: Int(tokens[kw].lineno))
                }
            }
        }
        mark = start
    }

    /// invalid_class_def_raw
    func invalidClassDefRaw() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        for alternative in 0..<2 {
            mark = start
            guard let kw = try expectToken(.kwClass), try name() != nil else { break }
            let m = mark
            if try expect(.lpar) {
                let m2 = mark
                if try arguments() == nil { mark = m2 }
                if !(try expect(.rpar)) { mark = m }
            }
            if alternative == 0 {
                if try expect(.newline) { throw raiseSyntaxError("expected ':'") }
            } else if try expect(.colon), try missingIndentedBlock() {
                throw indentationError("class definition", line: Int(tokens[kw].lineno))
            }
        }
        mark = start
    }

    /// The with-items of the error rules: ','.(expression ['as' star_target])+ (or
    /// `expressions` inside parentheses).
    func looseWithItems(parenthesized: Bool) throws(SyntaxError) -> Bool {
        var count = 0
        while true {
            let m = mark
            if count > 0, !(try expect(.comma)) { break }
            let e = parenthesized ? try expressions() : try expression()
            guard e != nil else {
                mark = m
                break
            }
            let m2 = mark
            if !(try optionalPair(.kwAs, { () throws(SyntaxError) in try self.starTarget() != nil })) { mark = m2 }
            count += 1
        }
        return count > 0
    }

    /// invalid_with_stmt: a with header without its ':'.
    func invalidWithStmt() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwWith), try looseWithItems(parenthesized: false), try expect(.newline) {
            throw raiseSyntaxError("expected ':'")
        }
        mark = start
        if try expect(.kwWith), try expect(.lpar), try looseWithItems(parenthesized: true) {
            _ = try expect(.comma)
            if try expect(.rpar), try expect(.newline) { throw raiseSyntaxError("expected ':'") }
        }
        mark = start
    }

    /// invalid_with_stmt_indent
    func invalidWithStmtIndent() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let kw = try expectToken(.kwWith), try looseWithItems(parenthesized: false),
            try expect(.colon), try missingIndentedBlock()
        {
            throw indentationError("'with' statement", line: Int(tokens[kw].lineno))
        }
        mark = start
        if let kw = try expectToken(.kwWith), try expect(.lpar),
            try looseWithItems(parenthesized: true)
        {
            _ = try expect(.comma)
            if try expect(.rpar), try expect(.colon), try missingIndentedBlock() {
                throw indentationError("'with' statement", line: Int(tokens[kw].lineno))
            }
        }
        mark = start
    }

    /// invalid_try_stmt
    func invalidTryStmt() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let kw = try expectToken(.kwTry), try expect(.colon), try missingIndentedBlock() {
            throw indentationError("'try' statement", line: Int(tokens[kw].lineno))
        }
        mark = start
        if try expect(.kwTry), try expect(.colon), try block() != nil {
            let k = try peek()
            if k != .kwExcept && k != .kwFinally {
                throw raiseSyntaxError("expected 'except' or 'finally' block")
            }
        }
        mark = start
        // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
        if try expect(.kwTry), try expect(.colon) {
            _ = try repeated { () throws(SyntaxError) in try self.block() }
            let handlers = try repeated { () throws(SyntaxError) in try self.exceptBlock() }
            if !handlers.isEmpty, let a = try expectToken(.kwExcept), let b = try expectToken(.star),
                try expression() != nil
            {
                let m = mark
                if !(try optionalPair(.kwAs, { () throws(SyntaxError) in try self.name() != nil })) { mark = m }
                if try expect(.colon) {
                    throw raiseRange(range(tokens[a]), range(tokens[b]),
                                     "cannot have both 'except' and 'except*' on the same 'try'")
                }
            }
        }
        mark = start
    }

    /// invalid_except_stmt
    func invalidExceptStmt() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwExcept) {
            _ = try expect(.star)
            if let a = try expression(), try expect(.comma), try expressions() != nil {
                let m = mark
                if !(try optionalPair(.kwAs, { () throws(SyntaxError) in try self.name() != nil })) { mark = m }
                if try expect(.colon) {
                    throw raiseStartingFrom(a.range, "multiple exception types must be parenthesized")
                }
            }
        }
        mark = start
        if try expect(.kwExcept) {
            _ = try expect(.star)
            if try expression() != nil {
                let m = mark
                if !(try optionalPair(.kwAs, { () throws(SyntaxError) in try self.name() != nil })) { mark = m }
                if try expect(.newline) { throw raiseSyntaxError("expected ':'") }
            }
        }
        mark = start
        if try expect(.kwExcept), try expect(.newline) { throw raiseSyntaxError("expected ':'") }
        mark = start
        if try expect(.kwExcept), try expect(.star) {
            let k = try peek()
            if k == .newline || k == .colon {
                mark += 1
                throw raiseSyntaxError("expected one or more exception types")
            }
        }
        mark = start
    }

    /// invalid_except_stmt_indent
    func invalidExceptStmtIndent() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let kw = try expectToken(.kwExcept), try expression() != nil {
            let m = mark
            if !(try optionalPair(.kwAs, { () throws(SyntaxError) in try self.name() != nil })) { mark = m }
            if try expect(.colon), try missingIndentedBlock() {
                throw indentationError("'except' statement", line: Int(tokens[kw].lineno))
            }
        }
        mark = start
        if let kw = try expectToken(.kwExcept), try expect(.colon), try missingIndentedBlock() {
            throw indentationError("'except' statement", line: Int(tokens[kw].lineno))
        }
        mark = start
    }

    // MARK: - Parameters

    /// invalid_parameters / invalid_lambda_parameters
    func invalidParameters(lambda: Bool) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        // param_no_default* invalid_parameters_helper param_no_default
        _ = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
        let m = mark
        var helper = try slashWithDefault(lambda: lambda) != nil
        if !helper {
            mark = m
            helper = !(try repeated { () throws(SyntaxError) in
                try self.paramWithDefault(lambda: lambda)
            }).isEmpty
        }
        if helper, let a = try paramNoDefault(lambda: lambda) {
            throw raiseAt(a.range, "non-default argument follows default argument")
        }
        mark = start
        // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
        _ = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
        if let a = try expectToken(.lpar) {
            var ok: Bool
            if lambda {
                ok = try gather({ () throws(SyntaxError) in
                    if let p = try self.param(lambda: true) {
                        return Expr(.name(p.name, .load), p.range)
                    }
                    return nil
                }) != nil
            } else {
                ok = !(try repeated { () throws(SyntaxError) in
                    try self.paramNoDefault(lambda: false)
                }).isEmpty
            }
            if ok {
                _ = try expect(.comma)
                if let b = try expectToken(.rpar) {
                    throw raiseRange(range(tokens[a]), range(tokens[b]), lambda
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized")
                }
            }
        }
        mark = start
        // "/" ','
        if let a = try expectToken(.slash), try expect(.comma) {
            throw raiseAt(range(tokens[a]), "at least one argument must precede /")
        }
        mark = start
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if try slashEither(lambda: lambda) {
            _ = try repeated { () throws(SyntaxError) in try self.paramMaybeDefault(lambda: lambda) }
            if let a = try expectToken(.slash) {
                throw raiseAt(range(tokens[a]), "/ may appear only once")
            }
        }
        mark = start
        // [slash_no_default | slash_with_default] param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* '/'
        if !(try slashEither(lambda: lambda)) { mark = start }
        _ = try repeated { () throws(SyntaxError) in try self.paramMaybeDefault(lambda: lambda) }
        if try expect(.star) {
            var ok = try expect(.comma)
            if !ok { ok = try paramNoDefault(lambda: lambda) != nil }
            if ok {
                _ = try repeated { () throws(SyntaxError) in
                    try self.paramMaybeDefault(lambda: lambda)
                }
                if let a = try expectToken(.slash) {
                    throw raiseAt(range(tokens[a]), "/ must be ahead of *")
                }
            }
        }
        mark = start
        // param_maybe_default+ '/' '*'
        let some = try repeated { () throws(SyntaxError) in
            try self.paramMaybeDefault(lambda: lambda)
        }
        if !some.isEmpty, try expect(.slash), let a = try expectToken(.star) {
            throw raiseAt(range(tokens[a]), "expected comma between / and *")
        }
        mark = start
    }

    func slashEither(lambda: Bool) throws(SyntaxError) -> Bool {
        let m = mark
        if try slashNoDefault(lambda: lambda) != nil { return true }
        mark = m
        if try slashWithDefault(lambda: lambda) != nil { return true }
        mark = m
        return false
    }

    /// invalid_default: '=' &(')' | ',')
    func invalidDefault() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try expectToken(.equal) {
            let k = try peek()
            if k == .rpar || k == .comma {
                throw raiseAt(range(tokens[a]), "expected default value expression")
            }
        }
        mark = start
    }

    /// invalid_star_etc / invalid_lambda_star_etc
    func invalidStarEtc(lambda: Bool) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        let close: TokenKind = lambda ? .colon : .rpar
        if let a = try expectToken(.star) {
            var bare = try expect(close)
            if !bare, try expect(.comma) {
                let k = try peek()
                bare = k == close || k == .doubleStar
                if bare { mark += 1 }
            }
            if bare {
                if lambda { throw raiseSyntaxError("named arguments must follow bare *") }
                throw raiseAt(range(tokens[a]), "named arguments must follow bare *")
            }
        }
        mark = start
        if try expect(.star), try param(lambda: lambda) != nil, let a = try expectToken(.equal) {
            throw raiseAt(range(tokens[a]), "var-positional argument cannot have default value")
        }
        mark = start
        if try expect(.star) {
            var ok = try paramNoDefault(lambda: lambda) != nil
            if !ok { ok = try expect(.comma) }
            if ok {
                _ = try repeated { () throws(SyntaxError) in
                    try self.paramMaybeDefault(lambda: lambda)
                }
                if let a = try expectToken(.star) {
                    var again = try paramNoDefault(lambda: lambda) != nil
                    if !again { again = try expect(.comma) }
                    if again {
                        throw raiseAt(range(tokens[a]), "* argument may appear only once")
                    }
                }
            }
        }
        mark = start
    }

    /// invalid_kwds / invalid_lambda_kwds
    func invalidKwds(lambda: Bool) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.doubleStar), try param(lambda: lambda) != nil {
            let m = mark
            if let a = try expectToken(.equal) {
                throw raiseAt(range(tokens[a]), "var-keyword argument cannot have default value")
            }
            mark = m
            if try expect(.comma) {
                let m2 = mark
                if let a = try param(lambda: lambda) {
                    throw raiseAt(a.range, "arguments cannot follow var-keyword argument")
                }
                mark = m2
                let k = try peek()
                if k == .star || k == .doubleStar || k == .slash {
                    throw raiseAt(range(tokens[mark]), "arguments cannot follow var-keyword argument")
                }
            }
        }
        mark = start
    }
}
