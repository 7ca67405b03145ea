import PySyntax

/// The message of the RecursionError CPython 3.11 raises for expressions nested too deeply to
/// compile. `compile` reports it as a SyntaxError with this message (its error type is
/// SyntaxError); the runtime should raise RecursionError for it.
public let compilationRecursionMessage = "maximum recursion depth exceeded during compilation"

/// CPython 3.11's AST optimiser counts expression nesting against
/// `3 * sys.getrecursionlimit()` (3000), starting from three times the caller's Python depth;
/// for a module compiled at top level that start is 3.
let expressionNestingLimit = 3000 - 3

/// Finds the first expression nested deeper than `expressionNestingLimit` (`astfold_expr`'s
/// recursion check). The walk stops descending at the limit, so its own depth stays bounded.
enum NestingCheck {
    static func firstTooDeep(_ mod: Mod) -> Expr? {
        switch mod {
        case .module(let body): return stmts(body)
        case .expression(let e): return expr(e, 1)
        }
    }

    private static func stmts(_ body: [Stmt]) -> Expr? {
        for s in body { if let e = stmt(s) { return e } }
        return nil
    }

    private static func exprs(_ list: [Expr], _ depth: Int) -> Expr? {
        for e in list { if let found = expr(e, depth) { return found } }
        return nil
    }

    private static func opt(_ e: Expr?, _ depth: Int) -> Expr? {
        e.flatMap { expr($0, depth) }
    }

    private static func arguments(_ a: Arguments, _ depth: Int) -> Expr? {
        let params = a.posonlyargs + a.args + a.kwonlyargs
            + [a.vararg, a.kwarg].compactMap { $0 }
        for p in params { if let e = opt(p.annotation, depth) { return e } }
        return exprs(a.defaults + a.kwDefaults.compactMap { $0 }, depth)
    }

    private static func stmt(_ s: Stmt) -> Expr? {
        switch s.kind {
        case .functionDef(_, let args, let body, let decorators, let returns):
            return arguments(args, 1) ?? stmts(body) ?? exprs(decorators, 1) ?? opt(returns, 1)
        case .classDef(_, let bases, let keywords, let body, let decorators):
            return exprs(bases + keywords.map(\.value), 1) ?? stmts(body) ?? exprs(decorators, 1)
        case .return(let v): return opt(v, 1)
        case .delete(let targets): return exprs(targets, 1)
        case .assign(let targets, let value): return exprs(targets + [value], 1)
        case .augAssign(let target, _, let value): return exprs([target, value], 1)
        case .annAssign(let target, let annotation, let value, _):
            return exprs([target, annotation], 1) ?? opt(value, 1)
        case .for(let target, let iter, let body, let orelse):
            return exprs([target, iter], 1) ?? stmts(body) ?? stmts(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            return expr(test, 1) ?? stmts(body) ?? stmts(orelse)
        case .with(let items, let body):
            for i in items {
                if let e = expr(i.contextExpr, 1) ?? opt(i.optionalVars, 1) { return e }
            }
            return stmts(body)
        case .raise(let exc, let cause): return opt(exc, 1) ?? opt(cause, 1)
        case .try(let body, let handlers, let orelse, let finalbody):
            if let e = stmts(body) { return e }
            for h in handlers { if let e = opt(h.type, 1) ?? stmts(h.body) { return e } }
            return stmts(orelse) ?? stmts(finalbody)
        case .assert(let test, let msg): return expr(test, 1) ?? opt(msg, 1)
        case .expr(let e): return expr(e, 1)
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: return nil
        }
    }

    private static func comprehensions(_ gens: [Comprehension], _ d: Int) -> Expr? {
        for g in gens { if let e = exprs([g.target, g.iter] + g.ifs, d) { return e } }
        return nil
    }

    private static func expr(_ e: Expr, _ depth: Int) -> Expr? {
        if depth > expressionNestingLimit { return e }
        let d = depth + 1
        switch e.kind {
        case .boolOp(_, let values): return exprs(values, d)
        case .namedExpr(let target, let value): return exprs([target, value], d)
        case .binOp(let l, _, let r): return exprs([l, r], d)
        case .unaryOp(_, let operand): return expr(operand, d)
        case .lambda(let args, let body): return arguments(args, d) ?? expr(body, d)
        case .ifExp(let test, let body, let orelse): return exprs([test, body, orelse], d)
        case .dict(let keys, let values): return exprs(keys.compactMap { $0 } + values, d)
        case .set(let elts), .list(let elts, _), .tuple(let elts, _), .joinedStr(let elts):
            return exprs(elts, d)
        case .listComp(let elt, let gens), .setComp(let elt, let gens),
             .generatorExp(let elt, let gens):
            return expr(elt, d) ?? comprehensions(gens, d)
        case .dictComp(let key, let value, let gens):
            return exprs([key, value], d) ?? comprehensions(gens, d)
        case .yield(let v): return opt(v, d)
        case .yieldFrom(let v): return expr(v, d)
        case .compare(let left, _, let comps): return exprs([left] + comps, d)
        case .call(let f, let args, let keywords):
            return exprs([f] + args + keywords.map(\.value), d)
        case .formattedValue(let v, _, let spec): return expr(v, d) ?? opt(spec, d)
        case .constant, .name: return nil
        case .attribute(let v, _, _), .starred(let v, _): return expr(v, d)
        case .subscript(let v, let slice, _): return exprs([v, slice], d)
        case .slice(let lower, let upper, let step):
            return opt(lower, d) ?? opt(upper, d) ?? opt(step, d)
        }
    }
}
