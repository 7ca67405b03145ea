// Compound statements (python.gram "COMPOUND STATEMENTS"): blocks, def, class, if, while, for,
// with and try. `match`, `try`/`except*` and `async` forms are not supported.

extension Parser {
    /// compound_stmt: dispatches on the first token, as the grammar's lookaheads do.
    func compoundStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        switch try peek() {
        case .kwDef:
            return try functionDef()
        case .at:
            if let f = try functionDef() { return f }
            mark = start
            return try classDef()
        case .kwIf: return try ifStmt()
        case .kwClass: return try classDef()
        case .kwWith: return try withStmt()
        case .kwFor: return try forStmt()
        case .kwTry: return try tryStmt()
        case .kwWhile: return try whileStmt()
        case .kwAsync:
            // CPython's alternatives read the token after ASYNC, so other errors point past it.
            let next = try peek(1)
            if next == .kwDef || next == .kwFor || next == .kwWith {
                let kw = source.text(Int(tokens[mark + 1].start), Int(tokens[mark + 1].end))
                throw unsupported("'async \(kw)' statements", at: start)
            }
            return nil
        case .name:
            return try matchStmt()
        default: return nil
        }
    }

    /// match_stmt: the soft keyword `match`. Pattern matching is not supported: a match
    /// statement with its `case` block is reported as such; the error rules of
    /// `invalid_match_stmt` still give CPython's messages for broken headers.
    func matchStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        guard source.text(Int(tokens[mark].start), Int(tokens[mark].end)) == "match" else {
            return nil
        }
        mark += 1
        if try subjectExpr() != nil {
            let m = mark
            if try expect(.colon), try expect(.newline), try expect(.indent), try peek() == .name,
                source.text(Int(tokens[mark].start), Int(tokens[mark].end)) == "case"
            {
                throw unsupported("'match' statements", at: start)
            }
            mark = m
            if callInvalidRules {
                if try expect(.newline) { throw raiseSyntaxError("expected ':'") }
                mark = m
                if try expect(.colon), try missingIndentedBlock() {
                    throw indentationError("'match' statement", line: Int(tokens[start].lineno))
                }
            }
        }
        mark = start
        return nil
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    func subjectExpr() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let first = try starNamedExpression(), try expect(.comma) {
            var elts = [first]
            let m = mark
            if let rest = try starNamedExpressions() { elts += rest } else { mark = m }
            return Expr(.tuple(elts, .load), range(from: start))
        }
        mark = start
        if let e = try namedExpression() { return e }
        mark = start
        return nil
    }

    /// The error for a construct of Python 3.11 that this parser leaves out, at token `i`.
    func unsupported(_ what: String, at i: Int) -> SyntaxError {
        let t = tokens[i]
        return raiseError("\(what) are not supported", lineno: Int(t.lineno), col: Int(t.colOffset),
                          endLineno: Int(t.endLineno), endCol: Int(t.endColOffset))
    }

    /// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    ///
    /// Memoised because if/elif/try headers are parsed by several alternatives that all read
    /// the same block. A statement's range ends at its block's last real token (NEWLINE,
    /// INDENT and DEDENT are skipped by `lastNonWhitespaceToken`).
    func block() throws(SyntaxError) -> [Stmt]? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoBlock[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r: [Stmt]? = nil
        if try expect(.newline), try expect(.indent), let body = try statements(),
            try expect(.dedent)
        {
            r = body
        } else {
            mark = start
            r = try simpleStmts()
            if r == nil {
                mark = start
                if callInvalidRules {
                    try invalidBlock()
                    mark = start
                }
            }
        }
        memoBlock.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// decorators: ('@' named_expression NEWLINE)+
    func decorators() throws(SyntaxError) -> [Expr]? {
        try enter()
        defer { leave() }
        var out: [Expr] = []
        while true {
            let m = mark
            if try expect(.at), let e = try namedExpression(), try expect(.newline) {
                out.append(e)
            } else {
                mark = m
                break
            }
        }
        return out.isEmpty ? nil : out
    }

    /// Decorators are parsed before the statement and attached afterwards, so the node's
    /// range stays that of the `def`/`class` line onwards, as in CPython.
    ///
    /// class_def: decorators class_def_raw | class_def_raw. The decorated node keeps the
    /// position of the `class` line (`_PyPegen_class_def_decorators`).
    func classDef() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if let d = try decorators() {
            if var c = try classDefRaw(),
                case .classDef(let name, let bases, let keywords, let body, _) = c.kind
            {
                c.kind = .classDef(name: name, bases: bases, keywords: keywords, body: body,
                                   decorators: d)
                return c
            }
            mark = start
            return nil
        }
        return try classDefRaw()
    }

    /// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
    func classDefRaw() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidClassDefRaw()
            mark = start
        }
        guard try expect(.kwClass), let n = try name() else {
            mark = start
            return nil
        }
        var args: CallArguments? = nil
        let m = mark
        if try expect(.lpar) {
            let m2 = mark
            args = try arguments()
            if args == nil { mark = m2 }
            if !(try expect(.rpar)) {
                mark = m
                args = nil
            }
        }
        if try expect(.colon), let body = try block() {
            return Stmt(.classDef(name: nameId(n), bases: args?.args ?? [],
                                  keywords: args?.keywords ?? [], body: body, decorators: []),
                        range(from: start))
        }
        mark = start
        return nil
    }

    /// function_def: decorators function_def_raw | function_def_raw
    func functionDef() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if let d = try decorators() {
            if var f = try functionDefRaw(),
                case .functionDef(let name, let args, let body, _, let returns) = f.kind
            {
                f.kind = .functionDef(name: name, args: args, body: body, decorators: d,
                                      returns: returns)
                return f
            }
            mark = start
            return nil
        }
        return try functionDefRaw()
    }

    /// function_def_raw: invalid_def_raw
    ///     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    func functionDefRaw() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidDefRaw()
            mark = start
        }
        guard try expect(.kwDef), let n = try name() else {
            mark = start
            return nil
        }
        try expectForced(.lpar, "(")
        let m = mark
        var params = try params()
        if params == nil {
            mark = m
            params = Arguments()
        }
        guard try expect(.rpar) else {
            mark = start
            return nil
        }
        var returns: Expr? = nil
        let m2 = mark
        if try expect(.rarrow) {
            returns = try expression()
            if returns == nil { mark = m2 }
        }
        try expectForced(.colon, ":")
        guard let body = try block() else {
            mark = start
            return nil
        }
        return Stmt(.functionDef(name: nameId(n), args: params!, body: body, decorators: [],
                                 returns: returns), range(from: start))
    }

    /// if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt
    ///        | 'if' named_expression ':' block [else_block]
    func ifStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        return try conditional(.kwIf)
    }

    /// elif_stmt: the same shape as if_stmt, starting at 'elif'.
    func elifStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        return try conditional(.kwElif)
    }

    /// Shared body of if_stmt and elif_stmt: an `elif` becomes a nested If in `orelse`, whose
    /// range starts at the `elif` keyword.
    func conditional(_ keyword: TokenKind) throws(SyntaxError) -> Stmt? {
        let start = mark
        if callInvalidRules {
            try invalidIfOrElif(keyword)
            mark = start
        }
        guard try expect(keyword), let test = try namedExpression(), try expect(.colon),
            let body = try block()
        else {
            mark = start
            return nil
        }
        let m = mark
        if let elif = try elifStmt() {
            return Stmt(.if(test: test, body: body, orelse: [elif]), range(from: start))
        }
        mark = m
        let orelse = try elseBlock()
        if orelse == nil { mark = m }
        return Stmt(.if(test: test, body: body, orelse: orelse ?? []), range(from: start))
    }

    /// else_block: invalid_else_stmt | 'else' &&':' block
    func elseBlock() throws(SyntaxError) -> [Stmt]? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidBlockHeader(.kwElse, "'else' statement")
            mark = start
        }
        guard try expect(.kwElse) else { return nil }
        try expectForced(.colon, ":")
        if let b = try block() { return b }
        mark = start
        return nil
    }

    /// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    func whileStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidWhileStmt()
            mark = start
        }
        guard try expect(.kwWhile), let test = try namedExpression(), try expect(.colon),
            let body = try block()
        else {
            mark = start
            return nil
        }
        let m = mark
        let orelse = try elseBlock()
        if orelse == nil { mark = m }
        return Stmt(.while(test: test, body: body, orelse: orelse ?? []), range(from: start))
    }

    /// for_stmt: invalid_for_stmt
    ///     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    ///     | invalid_for_target
    func forStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidForStmt()
            mark = start
        }
        if try expect(.kwFor), let target = try starTargets(), try expect(.kwIn) {
            // Cut: from here a failure fails the statement.
            guard let iter = try starExpressions(), try expect(.colon), let body = try block()
            else {
                mark = start
                return nil
            }
            let m = mark
            let orelse = try elseBlock()
            if orelse == nil { mark = m }
            return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse ?? []),
                        range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidForTarget()
            mark = start
        }
        return nil
    }

    /// with_stmt: invalid_with_stmt_indent
    ///     | 'with' '(' ','.with_item+ ','? ')' ':' block
    ///     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    ///     | invalid_with_stmt
    func withStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidWithStmtIndent()
            mark = start
        }
        if try expect(.kwWith), try expect(.lpar), let items = try withItems() {
            _ = try expect(.comma)
            if try expect(.rpar), try expect(.colon), let body = try block() {
                return Stmt(.with(items: items, body: body), range(from: start))
            }
        }
        mark = start
        if try expect(.kwWith), let items = try withItems(), try expect(.colon),
            let body = try block()
        {
            return Stmt(.with(items: items, body: body), range(from: start))
        }
        mark = start
        if callInvalidRules {
            try invalidWithStmt()
            mark = start
        }
        return nil
    }

    /// ','.with_item+
    func withItems() throws(SyntaxError) -> [WithItem]? {
        let start = mark
        var out: [WithItem] = []
        while true {
            let m = mark
            if !out.isEmpty, !(try expect(.comma)) { break }
            guard let item = try withItem() else {
                mark = m
                break
            }
            out.append(item)
        }
        if out.isEmpty { mark = start }
        return out.isEmpty ? nil : out
    }

    /// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    ///
    /// `with (a, b):` is two items in parentheses, while `with (a, b) as c:` is one item
    /// whose context expression is a tuple: the parenthesised alternative is tried first and
    /// fails at `as` for the latter.
    func withItem() throws(SyntaxError) -> WithItem? {
        try enter()
        defer { leave() }
        let start = mark
        if let e = try expression(), try expect(.kwAs), let t = try starTarget() {
            let k = try peek()
            if k == .comma || k == .rpar || k == .colon {
                return WithItem(contextExpr: e, optionalVars: t)
            }
        }
        mark = start
        if callInvalidRules {
            try invalidWithItem()
            mark = start
        }
        if let e = try expression() { return WithItem(contextExpr: e, optionalVars: nil) }
        mark = start
        return nil
    }

    /// `try:` without handlers is only valid with `finally`; `else` needs at least one
    /// `except`. The `&&':'` is a forced token: its absence is "expected ':'" at once, even in
    /// the first pass.
    ///
    /// try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
    ///     | 'try' &&':' block except_block+ [else_block] [finally_block]
    func tryStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidTryStmt()
            mark = start
        }
        guard try expect(.kwTry) else { return nil }
        try expectForced(.colon, ":")
        guard let body = try block() else {
            mark = start
            return nil
        }
        let afterBody = mark
        if let f = try finallyBlock() {
            return Stmt(.try(body: body, handlers: [], orelse: [], finalbody: f), range(from: start))
        }
        mark = afterBody
        var handlers: [ExceptHandler] = []
        while true {
            let m = mark
            guard let h = try exceptBlock() else {
                mark = m
                break
            }
            handlers.append(h)
        }
        if handlers.isEmpty {
            mark = start
            return nil
        }
        var m = mark
        let orelse = try elseBlock()
        if orelse == nil { mark = m }
        m = mark
        let finalbody = try finallyBlock()
        if finalbody == nil { mark = m }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse ?? [],
                         finalbody: finalbody ?? []), range(from: start))
    }

    /// except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block
    ///     | 'except' ':' block | invalid_except_stmt
    func exceptBlock() throws(SyntaxError) -> ExceptHandler? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidExceptStmtIndent()
            mark = start
        }
        if try expect(.kwExcept), let type = try expression() {
            var asName: String? = nil
            let m = mark
            if try expect(.kwAs) {
                if let n = try name() { asName = nameId(n) } else { mark = m }
            }
            if try expect(.colon), let body = try block() {
                return ExceptHandler(type: type, name: asName, body: body, range: range(from: start))
            }
        }
        mark = start
        if try expect(.kwExcept), try expect(.colon), let body = try block() {
            return ExceptHandler(type: nil, name: nil, body: body, range: range(from: start))
        }
        mark = start
        if try expect(.kwExcept), try expect(.star), try expression() != nil {
            let m = mark
            if !(try optionalPair(.kwAs, { () throws(SyntaxError) in try self.name() != nil })) {
                mark = m
            }
            if try expect(.colon) { throw unsupported("'except*' clauses", at: start) }
        }
        mark = start
        if callInvalidRules {
            try invalidExceptStmt()
            mark = start
        }
        return nil
    }

    /// finally_block: invalid_finally_stmt | 'finally' &&':' block
    func finallyBlock() throws(SyntaxError) -> [Stmt]? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidBlockHeader(.kwFinally, "'finally' statement")
            mark = start
        }
        guard try expect(.kwFinally) else { return nil }
        try expectForced(.colon, ":")
        if let b = try block() { return b }
        mark = start
        return nil
    }
}
