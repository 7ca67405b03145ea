import BigInt
import PySyntax

// Statements (`compiler_visit_stmt` and the functions it calls in Python/compile.c).

extension Compiler {
    func visitStmts(_ stmts: [Stmt]) throws(SyntaxError) {
        for s in stmts { try visitStmt(s) }
    }

    /// `compiler_visit_stmt`: every statement starts at its own location.
    func visitStmt(_ s: Stmt) throws(SyntaxError) {
        setLoc(s.range)
        switch s.kind {
        case .functionDef:
            try compileFunction(s)
        case .classDef:
            try compileClass(s)
        case .return(let value):
            try compileReturn(s, value)
        case .delete(let targets):
            for t in targets { try visitExpr(t) }
        case .assign(let targets, let value):
            try visitExpr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { b.addOp(.copy, 1) }
                try visitExpr(t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(s, target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnAssign(target, annotation, value, simple)
        case .for(let target, let iter, let body, let orelse):
            try compileFor(target, iter, body, orelse)
        case .while(let test, let body, let orelse):
            try compileWhile(s, test, body, orelse)
        case .if(let test, let body, let orelse):
            try compileIf(test, body, orelse)
        case .raise(let exc, let cause):
            var n = 0
            if let exc {
                try visitExpr(exc)
                n += 1
                if let cause {
                    try visitExpr(cause)
                    n += 1
                }
            }
            b.addOp(.raiseVarargs, n)
        case .try(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                try compileTryFinally(body, handlers, orelse, finalbody)
            } else {
                try compileTryExcept(body, handlers, orelse)
            }
        case .assert(let test, let msg):
            try compileAssert(test, msg)
        case .import(let names):
            try compileImport(names)
        case .importFrom(let module, let names, let level):
            try compileFromImport(module, names, level)
        case .global, .nonlocal:
            break
        case .expr(let value):
            try compileStmtExpr(value)
        case .pass:
            b.addOp(.nop)
        case .break:
            try compileBreak()
        case .continue:
            try compileContinue()
        case .with(let items, let body):
            try compileWith(s, items, body, 0)
        }
    }

    /// `compiler_visit_stmt_expr`: interactive mode prints top-level values; a constant
    /// statement (a string between statements) leaves only a NOP for its line.
    private func compileStmtExpr(_ value: Expr) throws(SyntaxError) {
        if interactive && nestLevel <= 1 {
            try visitExpr(value)
            b.addOp(.printExpr)
            return
        }
        if case .constant = value.kind {
            b.addOp(.nop)
            return
        }
        try visitExpr(value)
        unsetLoc()
        b.addOp(.popTop)
    }

    // MARK: Conditions

    /// Emits a jump to `next` taken when `e` is truthy (`cond`) or falsy (`!cond`), without
    /// materialising boolean values for `not`, `and`/`or`, conditional expressions and
    /// chained comparisons (`compiler_jump_if`).
    func jumpIf(_ e: Expr, _ next: BasicBlock, _ cond: Bool) throws(SyntaxError) {
        switch e.kind {
        case .unaryOp(.not, let operand):
            try jumpIf(operand, next, !cond)
            return
        case .boolOp(let op, let values):
            let cond2 = op == .or
            var next2 = next
            if cond2 != cond { next2 = b.newBlock() }
            for v in values.dropLast() { try jumpIf(v, next2, cond2) }
            try jumpIf(values[values.count - 1], next, cond)
            if next2 !== next { b.useNextBlock(next2) }
            return
        case .ifExp(let test, let body, let orelse):
            let end = b.newBlock()
            let next2 = b.newBlock()
            try jumpIf(test, next2, false)
            try jumpIf(body, next, cond)
            b.addJumpNoLine(.jump, to: end)
            b.useNextBlock(next2)
            try jumpIf(orelse, next, cond)
            b.useNextBlock(end)
            return
        case .compare(let left, let ops, let comps):
            // The location is set before the chain test, so a single comparison's jump is
            // located at the comparison too (and the location is not restored).
            setLoc(e.range)
            if ops.count == 1 { break }
            checkCompare(left, ops, comps)
            let n = ops.count - 1
            let cleanup = b.newBlock()
            try visitExpr(left)
            for i in 0..<n {
                try visitExpr(comps[i])
                b.addOp(.swap, 2)
                b.addOp(.copy, 2)
                addCompare(ops[i])
                b.addJump(.popJumpIfFalse, to: cleanup)
            }
            try visitExpr(comps[n])
            addCompare(ops[n])
            b.addJump(cond ? .popJumpIfTrue : .popJumpIfFalse, to: next)
            let end = b.newBlock()
            b.addJumpNoLine(.jump, to: end)
            b.useNextBlock(cleanup)
            b.addOp(.popTop)
            if !cond { b.addJumpNoLine(.jump, to: next) }
            b.useNextBlock(end)
            return
        default:
            break
        }
        try visitExpr(e)
        b.addJump(cond ? .popJumpIfTrue : .popJumpIfFalse, to: next)
    }

    /// `compiler_if`.
    private func compileIf(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let end = b.newBlock()
        let next = orelse.isEmpty ? end : b.newBlock()
        try jumpIf(test, next, false)
        try visitStmts(body)
        if !orelse.isEmpty {
            b.addJumpNoLine(.jump, to: end)
            b.useNextBlock(next)
            try visitStmts(orelse)
        }
        b.useNextBlock(end)
    }

    // MARK: Loops

    /// `compiler_for`.
    private func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt])
        throws(SyntaxError)
    {
        let start = b.newBlock()
        let bodyBlock = b.newBlock()
        let cleanup = b.newBlock()
        let end = b.newBlock()
        try pushFBlock(FBlock(type: .forLoop, block: start, exit: end))
        try visitExpr(iter)
        b.addOp(.getIter)
        b.useNextBlock(start)
        b.addJump(.real(.forIter), to: cleanup)
        b.useNextBlock(bodyBlock)
        try visitExpr(target)
        try visitStmts(body)
        // The jump back is artificial.
        unsetLoc()
        b.addJump(.jump, to: start)
        b.useNextBlock(cleanup)
        popFBlock()
        try visitStmts(orelse)
        b.useNextBlock(end)
    }

    /// `compiler_while`: the test is compiled twice, before the loop and at its bottom.
    private func compileWhile(_ s: Stmt, _ test: Expr, _ body: [Stmt], _ orelse: [Stmt])
        throws(SyntaxError)
    {
        let loop = b.newBlock()
        let bodyBlock = b.newBlock()
        let anchor = b.newBlock()
        let end = b.newBlock()
        b.useNextBlock(loop)
        try pushFBlock(FBlock(type: .whileLoop, block: loop, exit: end))
        try jumpIf(test, anchor, false)
        b.useNextBlock(bodyBlock)
        try visitStmts(body)
        setLoc(s.range)
        try jumpIf(test, bodyBlock, true)
        popFBlock()
        b.useNextBlock(anchor)
        try visitStmts(orelse)
        b.useNextBlock(end)
    }

    /// `compiler_return`.
    private func compileReturn(_ s: Stmt, _ value: Expr?) throws(SyntaxError) {
        var isConstant = false
        if let v = value, case .constant = v.kind { isConstant = true }
        let preserveTOS = value != nil && !isConstant
        if u.ste.type != .function { throw error("'return' outside function") }
        if let v = value, preserveTOS {
            try visitExpr(v)
        } else if let v = value {
            setLoc(v.range)
            b.addOp(.nop)
        }
        if value == nil || value!.range.lineno != s.range.lineno {
            setLoc(s.range)
            b.addOp(.nop)
        }
        try unwindFBlockStack(preserveTOS: preserveTOS)
        if let v = value {
            if !preserveTOS, case .constant(let c) = v.kind { b.loadConst(CodeConstant(c)) }
        } else {
            b.loadConst(.none)
        }
        b.addOp(.returnValue)
    }

    /// `compiler_break`.
    private func compileBreak() throws(SyntaxError) {
        let saved = b.loc
        b.addOp(.nop)
        guard let loop = try unwindFBlockStackToLoop() else {
            b.loc = saved
            throw error("'break' outside loop")
        }
        try unwindFBlock(loop, preserveTOS: false)
        b.addJump(.jump, to: loop.exit!)
    }

    /// `compiler_continue`.
    private func compileContinue() throws(SyntaxError) {
        let saved = b.loc
        b.addOp(.nop)
        guard let loop = try unwindFBlockStackToLoop() else {
            b.loc = saved
            throw error("'continue' not properly in loop")
        }
        b.addJump(.jump, to: loop.block!)
    }

    // MARK: Imports

    /// `compiler_import`.
    private func compileImport(_ names: [Alias]) throws(SyntaxError) {
        for alias in names {
            b.loadConst(.int(0))
            b.loadConst(.none)
            addOpName(.importName, alias.name)
            if let asname = alias.asname {
                try importAs(alias.name, asname)
            } else {
                let first = alias.name.split(separator: ".", omittingEmptySubsequences: false)[0]
                try nameOp(String(first), .store)
            }
        }
    }

    /// `compiler_import_as`: `import a.b.c as d` walks the attributes with IMPORT_FROM.
    private func importAs(_ name: String, _ asname: String) throws(SyntaxError) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1 {
            for (i, attr) in parts.dropFirst().enumerated() {
                b.addOp(.importFrom, b.addName(attr))
                if i < parts.count - 2 {
                    b.addOp(.swap, 2)
                    b.addOp(.popTop)
                }
            }
            try nameOp(asname, .store)
            b.addOp(.popTop)
            return
        }
        try nameOp(asname, .store)
    }

    /// `compiler_from_import`.
    private func compileFromImport(_ module: String?, _ names: [Alias], _ level: Int)
        throws(SyntaxError)
    {
        b.loadConst(.int(BigInt(level)))
        if b.loc.lineno > future.lineno && module == "__future__" {
            throw error("from __future__ imports must occur at the beginning of the file")
        }
        b.loadConst(.tuple(names.map { .str($0.name) }))
        addOpName(.importName, module ?? "")
        for (i, alias) in names.enumerated() {
            if i == 0 && alias.name.hasPrefix("*") {
                b.addOp(.importStar)
                return
            }
            addOpName(.importFrom, alias.name)
            try nameOp(alias.asname ?? alias.name, .store)
        }
        b.addOp(.popTop)
    }

    // MARK: assert, augmented and annotated assignment

    /// `compiler_assert`.
    private func compileAssert(_ test: Expr, _ msg: Expr?) throws(SyntaxError) {
        checkAssertTest(test)
        if optimize > 0 { return }
        let end = b.newBlock()
        try jumpIf(test, end, true)
        b.addOp(.loadAssertionError)
        if let msg {
            try visitExpr(msg)
            b.addOp(.precall, 0)
            b.addOp(.call, 0)
        }
        // 3.11.7 raises at the current location (the statement's, or a comparison's left by
        // jumpIf); unlike early 3.11 sources there is no SET_LOC(test) here.
        b.addOp(.raiseVarargs, 1)
        b.useNextBlock(end)
    }

    /// `compiler_augassign`: the target is evaluated once (COPY keeps its parts) and stored
    /// with the target's location.
    private func compileAugAssign(_ s: Stmt, _ target: Expr, _ op: BinaryOperator,
                                  _ value: Expr) throws(SyntaxError) {
        let saved = b.loc
        setLoc(target.range)
        switch target.kind {
        case .attribute(let obj, let attr, _):
            try visitExpr(obj)
            b.addOp(.copy, 1)
            updateStartLocationToMatchAttr(target)
            addOpName(.loadAttr, attr)
        case .subscript(let obj, let slice, _):
            try visitExpr(obj)
            try visitExpr(slice)
            b.addOp(.copy, 2)
            b.addOp(.copy, 2)
            b.addOp(.binarySubscr)
        case .name(let id, _):
            try nameOp(id, .load)
        default:
            throw error("invalid node type for augmented assignment")
        }
        b.loc = saved
        try visitExpr(value)
        b.addOp(.binaryOp, binaryOpArg(op, inplace: true))
        setLoc(target.range)
        switch target.kind {
        case .attribute(_, let attr, _):
            updateStartLocationToMatchAttr(target)
            b.addOp(.swap, 2)
            addOpName(.storeAttr, attr)
        case .subscript:
            b.addOp(.swap, 3)
            b.addOp(.swap, 2)
            b.addOp(.storeSubscr)
        case .name(let id, _):
            try nameOp(id, .store)
        default:
            break
        }
    }

    /// `compiler_annassign`: module and class bodies record simple annotations in
    /// `__annotations__`; functions evaluate nothing for them.
    private func compileAnnAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?,
                                  _ simple: Bool) throws(SyntaxError) {
        if let value {
            try visitExpr(value)
            try visitExpr(target)
        }
        let moduleOrClass = u.scopeType == .module || u.scopeType == .classScope
        switch target.kind {
        case .name(let id, _):
            try checkForbiddenName(id, .store)
            if simple && moduleOrClass {
                if future.annotations {
                    b.loadConst(.str(Unparse.annotation(annotation)))
                } else {
                    try visitExpr(annotation)
                }
                addOpName(.loadName, "__annotations__")
                b.loadConst(.str(mangle(u.privateName, id)))
                b.addOp(.storeSubscr)
            }
        case .attribute(let obj, let attr, _):
            try checkForbiddenName(attr, .store)
            if value == nil { try checkAnnExpr(obj) }
        case .subscript(let obj, let slice, _):
            if value == nil {
                try checkAnnExpr(obj)
                try checkAnnSubscript(slice)
            }
        default:
            throw error("invalid node type for annotated assignment")
        }
        if !simple && moduleOrClass && !future.annotations { try checkAnnExpr(annotation) }
    }

    private func checkAnnExpr(_ e: Expr) throws(SyntaxError) {
        try visitExpr(e)
        b.addOp(.popTop)
    }

    private func checkAnnSubscript(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .slice(let lower, let upper, let step):
            if let lower { try checkAnnExpr(lower) }
            if let upper { try checkAnnExpr(upper) }
            if let step { try checkAnnExpr(step) }
        case .tuple(let elts, _):
            for el in elts { try checkAnnSubscript(el) }
        default:
            try checkAnnExpr(e)
        }
    }
}
