import PySyntax

// Frame blocks, unwinding for return/break/continue, try/except/finally and with
// (Python/compile.c: compiler_push_fblock ... compiler_with). 3.11 has no block stack at run
// time: SETUP_* and POP_BLOCK are pseudo-instructions from which the assembler builds the
// exception table.

extension Compiler {
    /// `compiler_push_fblock`: at most 20 (`CO_MAXBLOCKS`) nested loops, try and with blocks.
    func pushFBlock(_ f: FBlock) throws(SyntaxError) {
        if u.fblocks.count >= 20 { throw error("too many statically nested blocks") }
        u.fblocks.append(f)
    }

    func popFBlock() { u.fblocks.removeLast() }

    /// `compiler_call_exit_with_nones`: `__exit__(None, None, None)`.
    private func callExitWithNones() {
        b.loadConst(.none)
        b.loadConst(.none)
        b.loadConst(.none)
        b.addOp(.precall, 2)
        b.addOp(.call, 2)
    }

    /// `compiler_pop_except_and_reraise`: restore the previous exception and re-raise with the
    /// original `lasti`.
    private func popExceptAndReraise() {
        b.addOp(.copy, 3)
        b.addOp(.popExcept)
        b.addOp(.reraise, 1)
    }

    /// Emits what leaving frame block `info` requires (`compiler_unwind_fblock`). With
    /// `preserveTOS` the value on top (a return value) is kept above what is popped.
    func unwindFBlock(_ info: FBlock, preserveTOS: Bool) throws(SyntaxError) {
        switch info.type {
        case .whileLoop, .exceptionHandler:
            return
        case .forLoop:
            if preserveTOS { b.addOp(.swap, 2) }
            b.addOp(.popTop)
        case .tryExcept:
            b.addOp(.popBlock)
        case .finallyTry:
            // The POP_BLOCK has the unwinding statement's line; the finally body follows it.
            b.addOp(.popBlock)
            if preserveTOS { try pushFBlock(FBlock(type: .popValue)) }
            try visitStmts(info.finalBody)
            if preserveTOS { popFBlock() }
            unsetLoc()
        case .finallyEnd:
            if preserveTOS { b.addOp(.swap, 2) }
            b.addOp(.popTop)
            if preserveTOS { b.addOp(.swap, 2) }
            b.addOp(.popBlock)
            b.addOp(.popExcept)
        case .with:
            setLoc(info.withRange!)
            b.addOp(.popBlock)
            if preserveTOS { b.addOp(.swap, 2) }
            callExitWithNones()
            b.addOp(.popTop)
            unsetLoc()
        case .handlerCleanup:
            if info.handlerName != nil { b.addOp(.popBlock) }
            if preserveTOS { b.addOp(.swap, 2) }
            b.addOp(.popBlock)
            b.addOp(.popExcept)
            if let name = info.handlerName {
                b.loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
        case .popValue:
            if preserveTOS { b.addOp(.swap, 2) }
            b.addOp(.popTop)
        }
    }

    /// Unwinds every frame block, innermost first, for `return`
    /// (`compiler_unwind_fblock_stack` with no loop).
    func unwindFBlockStack(preserveTOS: Bool) throws(SyntaxError) {
        guard let top = u.fblocks.last else { return }
        u.fblocks.removeLast()
        try unwindFBlock(top, preserveTOS: preserveTOS)
        try unwindFBlockStack(preserveTOS: preserveTOS)
        u.fblocks.append(top)
    }

    /// Unwinds up to the innermost loop and returns it, or nil when not in a loop
    /// (`compiler_unwind_fblock_stack` with a loop pointer).
    func unwindFBlockStackToLoop() throws(SyntaxError) -> FBlock? {
        guard let top = u.fblocks.last else { return nil }
        if top.type == .whileLoop || top.type == .forLoop { return top }
        u.fblocks.removeLast()
        try unwindFBlock(top, preserveTOS: false)
        let loop = try unwindFBlockStackToLoop()
        u.fblocks.append(top)
        return loop
    }

    // MARK: try

    /// `compiler_try_finally`: the finally body is emitted twice, once for the normal path
    /// and once in the handler that re-raises.
    func compileTryFinally(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                           _ finalbody: [Stmt]) throws(SyntaxError) {
        let bodyBlock = b.newBlock()
        let end = b.newBlock()
        let exit = b.newBlock()
        let cleanup = b.newBlock()
        b.addJump(.setupFinally, to: end)
        b.useNextBlock(bodyBlock)
        try pushFBlock(FBlock(type: .finallyTry, block: bodyBlock, exit: end, finalBody: finalbody))
        if !handlers.isEmpty {
            try compileTryExcept(body, handlers, orelse)
        } else {
            try visitStmts(body)
        }
        b.addOpNoLine(.popBlock)
        popFBlock()
        try visitStmts(finalbody)
        b.addJumpNoLine(.jump, to: exit)
        // The exceptional path.
        b.useNextBlock(end)
        unsetLoc()
        b.addJump(.setupCleanup, to: cleanup)
        b.addOp(.pushExcInfo)
        try pushFBlock(FBlock(type: .finallyEnd, block: end))
        try visitStmts(finalbody)
        popFBlock()
        b.addOp(.reraise, 0)
        b.useNextBlock(cleanup)
        popExceptAndReraise()
        b.useNextBlock(exit)
    }

    /// `compiler_try_except`: each handler tests with CHECK_EXC_MATCH; a named handler wraps
    /// its body in a cleanup that unbinds the name (`name = None; del name`).
    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt])
        throws(SyntaxError)
    {
        let bodyBlock = b.newBlock()
        var except = b.newBlock()
        let end = b.newBlock()
        let cleanup = b.newBlock()
        b.addJump(.setupFinally, to: except)
        b.useNextBlock(bodyBlock)
        try pushFBlock(FBlock(type: .tryExcept, block: bodyBlock))
        try visitStmts(body)
        popFBlock()
        b.addOpNoLine(.popBlock)
        try visitStmts(orelse)
        b.addJumpNoLine(.jump, to: end)
        b.useNextBlock(except)
        unsetLoc()
        b.addJump(.setupCleanup, to: cleanup)
        b.addOp(.pushExcInfo)
        try pushFBlock(FBlock(type: .exceptionHandler))
        for (i, handler) in handlers.enumerated() {
            setLoc(handler.range)
            if handler.type == nil && i < handlers.count - 1 {
                throw error("default 'except:' must be last")
            }
            except = b.newBlock()
            if let type = handler.type {
                try visitExpr(type)
                b.addOp(.checkExcMatch)
                b.addJump(.popJumpIfFalse, to: except)
            }
            if let name = handler.name {
                let cleanupEnd = b.newBlock()
                let cleanupBody = b.newBlock()
                try nameOp(name, .store)
                b.addJump(.setupCleanup, to: cleanupEnd)
                b.useNextBlock(cleanupBody)
                try pushFBlock(FBlock(type: .handlerCleanup, block: cleanupBody, handlerName: name))
                try visitStmts(handler.body)
                popFBlock()
                unsetLoc()
                b.addOp(.popBlock)
                b.addOp(.popBlock)
                b.addOp(.popExcept)
                b.loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
                b.addJump(.jump, to: end)
                // The handler body raised: unbind the name and re-raise.
                b.useNextBlock(cleanupEnd)
                unsetLoc()
                b.loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
                b.addOp(.reraise, 1)
            } else {
                let cleanupBody = b.newBlock()
                b.addOp(.popTop)
                b.useNextBlock(cleanupBody)
                try pushFBlock(FBlock(type: .handlerCleanup, block: cleanupBody))
                try visitStmts(handler.body)
                popFBlock()
                unsetLoc()
                b.addOp(.popBlock)
                b.addOp(.popExcept)
                b.addJump(.jump, to: end)
            }
            b.useNextBlock(except)
        }
        unsetLoc()
        popFBlock()
        b.addOp(.reraise, 0)
        b.useNextBlock(cleanup)
        popExceptAndReraise()
        b.useNextBlock(end)
    }

    // MARK: with

    /// `compiler_with`: BEFORE_WITH, the body under a SETUP_WITH handler, `__exit__(None, None,
    /// None)` on the normal path and WITH_EXCEPT_START on the exceptional one. Several items
    /// nest.
    func compileWith(_ s: Stmt, _ items: [WithItem], _ body: [Stmt], _ pos: Int)
        throws(SyntaxError)
    {
        let item = items[pos]
        let block = b.newBlock()
        let final = b.newBlock()
        let exit = b.newBlock()
        let cleanup = b.newBlock()
        try visitExpr(item.contextExpr)
        b.addOp(.beforeWith)
        b.addJump(.setupWith, to: final)
        b.useNextBlock(block)
        try pushFBlock(FBlock(type: .with, block: block, exit: final, withRange: s.range))
        if let vars = item.optionalVars {
            try visitExpr(vars)
        } else {
            b.addOp(.popTop)
        }
        if pos + 1 == items.count {
            try visitStmts(body)
        } else {
            try compileWith(s, items, body, pos + 1)
        }
        unsetLoc()
        b.addOp(.popBlock)
        popFBlock()
        setLoc(s.range)
        callExitWithNones()
        b.addOp(.popTop)
        b.addJump(.jump, to: exit)
        b.useNextBlock(final)
        b.addJump(.setupCleanup, to: cleanup)
        b.addOp(.pushExcInfo)
        b.addOp(.withExceptStart)
        // compiler_with_except_finish
        unsetLoc()
        let exitBlock = b.newBlock()
        b.addJump(.popJumpIfTrue, to: exitBlock)
        b.addOp(.reraise, 2)
        b.useNextBlock(cleanup)
        popExceptAndReraise()
        b.useNextBlock(exitBlock)
        b.addOp(.popTop)
        b.addOp(.popBlock)
        b.addOp(.popExcept)
        b.addOp(.popTop)
        b.addOp(.popTop)
        b.useNextBlock(exit)
    }
}
