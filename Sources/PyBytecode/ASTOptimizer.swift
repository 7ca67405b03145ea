import PySyntax

/// The AST optimiser that runs before the symbol table (Python/ast_opt.c, CPython 3.11):
/// constant folding of unary and binary operators, subscripts and tuples, `not` folded into
/// `is`/`in` comparisons, list and set displays turned into tuples and frozensets where they
/// are only iterated over or tested with `in`, and `__debug__` replaced by a constant.
struct ASTOptimizer {
    /// The `-O` level: `__debug__` is `optimize == 0`.
    let optimize: Int
    /// Under `from __future__ import annotations`, annotations are left as written (they are
    /// compiled to their source text).
    var futureAnnotations = false

    func optimize(_ mod: Mod, interactive: Bool) -> Mod {
        switch mod {
        case .module(let body):
            return .module(interactive ? body.map(stmt) : self.body(body))
        case .expression(let e):
            return .expression(expr(e))
        }
    }

    /// `_PyAST_GetDocString`: the first statement is a string expression.
    static func docstring(_ body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e) = first.kind,
              case .constant(.str(let s)) = e.kind else { return nil }
        return s
    }

    /// `astfold_body`: a folded string must not become a docstring that was not one, so it
    /// is wrapped in a JoinedStr.
    private func body(_ stmts: [Stmt]) -> [Stmt] {
        let hadDocstring = ASTOptimizer.docstring(stmts) != nil
        var result = stmts.map(stmt)
        if !hadDocstring, ASTOptimizer.docstring(result) != nil,
           case .expr(let e) = result[0].kind {
            result[0].kind = .expr(Expr(.joinedStr([e]), result[0].range))
        }
        return result
    }

    // MARK: Statements

    private func stmt(_ s: Stmt) -> Stmt {
        var s = s
        switch s.kind {
        case .functionDef(let name, let args, let b, let decorators, let returns):
            s.kind = .functionDef(name: name, args: arguments(args), body: body(b),
                                  decorators: decorators.map(expr),
                                  returns: futureAnnotations ? returns : returns.map(expr))
        case .classDef(let name, let bases, let keywords, let b, let decorators):
            s.kind = .classDef(name: name, bases: bases.map(expr), keywords: keywords.map(keyword),
                               body: body(b), decorators: decorators.map(expr))
        case .return(let value):
            s.kind = .return(value.map(expr))
        case .delete(let targets):
            s.kind = .delete(targets.map(expr))
        case .assign(let targets, let value):
            s.kind = .assign(targets: targets.map(expr), value: expr(value))
        case .augAssign(let target, let op, let value):
            s.kind = .augAssign(target: expr(target), op, value: expr(value))
        case .annAssign(let target, let annotation, let value, let simple):
            s.kind = .annAssign(target: expr(target),
                                annotation: futureAnnotations ? annotation : expr(annotation),
                                value: value.map(expr), simple: simple)
        case .for(let target, let iter, let b, let orelse):
            s.kind = .for(target: expr(target), iter: foldIter(expr(iter)), body: b.map(stmt),
                          orelse: orelse.map(stmt))
        case .while(let test, let b, let orelse):
            s.kind = .while(test: expr(test), body: b.map(stmt), orelse: orelse.map(stmt))
        case .if(let test, let b, let orelse):
            s.kind = .if(test: expr(test), body: b.map(stmt), orelse: orelse.map(stmt))
        case .with(let items, let b):
            s.kind = .with(items: items.map {
                WithItem(contextExpr: expr($0.contextExpr), optionalVars: $0.optionalVars.map(expr))
            }, body: b.map(stmt))
        case .raise(let exc, let cause):
            s.kind = .raise(exc: exc.map(expr), cause: cause.map(expr))
        case .try(let b, let handlers, let orelse, let finalbody):
            s.kind = .try(body: b.map(stmt), handlers: handlers.map {
                ExceptHandler(type: $0.type.map(expr), name: $0.name, body: $0.body.map(stmt),
                              range: $0.range)
            }, orelse: orelse.map(stmt), finalbody: finalbody.map(stmt))
        case .assert(let test, let msg):
            s.kind = .assert(test: expr(test), msg: msg.map(expr))
        case .expr(let e):
            s.kind = .expr(expr(e))
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue:
            break
        }
        return s
    }

    private func arguments(_ a: Arguments) -> Arguments {
        var a = a
        func arg(_ p: Arg) -> Arg {
            Arg(name: p.name, annotation: futureAnnotations ? p.annotation : p.annotation.map(expr),
                range: p.range)
        }
        a.posonlyargs = a.posonlyargs.map(arg)
        a.args = a.args.map(arg)
        a.vararg = a.vararg.map(arg)
        a.kwonlyargs = a.kwonlyargs.map(arg)
        a.kwarg = a.kwarg.map(arg)
        a.kwDefaults = a.kwDefaults.map { $0.map(expr) }
        a.defaults = a.defaults.map(expr)
        return a
    }

    private func keyword(_ k: Keyword) -> Keyword {
        Keyword(name: k.name, value: expr(k.value), range: k.range)
    }

    private func comprehension(_ c: Comprehension) -> Comprehension {
        Comprehension(target: expr(c.target), iter: foldIter(expr(c.iter)), ifs: c.ifs.map(expr))
    }

    // MARK: Expressions

    private func expr(_ e: Expr) -> Expr {
        var e = e
        switch e.kind {
        case .boolOp(let op, let values):
            e.kind = .boolOp(op, values.map(expr))
        case .binOp(let l, let op, let r):
            let l = expr(l), r = expr(r)
            e.kind = .binOp(l, op, r)
            if op == .mod, case .constant(.str(let fmt)) = l.kind,
               case .tuple(let elts, _) = r.kind,
               !elts.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                // `'%s' % (a, b)` with simple conversions becomes an f-string.
                if let joined = PercentFormat.optimize(fmt, elts) { e.kind = joined }
            } else if case .constant(let a) = l.kind, case .constant(let b) = r.kind,
                      let v = ConstantFolding.binary(op, a, b) {
                e.kind = .constant(v)
            }
        case .unaryOp(let op, let operand):
            let operand = expr(operand)
            e.kind = .unaryOp(op, operand)
            if case .constant(let v) = operand.kind {
                if let folded = ConstantFolding.unary(op, v) { e.kind = .constant(folded) }
            } else if op == .not, case .compare(let left, let ops, let comps) = operand.kind,
                      ops.count == 1 {
                // `not (a is b)` -> `a is not b` and the like; the node takes the comparison's
                // place, location included.
                let inverted: CompareOperator?
                switch ops[0] {
                case .is: inverted = .isNot
                case .isNot: inverted = .is
                case .in: inverted = .notIn
                case .notIn: inverted = .in
                case .eq, .notEq, .lt, .ltE, .gt, .gtE: inverted = nil
                }
                if let inverted {
                    e = Expr(.compare(left, [inverted], comps), operand.range)
                }
            }
        case .lambda(let args, let b):
            e.kind = .lambda(arguments(args), body: expr(b))
        case .ifExp(let test, let b, let orelse):
            e.kind = .ifExp(test: expr(test), body: expr(b), orelse: expr(orelse))
        case .dict(let keys, let values):
            e.kind = .dict(keys: keys.map { $0.map(expr) }, values: values.map(expr))
        case .set(let elts):
            e.kind = .set(elts.map(expr))
        case .listComp(let elt, let gens):
            e.kind = .listComp(elt: expr(elt), gens.map(comprehension))
        case .setComp(let elt, let gens):
            e.kind = .setComp(elt: expr(elt), gens.map(comprehension))
        case .dictComp(let k, let v, let gens):
            e.kind = .dictComp(key: expr(k), value: expr(v), gens.map(comprehension))
        case .generatorExp(let elt, let gens):
            e.kind = .generatorExp(elt: expr(elt), gens.map(comprehension))
        case .yield(let v):
            e.kind = .yield(v.map(expr))
        case .yieldFrom(let v):
            e.kind = .yieldFrom(expr(v))
        case .compare(let left, let ops, let comps):
            var comps = comps.map(expr)
            if let last = ops.last, last == .in || last == .notIn {
                comps[comps.count - 1] = foldIter(comps[comps.count - 1])
            }
            e.kind = .compare(expr(left), ops, comps)
        case .call(let f, let args, let keywords):
            e.kind = .call(func: expr(f), args: args.map(expr), keywords: keywords.map(keyword))
        case .formattedValue(let v, let conv, let spec):
            e.kind = .formattedValue(expr(v), conversion: conv, formatSpec: spec.map(expr))
        case .joinedStr(let values):
            e.kind = .joinedStr(values.map(expr))
        case .constant:
            break
        case .attribute(let v, let attr, let ctx):
            e.kind = .attribute(expr(v), attr: attr, ctx)
        case .subscript(let v, let slice, let ctx):
            let v = expr(v), slice = expr(slice)
            e.kind = .subscript(v, slice: slice, ctx)
            if ctx == .load, case .constant(let a) = v.kind, case .constant(let i) = slice.kind,
               let folded = ConstantFolding.item(a, i) {
                e.kind = .constant(folded)
            }
        case .starred(let v, let ctx):
            e.kind = .starred(expr(v), ctx)
        case .slice(let lower, let upper, let step):
            e.kind = .slice(lower: lower.map(expr), upper: upper.map(expr), step: step.map(expr))
        case .name(let id, let ctx):
            if ctx == .load && id == "__debug__" { e.kind = .constant(.bool(optimize == 0)) }
        case .namedExpr(let target, let value):
            e.kind = .namedExpr(target: target, value: expr(value))
        case .list(let elts, let ctx):
            e.kind = .list(elts.map(expr), ctx)
        case .tuple(let elts, let ctx):
            let elts = elts.map(expr)
            e.kind = .tuple(elts, ctx)
            if ctx == .load, let t = constantTuple(elts) { e.kind = .constant(t) }
        }
        return e
    }

    /// The constant tuple of `elts` when every element is a constant (`make_const_tuple`).
    private func constantTuple(_ elts: [Expr]) -> ConstantValue? {
        var values: [ConstantValue] = []
        for el in elts {
            guard case .constant(let v) = el.kind else { return nil }
            values.append(v)
        }
        return .tuple(values)
    }

    /// `fold_iter`: a list display that is only iterated becomes a tuple (constant when it
    /// can), and a set display of constants a frozenset.
    private func foldIter(_ e: Expr) -> Expr {
        var e = e
        switch e.kind {
        case .list(let elts, let ctx):
            if elts.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                return e
            }
            e.kind = .tuple(elts, ctx)
            if let t = constantTuple(elts) { e.kind = .constant(t) }
        case .set(let elts):
            if case .tuple(let items)? = constantTuple(elts) {
                let ordered = FrozensetOrder.order(items.map(CodeConstant.init))
                e.kind = .constant(.frozenset(ordered.map { $0.constantValue! }))
            }
        default:
            break
        }
        return e
    }
}

extension CodeConstant {
    /// Back to the AST's constant type (nil for code objects).
    var constantValue: ConstantValue? {
        switch self {
        case .none: return ConstantValue.none
        case .bool(let b): return .bool(b)
        case .ellipsis: return .ellipsis
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .complex(let r, let i): return .complex(r, i)
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        case .tuple(let items):
            var out: [ConstantValue] = []
            for i in items {
                guard let v = i.constantValue else { return nil }
                out.append(v)
            }
            return .tuple(out)
        case .frozenset(let items):
            var out: [ConstantValue] = []
            for i in items {
                guard let v = i.constantValue else { return nil }
                out.append(v)
            }
            return .frozenset(out)
        case .code: return nil
        }
    }
}
