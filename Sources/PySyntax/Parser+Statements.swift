// Start rules and simple statements (python.gram "STARTING RULES" and "SIMPLE STATEMENTS").

extension Parser {
    /// file: [statements] ENDMARKER
    func fileRule() throws(SyntaxError) -> Mod? {
        try enter()
        defer { leave() }
        let body = try statements() ?? []
        guard try expect(.endMarker) else { return nil }
        return .module(body)
    }

    /// interactive: statement_newline. There is no Interactive case in `Mod`, so the
    /// statements come back as a module.
    func interactiveRule() throws(SyntaxError) -> Mod? {
        try enter()
        defer { leave() }
        guard let body = try statementNewline() else { return nil }
        return .module(body)
    }

    /// eval: expressions NEWLINE* ENDMARKER
    func evalRule() throws(SyntaxError) -> Mod? {
        try enter()
        defer { leave() }
        guard let e = try expressions() else { return nil }
        while try expect(.newline) {}
        guard try expect(.endMarker) else { return nil }
        return .expression(e)
    }

    /// fstring: star_expressions (the replacement-field parser's start rule)
    func fstringRule() throws(SyntaxError) -> Mod? {
        try enter()
        defer { leave() }
        guard let e = try starExpressions() else { return nil }
        return .expression(e)
    }

    /// statements: statement+
    func statements() throws(SyntaxError) -> [Stmt]? {
        try enter()
        defer { leave() }
        var out: [Stmt] = []
        while true {
            let m = mark
            guard let s = try statement() else {
                mark = m
                break
            }
            out.append(contentsOf: s)
        }
        return out.isEmpty ? nil : out
    }

    /// statement: compound_stmt | simple_stmts
    func statement() throws(SyntaxError) -> [Stmt]? {
        try enter()
        defer { leave() }
        let start = mark
        if let s = try compoundStmt() { return [s] }
        mark = start
        if let s = try simpleStmts() { return s }
        mark = start
        return nil
    }

    /// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
    ///
    /// The NEWLINE after a compound statement is the one `_PyPegen_fill_token` makes up at
    /// the end of input in single mode; an empty line parses as `pass`.
    func statementNewline() throws(SyntaxError) -> [Stmt]? {
        try enter()
        defer { leave() }
        let start = mark
        if let s = try compoundStmt(), try expect(.newline) { return [s] }
        mark = start
        if let s = try simpleStmts() { return s }
        mark = start
        if try expect(.newline) {
            return [Stmt(.pass, range(from: start))]
        }
        // ENDMARKER: `_PyPegen_interactive_exit` fails the parse.
        return nil
    }

    /// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    ///
    /// The first alternative is pegen's fast path for the common one-statement line; the
    /// second re-reads the memoised first statement.
    func simpleStmts() throws(SyntaxError) -> [Stmt]? {
        try enter()
        defer { leave() }
        let start = mark
        if let s = try simpleStmt(), try peek() != .semi, try expect(.newline) { return [s] }
        mark = start
        guard let first = try simpleStmt() else {
            mark = start
            return nil
        }
        var out = [first]
        while true {
            let m = mark
            guard try expect(.semi) else { break }
            guard let s = try simpleStmt() else {
                mark = m
                break
            }
            out.append(s)
        }
        _ = try expect(.semi)
        if try expect(.newline) { return out }
        mark = start
        return nil
    }

    /// simple_stmt (memo): assignment | star_expressions | the keyword statements.
    ///
    /// An expression statement's Expr node has the expression's range; `x = yield` and
    /// `yield x` statements put a Yield inside.
    func simpleStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoSimpleStmt[start], usable(m) {
            mark = m.end
            return m.value
        }
        let r = try simpleStmtBody(start)
        if r == nil { mark = start }
        memoSimpleStmt.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    func simpleStmtBody(_ start: Int) throws(SyntaxError) -> Stmt? {
        let k = try peek()
        // Statements that begin with a keyword can match neither an assignment nor an
        // expression; skipping those two attempts reads no token that CPython would not.
        switch k {
        case .kwReturn, .kwImport, .kwFrom, .kwRaise, .kwPass, .kwDel, .kwAssert, .kwBreak,
            .kwContinue, .kwGlobal, .kwNonlocal:
            break
        default:
            if let a = try assignment() { return a }
            mark = start
            if let e = try starExpressions() { return Stmt(.expr(e), range(from: start)) }
            mark = start
        }
        switch k {
        case .kwReturn:
            mark += 1
            let m = mark
            let value = try starExpressions()
            if value == nil { mark = m }
            return Stmt(.return(value), range(from: start))
        case .kwImport, .kwFrom:
            return try importStmt()
        case .kwRaise:
            return try raiseStmt()
        case .kwPass:
            mark += 1
            return Stmt(.pass, range(from: start))
        case .kwDel:
            return try delStmt()
        case .kwYield:
            if let y = try yieldExpr() { return Stmt(.expr(y), range(from: start)) }
            return nil
        case .kwAssert:
            return try assertStmt()
        case .kwBreak:
            mark += 1
            return Stmt(.break, range(from: start))
        case .kwContinue:
            mark += 1
            return Stmt(.continue, range(from: start))
        case .kwGlobal, .kwNonlocal:
            mark += 1
            guard let names = try gather({ () throws(SyntaxError) in try self.name() }) else {
                mark = start
                return nil
            }
            let ids = names.map { nameId($0) }
            return Stmt(k == .kwGlobal ? .global(ids) : .nonlocal(ids), range(from: start))
        default:
            return nil
        }
    }

    /// assignment: annotated, chained and augmented assignments (see python.gram).
    ///
    /// Every simple statement that is not a keyword statement tries these alternatives before
    /// being read as an expression; targets are parsed by the target rules (t_primary), whose
    /// calls and subscripts are memoised, so the expression parse that follows is cheap.
    func assignment() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        // NAME ':' expression ['=' annotated_rhs]
        if try peek() == .name, try peek(1) == .colon {
            let n = try name()!
            mark += 1
            if let annotation = try expression() {
                let value = try optionalAnnotatedValue()
                let target = Expr(.name(nameId(n), .store), n.range)
                return Stmt(.annAssign(target: target, annotation: annotation, value: value,
                                       simple: true), range(from: start))
            }
            mark = start
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression [...]
        var target: Expr? = nil
        if try expect(.lpar), let t = try singleTarget(), try expect(.rpar) {
            target = t
        } else {
            mark = start
            target = try subscriptAttributeTarget(.store)
        }
        if let target {
            if try expect(.colon), let annotation = try expression() {
                let value = try optionalAnnotatedValue()
                return Stmt(.annAssign(target: target, annotation: annotation, value: value,
                                       simple: false), range(from: start))
            }
        }
        mark = start
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        var targets: [Expr] = []
        while true {
            let m = mark
            if let t = try starTargets(), try expect(.equal) {
                targets.append(t)
            } else {
                mark = m
                break
            }
        }
        if !targets.isEmpty {
            let m = mark
            var value = try yieldExpr()
            if value == nil {
                mark = m
                value = try starExpressions()
            }
            if let value, try peek() != .equal {
                return Stmt(.assign(targets: targets, value: value), range(from: start))
            }
        }
        mark = start
        // single_target augassign ~ (yield_expr | star_expressions)
        if let t = try singleTarget(), let op = try augAssign() {
            let m = mark
            var value = try yieldExpr()
            if value == nil {
                mark = m
                value = try starExpressions()
            }
            if let value {
                return Stmt(.augAssign(target: t, op, value: value), range(from: start))
            }
            // The cut: the other alternatives (invalid_assignment) are not tried.
            mark = start
            return nil
        }
        mark = start
        if callInvalidRules {
            try invalidAssignment()
            mark = start
        }
        return nil
    }

    /// ['=' annotated_rhs], where annotated_rhs: yield_expr | star_expressions
    func optionalAnnotatedValue() throws(SyntaxError) -> Expr? {
        let m = mark
        if try expect(.equal) {
            if let y = try yieldExpr() { return y }
            mark = m + 1
            if let e = try starExpressions() { return e }
        }
        mark = m
        return nil
    }

    /// annotated_rhs: yield_expr | star_expressions
    func annotatedRhs() throws(SyntaxError) -> Expr? {
        let m = mark
        if let y = try yieldExpr() { return y }
        mark = m
        if let e = try starExpressions() { return e }
        mark = m
        return nil
    }

    /// augassign: '+=' | '-=' | ... (consumed)
    func augAssign() throws(SyntaxError) -> BinaryOperator? {
        let op: BinaryOperator
        switch try peek() {
        case .plusEqual: op = .add
        case .minEqual: op = .sub
        case .starEqual: op = .mult
        case .atEqual: op = .matMult
        case .slashEqual: op = .div
        case .percentEqual: op = .mod
        case .amperEqual: op = .bitAnd
        case .vbarEqual: op = .bitOr
        case .circumflexEqual: op = .bitXor
        case .leftShiftEqual: op = .lShift
        case .rightShiftEqual: op = .rShift
        case .doubleStarEqual: op = .pow
        case .doubleSlashEqual: op = .floorDiv
        default: return nil
        }
        mark += 1
        return op
    }

    /// raise_stmt: 'raise' expression ['from' expression] | 'raise' — a bare `raise from x`
    /// is an error, since the cause needs an exception.
    func raiseStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        guard try expect(.kwRaise) else { return nil }
        if let exc = try expression() {
            var cause: Expr? = nil
            let m = mark
            if try expect(.kwFrom) {
                cause = try expression()
                if cause == nil { mark = m }
            }
            return Stmt(.raise(exc: exc, cause: cause), range(from: start))
        }
        mark = start + 1
        return Stmt(.raise(exc: nil, cause: nil), range(from: start))
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    func delStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwDel), let targets = try delTargets() {
            let k = try peek()
            if k == .semi || k == .newline {
                return Stmt(.delete(targets), range(from: start))
            }
        }
        mark = start
        if callInvalidRules {
            try invalidDelStmt()
            mark = start
        }
        return nil
    }

    /// assert_stmt: 'assert' expression [',' expression]
    func assertStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        guard try expect(.kwAssert), let test = try expression() else {
            mark = start
            return nil
        }
        var msg: Expr? = nil
        let m = mark
        if try expect(.comma) {
            msg = try expression()
            if msg == nil { mark = m }
        }
        return Stmt(.assert(test: test, msg: msg), range(from: start))
    }

    /// import_stmt: import_name | import_from
    ///
    /// Relative imports count dots into `level`; `...` is one ELLIPSIS token worth three.
    func importStmt() throws(SyntaxError) -> Stmt? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwImport) {
            if let names = try dottedAsNames() {
                return Stmt(.import(names), range(from: start))
            }
            mark = start
            return nil
        }
        guard try expect(.kwFrom) else { return nil }
        // 'from' ('.' | '...')* dotted_name 'import' import_from_targets
        var level = 0
        while true {
            let k = try peek()
            if k == .dot {
                level += 1
            } else if k == .ellipsis {
                level += 3
            } else {
                break
            }
            mark += 1
        }
        let afterDots = mark
        if let module = try dottedName(), try expect(.kwImport),
            let names = try importFromTargets()
        {
            return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
        }
        mark = afterDots
        if level > 0, try expect(.kwImport), let names = try importFromTargets() {
            return Stmt(.importFrom(module: nil, names: names, level: level), range(from: start))
        }
        mark = start
        return nil
    }

    /// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
    ///     | '*' | invalid_import_from_targets
    func importFromTargets() throws(SyntaxError) -> [Alias]? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.lpar), let names = try importFromAsNames() {
            _ = try expect(.comma)
            if try expect(.rpar) { return names }
        }
        mark = start
        if let names = try importFromAsNames(), try peek() != .comma { return names }
        mark = start
        if try expect(.star) {
            return [Alias(name: "*", asname: nil, range: range(from: start))]
        }
        if callInvalidRules {
            try invalidImportFromTargets()
            mark = start
        }
        return nil
    }

    /// import_from_as_names: ','.import_from_as_name+
    func importFromAsNames() throws(SyntaxError) -> [Alias]? {
        let start = mark
        var out: [Alias] = []
        while true {
            let m = mark
            if !out.isEmpty, !(try expect(.comma)) { break }
            let s = mark
            guard let n = try name() else {
                mark = m
                break
            }
            var asname: String? = nil
            let m2 = mark
            if try expect(.kwAs) {
                if let a = try name() { asname = nameId(a) } else { mark = m2 }
            }
            out.append(Alias(name: nameId(n), asname: asname, range: range(from: s)))
        }
        if out.isEmpty { mark = start }
        return out.isEmpty ? nil : out
    }

    /// dotted_as_names: ','.dotted_as_name+
    func dottedAsNames() throws(SyntaxError) -> [Alias]? {
        let start = mark
        var out: [Alias] = []
        while true {
            let m = mark
            if !out.isEmpty, !(try expect(.comma)) { break }
            let s = mark
            guard let n = try dottedName() else {
                mark = m
                break
            }
            var asname: String? = nil
            let m2 = mark
            if try expect(.kwAs) {
                if let a = try name() { asname = nameId(a) } else { mark = m2 }
            }
            out.append(Alias(name: n, asname: asname, range: range(from: s)))
        }
        if out.isEmpty { mark = start }
        return out.isEmpty ? nil : out
    }

    /// dotted_name: dotted_name '.' NAME | NAME — joined into one string, as alias names and
    /// `ImportFrom.module` store them (`os.path`).
    func dottedName() throws(SyntaxError) -> String? {
        guard let first = try name() else { return nil }
        var s = nameId(first)
        while true {
            let m = mark
            if try expect(.dot), let n = try name() {
                s += "." + nameId(n)
            } else {
                mark = m
                break
            }
        }
        return s
    }
}
