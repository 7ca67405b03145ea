import PySyntax

// Comprehensions and generator expressions (Python/compile.c: compiler_comprehension,
// compiler_sync_comprehension_generator): each is a nested function taking the outermost
// iterator as its argument `.0`, called at once.

extension Compiler {
    /// `compiler_comprehension`.
    func compileComprehension(_ e: Expr, _ kind: ComprehensionKind, _ name: String,
                              _ gens: [Comprehension], _ elt: Expr, _ value: Expr?)
        throws(SyntaxError)
    {
        let nodeKind: ScopeNodeKind
        switch kind {
        case .list: nodeKind = .listComp
        case .set: nodeKind = .setComp
        case .dict: nodeKind = .dictComp
        case .generator: nodeKind = .genExp
        }
        enterScope(name: name, scopeType: .comprehension, ste: childScope(nodeKind, e.range),
                   lineno: e.range.lineno)
        setLoc(e.range)
        switch kind {
        case .list: b.addOp(.buildList, 0)
        case .set: b.addOp(.buildSet, 0)
        case .dict: b.addOp(.buildMap, 0)
        case .generator: break
        }
        try comprehensionGenerator(gens, 0, 0, elt, value, kind)
        if kind != .generator { b.addOp(.returnValue) }
        let co = assemble(addNone: true)
        exitScope()

        makeClosure(co, flags: 0)
        try visitExpr(gens[0].iter)
        b.addOp(.getIter)
        b.addOp(.precall, 0)
        b.addOp(.call, 0)
    }

    /// `compiler_sync_comprehension_generator`: one `for` clause with its `if`s, recursing
    /// for the next clause; the innermost adds the element. `for y in [expr]` clauses after
    /// the first bind `y` without a loop.
    private func comprehensionGenerator(_ gens: [Comprehension], _ index: Int, _ depth: Int,
                                        _ elt: Expr, _ value: Expr?, _ kind: ComprehensionKind)
        throws(SyntaxError)
    {
        var depth = depth
        var start: BasicBlock? = b.newBlock()
        let ifCleanup = b.newBlock()
        let anchor = b.newBlock()
        let gen = gens[index]
        if index == 0 {
            u.argcount = 1
            b.addOp(.loadFast, 0)
        } else {
            var single: Expr? = nil
            switch gen.iter.kind {
            case .list(let elts, _), .tuple(let elts, _):
                if elts.count == 1 {
                    if case .starred = elts[0].kind {} else { single = elts[0] }
                }
            default:
                break
            }
            if let single {
                try visitExpr(single)
                start = nil
            } else {
                try visitExpr(gen.iter)
                b.addOp(.getIter)
            }
        }
        if let start {
            depth += 1
            b.useNextBlock(start)
            b.addJump(.real(.forIter), to: anchor)
        }
        try visitExpr(gen.target)
        for cond in gen.ifs { try jumpIf(cond, ifCleanup, false) }
        if index + 1 < gens.count {
            try comprehensionGenerator(gens, index + 1, depth, elt, value, kind)
        } else {
            switch kind {
            case .generator:
                try visitExpr(elt)
                b.addOp(.yieldValue)
                b.addOp(.resume, 1)
                b.addOp(.popTop)
            case .list:
                try visitExpr(elt)
                b.addOp(.listAppend, depth + 1)
            case .set:
                try visitExpr(elt)
                b.addOp(.setAdd, depth + 1)
            case .dict:
                try visitExpr(elt)
                try visitExpr(value!)
                b.addOp(.mapAdd, depth + 1)
            }
        }
        b.useNextBlock(ifCleanup)
        if let start {
            b.addJump(.jump, to: start)
            b.useNextBlock(anchor)
        }
    }
}
