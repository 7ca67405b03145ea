import PySyntax

/// Builds the symbol tables of a module (`_PySymtable_Build`): the visitor of Python/symtable.c,
/// in the same order, so that errors come out for the same construct first.
final class SymbolTableBuilder {
    let filename: String
    let source: String?
    private(set) var top: SymbolTableEntry!
    private var stack: [SymbolTableEntry] = []
    private var cur: SymbolTableEntry { stack[stack.count - 1] }
    /// The class whose private names are being mangled (`st_private`).
    private var privateName: String?

    /// `from __future__ import annotations` is in effect.
    let futureAnnotations: Bool

    init(filename: String, source: String?, futureAnnotations: Bool) {
        self.filename = filename
        self.source = source
        self.futureAnnotations = futureAnnotations
    }

    /// Builds and analyses the tables for a module, expression or interactive input.
    static func build(_ mod: Mod, filename: String, source: String?,
                      futureAnnotations: Bool = false) throws(SyntaxError) -> SymbolTableEntry
    {
        let b = SymbolTableBuilder(filename: filename, source: source,
                                   futureAnnotations: futureAnnotations)
        let zero = SourceRange(lineno: 0, colOffset: 0, endLineno: 0, endColOffset: 0)
        b.enterBlock("top", .module, .module, zero)
        b.top = b.cur
        switch mod {
        case .module(let body):
            for s in body { try b.visitStmt(s) }
        case .expression(let e):
            try b.visitExpr(e)
        }
        b.stack.removeLast()
        try SymbolTableAnalyzer(filename: filename, source: source).analyze(b.top)
        return b.top
    }

    // MARK: Blocks and definitions

    private func enterBlock(_ name: String, _ type: BlockType, _ kind: ScopeNodeKind,
                            _ range: SourceRange) {
        let ste = SymbolTableEntry(name: name, type: type, nodeKind: kind, range: range)
        if let parent = stack.last {
            // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable.
            ste.compIterExpr = parent.compIterExpr
            if type != .annotation {
                parent.children.append(ste)
            }
            if parent.isNested || parent.type == .function { ste.isNested = true }
        }
        stack.append(ste)
    }

    /// `symtable_visit_annotation`: under `from __future__ import annotations` an annotation
    /// is visited in a detached block, so its names bind nothing and only its errors count.
    private func visitAnnotation(_ e: Expr) throws(SyntaxError) {
        guard futureAnnotations else {
            try visitExpr(e)
            return
        }
        enterBlock("_annotation", .annotation, .function, e.range)
        try visitExpr(e)
        exitBlock()
    }

    /// `symtable_raise_if_annotation_block`.
    private func checkNotInAnnotation(_ what: String, _ e: Expr) throws(SyntaxError) {
        if cur.type == .annotation {
            throw error("'\(what)' can not be used within an annotation", e.range)
        }
    }

    private func exitBlock() { stack.removeLast() }

    private func error(_ message: String, _ r: SourceRange) -> SyntaxError {
        makeSyntaxError(message, filename: filename, lineno: r.lineno, col: r.colOffset,
                        endLineno: r.endLineno, endCol: r.endColOffset, source: source)
    }

    /// `symtable_add_def`.
    private func addDef(_ name: String, _ flag: SymbolFlags, _ r: SourceRange) throws(SyntaxError) {
        try addDef(name, flag, in: cur, r)
    }

    /// `symtable_add_def_helper`.
    private func addDef(_ name: String, _ flag: SymbolFlags, in ste: SymbolTableEntry,
                        _ r: SourceRange) throws(SyntaxError) {
        let mangled = mangle(privateName, name)
        var val = ste.flags(mangled)
        if flag.contains(.defParam) && val.contains(.defParam) {
            throw error("duplicate argument '\(name)' in function definition", r)
        }
        val.formUnion(flag)
        if ste.compIterTarget {
            if !val.isDisjoint(with: [.defGlobal, .defNonlocal]) {
                throw error("comprehension inner loop cannot rebind assignment expression "
                            + "target '\(name)'", r)
            }
            val.insert(.defCompIter)
        }
        ste.setFlags(mangled, val)
        if flag.contains(.defParam) {
            ste.varnames.append(mangled)
        } else if flag.contains(.defGlobal) {
            top.setFlags(mangled, top.flags(mangled).union(flag))
        }
    }

    private func lookup(_ name: String) -> SymbolFlags { cur.flags(mangle(privateName, name)) }

    private func recordDirective(_ name: String, _ r: SourceRange) {
        let mangled = mangle(privateName, name)
        if cur.directives[mangled] == nil { cur.directives[mangled] = r }
    }

    // MARK: Statements

    private func visitStmts(_ stmts: [Stmt]) throws(SyntaxError) {
        for s in stmts { try visitStmt(s) }
    }

    private func visitStmt(_ s: Stmt) throws(SyntaxError) {
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns):
            try addDef(name, .defLocal, s.range)
            try visitExprs(args.defaults)
            for d in args.kwDefaults { if let d { try visitExpr(d) } }
            try visitAnnotations(args, returns)
            try visitExprs(decorators)
            enterBlock(name, .function, .function, s.range)
            try visitArguments(args)
            try visitStmts(body)
            exitBlock()
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try addDef(name, .defLocal, s.range)
            try visitExprs(bases)
            for k in keywords { try visitExpr(k.value) }
            try visitExprs(decorators)
            enterBlock(name, .classBlock, .classDef, s.range)
            let saved = privateName
            privateName = name
            try visitStmts(body)
            privateName = saved
            exitBlock()
        case .return(let value):
            if let value {
                try visitExpr(value)
                cur.returnsValue = true
            }
        case .delete(let targets):
            try visitExprs(targets)
        case .assign(let targets, let value):
            try visitExprs(targets)
            try visitExpr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let flags = lookup(id)
                if !flags.isDisjoint(with: [.defGlobal, .defNonlocal]) && cur !== top && simple {
                    let msg = flags.contains(.defGlobal)
                        ? "annotated name '\(id)' can't be global"
                        : "annotated name '\(id)' can't be nonlocal"
                    throw error(msg, s.range)
                }
                if simple {
                    try addDef(id, [.defAnnot, .defLocal], target.range)
                } else if value != nil {
                    try addDef(id, .defLocal, target.range)
                }
            } else {
                try visitExpr(target)
            }
            try visitAnnotation(annotation)
            if let value { try visitExpr(value) }
        case .augAssign(let target, _, let value):
            try visitExpr(target)
            try visitExpr(value)
        case .for(let target, let iter, let body, let orelse):
            try visitExpr(target)
            try visitExpr(iter)
            try visitStmts(body)
            try visitStmts(orelse)
        case .while(let test, let body, let orelse):
            try visitExpr(test)
            try visitStmts(body)
            try visitStmts(orelse)
        case .if(let test, let body, let orelse):
            try visitExpr(test)
            try visitStmts(body)
            try visitStmts(orelse)
        case .with(let items, let body):
            for item in items {
                try visitExpr(item.contextExpr)
                if let v = item.optionalVars { try visitExpr(v) }
            }
            try visitStmts(body)
        case .raise(let exc, let cause):
            if let exc {
                try visitExpr(exc)
                if let cause { try visitExpr(cause) }
            }
        case .try(let body, let handlers, let orelse, let finalbody):
            try visitStmts(body)
            try visitStmts(orelse)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { try addDef(n, .defLocal, h.range) }
                try visitStmts(h.body)
            }
            try visitStmts(finalbody)
        case .assert(let test, let msg):
            try visitExpr(test)
            if let msg { try visitExpr(msg) }
        case .import(let names):
            for a in names { try visitAlias(a) }
        case .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }
        case .global(let names):
            for name in names {
                let flags = lookup(name)
                if !flags.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                    let msg: String
                    if flags.contains(.defParam) {
                        msg = "name '\(name)' is parameter and global"
                    } else if flags.contains(.use) {
                        msg = "name '\(name)' is used prior to global declaration"
                    } else if flags.contains(.defAnnot) {
                        msg = "annotated name '\(name)' can't be global"
                    } else {
                        msg = "name '\(name)' is assigned to before global declaration"
                    }
                    throw error(msg, s.range)
                }
                try addDef(name, .defGlobal, s.range)
                recordDirective(name, s.range)
            }
        case .nonlocal(let names):
            for name in names {
                let flags = lookup(name)
                if !flags.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                    let msg: String
                    if flags.contains(.defParam) {
                        msg = "name '\(name)' is parameter and nonlocal"
                    } else if flags.contains(.use) {
                        msg = "name '\(name)' is used prior to nonlocal declaration"
                    } else if flags.contains(.defAnnot) {
                        msg = "annotated name '\(name)' can't be nonlocal"
                    } else {
                        msg = "name '\(name)' is assigned to before nonlocal declaration"
                    }
                    throw error(msg, s.range)
                }
                try addDef(name, .defNonlocal, s.range)
                recordDirective(name, s.range)
            }
        case .expr(let e):
            try visitExpr(e)
        case .pass, .break, .continue:
            break
        }
    }

    private func visitAlias(_ a: Alias) throws(SyntaxError) {
        let name = a.asname ?? a.name
        if name == "*" {
            if cur.type != .module {
                throw error("import * only allowed at module level", a.range)
            }
            return
        }
        let store = name.split(separator: ".", omittingEmptySubsequences: false).first
            .map(String.init) ?? name
        try addDef(store, .defImport, a.range)
    }

    private func visitArguments(_ a: Arguments) throws(SyntaxError) {
        for p in a.posonlyargs { try addDef(p.name, .defParam, p.range) }
        for p in a.args { try addDef(p.name, .defParam, p.range) }
        for p in a.kwonlyargs { try addDef(p.name, .defParam, p.range) }
        if let v = a.vararg {
            try addDef(v.name, .defParam, v.range)
            cur.hasVarargs = true
        }
        if let k = a.kwarg {
            try addDef(k.name, .defParam, k.range)
            cur.hasVarkeywords = true
        }
    }

    /// Argument and return annotations are evaluated in the enclosing scope.
    private func visitAnnotations(_ a: Arguments, _ returns: Expr?) throws(SyntaxError) {
        if futureAnnotations {
            let r = returns?.range ?? SourceRange(lineno: 0, colOffset: 0, endLineno: 0,
                                                  endColOffset: 0)
            enterBlock("_annotation", .annotation, .function, r)
        }
        for p in a.posonlyargs { if let ann = p.annotation { try visitExpr(ann) } }
        for p in a.args { if let ann = p.annotation { try visitExpr(ann) } }
        if let ann = a.vararg?.annotation { try visitExpr(ann) }
        if let ann = a.kwarg?.annotation { try visitExpr(ann) }
        for p in a.kwonlyargs { if let ann = p.annotation { try visitExpr(ann) } }
        if futureAnnotations { exitBlock() }
        if let returns { try visitAnnotation(returns) }
    }

    // MARK: Expressions

    private func visitExprs(_ exprs: [Expr]) throws(SyntaxError) {
        for e in exprs { try visitExpr(e) }
    }

    private func visitExpr(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .namedExpr(let target, let value):
            try checkNotInAnnotation("named expression", e)
            if cur.compIterExpr > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable "
                            + "expression", e.range)
            }
            if cur.comprehension != nil { try extendNamedExprScope(target) }
            try visitExpr(value)
            try visitExpr(target)
        case .boolOp(_, let values):
            try visitExprs(values)
        case .binOp(let l, _, let r):
            try visitExpr(l)
            try visitExpr(r)
        case .unaryOp(_, let operand):
            try visitExpr(operand)
        case .lambda(let args, let body):
            try visitExprs(args.defaults)
            for d in args.kwDefaults { if let d { try visitExpr(d) } }
            enterBlock("lambda", .function, .lambda, e.range)
            try visitArguments(args)
            try visitExpr(body)
            exitBlock()
        case .ifExp(let test, let body, let orelse):
            try visitExpr(test)
            try visitExpr(body)
            try visitExpr(orelse)
        case .dict(let keys, let values):
            for k in keys { if let k { try visitExpr(k) } }
            try visitExprs(values)
        case .set(let elts):
            try visitExprs(elts)
        case .listComp(let elt, let gens):
            try visitComprehension(e, "listcomp", .list, .listComp, gens, elt, nil)
        case .setComp(let elt, let gens):
            try visitComprehension(e, "setcomp", .set, .setComp, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try visitComprehension(e, "dictcomp", .dict, .dictComp, gens, key, value)
        case .generatorExp(let elt, let gens):
            try visitComprehension(e, "genexpr", .generator, .genExp, gens, elt, nil)
        case .yield(let value):
            try checkNotInAnnotation("yield expression", e)
            if let value { try visitExpr(value) }
            cur.isGenerator = true
            if let kind = cur.comprehension { throw yieldInComprehension(kind, e) }
        case .yieldFrom(let value):
            try checkNotInAnnotation("yield expression", e)
            try visitExpr(value)
            cur.isGenerator = true
            if let kind = cur.comprehension { throw yieldInComprehension(kind, e) }
        case .compare(let left, _, let comparators):
            try visitExpr(left)
            try visitExprs(comparators)
        case .call(let f, let args, let keywords):
            try visitExpr(f)
            try visitExprs(args)
            for k in keywords { try visitExpr(k.value) }
        case .formattedValue(let value, _, let spec):
            try visitExpr(value)
            if let spec { try visitExpr(spec) }
        case .joinedStr(let values):
            try visitExprs(values)
        case .constant:
            break
        case .attribute(let value, _, _):
            try visitExpr(value)
        case .subscript(let value, let slice, _):
            try visitExpr(value)
            try visitExpr(slice)
        case .starred(let value, _):
            try visitExpr(value)
        case .slice(let lower, let upper, let step):
            if let lower { try visitExpr(lower) }
            if let upper { try visitExpr(upper) }
            if let step { try visitExpr(step) }
        case .name(let id, let ctx):
            try addDef(id, ctx == .load ? .use : .defLocal, e.range)
            // `super` counts as a use of `__class__`.
            if ctx == .load && cur.type == .function && id == "super" {
                try addDef("__class__", .use, e.range)
            }
        case .list(let elts, _), .tuple(let elts, _):
            try visitExprs(elts)
        }
    }

    private func yieldInComprehension(_ kind: ComprehensionKind, _ e: Expr) -> SyntaxError {
        let what: String
        switch kind {
        case .list: what = "list comprehension"
        case .set: what = "set comprehension"
        case .dict: what = "dict comprehension"
        case .generator: what = "generator expression"
        }
        return error("'yield' inside \(what)", e.range)
    }

    /// `symtable_handle_comprehension`: the outermost iterable belongs to the enclosing
    /// scope; everything else to a new function scope whose argument `.0` is that iterator.
    private func visitComprehension(_ e: Expr, _ name: String, _ kind: ComprehensionKind,
                                    _ nodeKind: ScopeNodeKind, _ gens: [Comprehension],
                                    _ elt: Expr, _ value: Expr?) throws(SyntaxError) {
        let outermost = gens[0]
        cur.compIterExpr += 1
        try visitExpr(outermost.iter)
        cur.compIterExpr -= 1
        enterBlock(name, .function, nodeKind, e.range)
        cur.comprehension = kind
        try addDef(".0", .defParam, e.range)
        cur.compIterTarget = true
        try visitExpr(outermost.target)
        cur.compIterTarget = false
        try visitExprs(outermost.ifs)
        for g in gens.dropFirst() {
            cur.compIterTarget = true
            try visitExpr(g.target)
            cur.compIterTarget = false
            cur.compIterExpr += 1
            try visitExpr(g.iter)
            cur.compIterExpr -= 1
            try visitExprs(g.ifs)
        }
        if let value { try visitExpr(value) }
        try visitExpr(elt)
        cur.isGenerator = kind == .generator
        exitBlock()
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in the nearest
    /// enclosing function or module scope.
    private func extendNamedExprScope(_ target: Expr) throws(SyntaxError) {
        guard case .name(let name, _) = target.kind else { return }
        for ste in stack.reversed() {
            if ste.comprehension != nil {
                if ste.flags(name).contains(.defCompIter) {
                    throw error("assignment expression cannot rebind comprehension iteration "
                                + "variable '\(name)'", target.range)
                }
                continue
            }
            switch ste.type {
            case .function:
                if ste.flags(name).contains(.defGlobal) {
                    try addDef(name, .defGlobal, target.range)
                } else {
                    try addDef(name, .defNonlocal, target.range)
                }
                recordDirective(name, target.range)
                try addDef(name, .defLocal, in: ste, target.range)
                return
            case .module:
                try addDef(name, .defGlobal, target.range)
                recordDirective(name, target.range)
                try addDef(name, .defGlobal, in: ste, target.range)
                return
            case .classBlock:
                throw error("assignment expression within a comprehension cannot be used in a "
                            + "class body", target.range)
            case .annotation:
                continue
            }
        }
    }
}
