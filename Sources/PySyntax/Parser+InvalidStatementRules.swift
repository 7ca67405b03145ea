// The `invalid_*` rules of python.gram for statements: bad assignment and `del` targets,
// missing colons, missing indented blocks, and broken `with`, `try` and `except` headers.
// Second pass only, like the other invalid rules.

extension Parser {
    // MARK: - Statements

    /// invalid_assignment
    ///
    /// Annotations of tuples and lists ("only single target (not tuple) can be annotated"),
    /// `a + b: int` ("illegal target for annotation"), `f() = 1`-style targets ("cannot assign
    /// to function call"), `x = yield = 1` and `(a, b) += 1` ("'tuple' is an illegal
    /// expression for augmented assignment"). The targets are found by `invalidTarget`.
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
    /// `del f()` -> "cannot delete function call"; `del *a` -> "cannot delete starred".
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
    /// The generic "expected an indented block" (IndentationError); the statement rules
    /// below usually catch the case first with the header's line in the message.
    func invalidBlock() throws(SyntaxError) {
        try enter()
        defer { leave() }
        if try expect(.newline), try peek() != .indent {
            throw raiseSyntaxError("expected an indented block", kind: .indentationError)
        }
    }

    /// invalid_for_target: 'for' star_expressions
    /// `for f() in x:` -> "cannot assign to function call"; the `in` is read as a comparison,
    /// so the target is its left side.
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
    /// `if x\n` -> "expected ':'" at the newline; `if x:\n` followed by an unindented line
    /// -> "expected an indented block after 'if' statement on line N".
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
    /// Besides the missing block: a `try` body followed by neither handler ("expected
    /// 'except' or 'finally' block"), and `except` mixed with `except*`.
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
    /// `except A, B:` -> "multiple exception types must be parenthesized"; a header without
    /// ':' -> "expected ':'"; `except *:` -> "expected one or more exception types".
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
}
