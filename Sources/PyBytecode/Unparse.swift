import PySyntax

/// Expression source text as CPython 3.11 writes it for `from __future__ import annotations`
/// (Python/ast_unparse.c, `_PyAST_ExprAsUnicode`): minimal parentheses by precedence, constants
/// by repr (infinities as `1e309`), f-strings rebuilt.
enum Unparse {
    /// Precedence levels (`PR_TUPLE` ... `PR_ATOM`).
    private enum P {
        static let tuple = 0, test = 1, or = 2, and = 3, not = 4, cmp = 5, expr = 6
        static let bor = 6, bxor = 7, band = 8, shift = 9, arith = 10, term = 11, factor = 12
        static let power = 13, await = 14, atom = 15
    }

    /// `_PyAST_ExprAsUnicode`.
    static func annotation(_ e: Expr) -> String {
        var out = ""
        expr(e, P.test, &out)
        return out
    }

    private static func expr(_ e: Expr, _ level: Int, _ out: inout String) {
        switch e.kind {
        case .boolOp(let op, let values):
            let (text, pr) = op == .and ? (" and ", P.and) : (" or ", P.or)
            if level > pr { out += "(" }
            for (i, v) in values.enumerated() {
                if i > 0 { out += text }
                expr(v, pr + 1, &out)
            }
            if level > pr { out += ")" }
        case .binOp(let l, let op, let r):
            let (text, pr, rassoc) = binop(op)
            if level > pr { out += "(" }
            expr(l, pr + (rassoc ? 1 : 0), &out)
            out += text
            expr(r, pr + (rassoc ? 0 : 1), &out)
            if level > pr { out += ")" }
        case .unaryOp(let op, let operand):
            let (text, pr): (String, Int)
            switch op {
            case .invert: (text, pr) = ("~", P.factor)
            case .not: (text, pr) = ("not ", P.not)
            case .uAdd: (text, pr) = ("+", P.factor)
            case .uSub: (text, pr) = ("-", P.factor)
            }
            if level > pr { out += "(" }
            out += text
            expr(operand, pr, &out)
            if level > pr { out += ")" }
        case .lambda(let args, let body):
            if level > P.test { out += "(" }
            out += args.args.count + args.posonlyargs.count > 0 ? "lambda " : "lambda"
            arguments(args, &out)
            out += ": "
            expr(body, P.test, &out)
            if level > P.test { out += ")" }
        case .ifExp(let test, let body, let orelse):
            if level > P.test { out += "(" }
            expr(body, P.test + 1, &out)
            out += " if "
            expr(test, P.test + 1, &out)
            out += " else "
            expr(orelse, P.test, &out)
            if level > P.test { out += ")" }
        case .dict(let keys, let values):
            out += "{"
            for (i, (k, v)) in zip(keys, values).enumerated() {
                if i > 0 { out += ", " }
                if let k {
                    expr(k, P.test, &out)
                    out += ": "
                    expr(v, P.test, &out)
                } else {
                    out += "**"
                    expr(v, P.expr, &out)
                }
            }
            out += "}"
        case .set(let elts):
            out += "{"
            sequence(elts, &out)
            out += "}"
        case .listComp(let elt, let gens):
            out += "["
            expr(elt, P.test, &out)
            comprehensions(gens, &out)
            out += "]"
        case .setComp(let elt, let gens):
            out += "{"
            expr(elt, P.test, &out)
            comprehensions(gens, &out)
            out += "}"
        case .dictComp(let key, let value, let gens):
            out += "{"
            expr(key, P.test, &out)
            out += ": "
            expr(value, P.test, &out)
            comprehensions(gens, &out)
            out += "}"
        case .generatorExp(let elt, let gens):
            out += "("
            expr(elt, P.test, &out)
            comprehensions(gens, &out)
            out += ")"
        case .yield(let value):
            if let value {
                out += "(yield "
                expr(value, P.test, &out)
                out += ")"
            } else {
                out += "(yield)"
            }
        case .yieldFrom(let value):
            out += "(yield from "
            expr(value, P.test, &out)
            out += ")"
        case .compare(let left, let ops, let comps):
            if level > P.cmp { out += "(" }
            expr(left, P.cmp + 1, &out)
            for (op, c) in zip(ops, comps) {
                switch op {
                case .eq: out += " == "
                case .notEq: out += " != "
                case .lt: out += " < "
                case .ltE: out += " <= "
                case .gt: out += " > "
                case .gtE: out += " >= "
                case .is: out += " is "
                case .isNot: out += " is not "
                case .in: out += " in "
                case .notIn: out += " not in "
                }
                expr(c, P.cmp + 1, &out)
            }
            if level > P.cmp { out += ")" }
        case .call(let f, let args, let keywords):
            expr(f, P.atom, &out)
            if args.count == 1 && keywords.isEmpty, case .generatorExp = args[0].kind {
                expr(args[0], P.test, &out)
                return
            }
            out += "("
            var first = true
            for a in args {
                if !first { out += ", " }
                first = false
                expr(a, P.test, &out)
            }
            for k in keywords {
                if !first { out += ", " }
                first = false
                if let name = k.name { out += name + "=" } else { out += "**" }
                expr(k.value, P.test, &out)
            }
            out += ")"
        case .constant(let c):
            if case .ellipsis = c {
                out += "..."
                return
            }
            if e.hasUPrefix { out += "u" }
            out += constant(c)
        case .joinedStr(let values):
            out += "f" + PyRepr.string(fstringBody(values, isFormatSpec: false))
        case .formattedValue:
            out += formattedValue(e)
        case .attribute(let value, let attr, _):
            expr(value, P.atom, &out)
            if case .constant(.int) = value.kind { out += " ." } else { out += "." }
            out += attr
        case .subscript(let value, let slice, _):
            expr(value, P.atom, &out)
            var sliceLevel = P.tuple
            if case .tuple(let elts, _) = slice.kind,
               elts.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                sliceLevel += 1
            }
            out += "["
            expr(slice, sliceLevel, &out)
            out += "]"
        case .starred(let value, _):
            out += "*"
            expr(value, P.expr, &out)
        case .slice(let lower, let upper, let step):
            if let lower { expr(lower, P.test, &out) }
            out += ":"
            if let upper { expr(upper, P.test, &out) }
            if let step {
                out += ":"
                expr(step, P.test, &out)
            }
        case .name(let id, _):
            out += id
        case .list(let elts, _):
            out += "["
            sequence(elts, &out)
            out += "]"
        case .tuple(let elts, _):
            if elts.isEmpty {
                out += "()"
                return
            }
            if level > P.tuple { out += "(" }
            sequence(elts, &out)
            if elts.count == 1 { out += "," }
            if level > P.tuple { out += ")" }
        case .namedExpr(let target, let value):
            if level > P.tuple { out += "(" }
            expr(target, P.atom, &out)
            out += " := "
            expr(value, P.atom, &out)
            if level > P.tuple { out += ")" }
        }
    }

    private static func binop(_ op: BinaryOperator) -> (String, Int, Bool) {
        switch op {
        case .add: return (" + ", P.arith, false)
        case .sub: return (" - ", P.arith, false)
        case .mult: return (" * ", P.term, false)
        case .matMult: return (" @ ", P.term, false)
        case .div: return (" / ", P.term, false)
        case .mod: return (" % ", P.term, false)
        case .lShift: return (" << ", P.shift, false)
        case .rShift: return (" >> ", P.shift, false)
        case .bitOr: return (" | ", P.bor, false)
        case .bitXor: return (" ^ ", P.bxor, false)
        case .bitAnd: return (" & ", P.band, false)
        case .floorDiv: return (" // ", P.term, false)
        case .pow: return (" ** ", P.power, true)
        }
    }

    private static func sequence(_ elts: [Expr], _ out: inout String) {
        for (i, el) in elts.enumerated() {
            if i > 0 { out += ", " }
            expr(el, P.test, &out)
        }
    }

    private static func comprehensions(_ gens: [Comprehension], _ out: inout String) {
        for g in gens {
            out += " for "
            expr(g.target, P.tuple, &out)
            out += " in "
            expr(g.iter, P.test + 1, &out)
            for cond in g.ifs {
                out += " if "
                expr(cond, P.test + 1, &out)
            }
        }
    }

    /// `append_ast_args`.
    private static func arguments(_ a: Arguments, _ out: inout String) {
        var first = true
        func sep() {
            if first { first = false } else { out += ", " }
        }
        func arg(_ p: Arg) {
            out += p.name
            if let ann = p.annotation {
                out += ": "
                expr(ann, P.test, &out)
            }
        }
        let positional = a.posonlyargs + a.args
        for (i, p) in positional.enumerated() {
            sep()
            arg(p)
            let di = i - positional.count + a.defaults.count
            if di >= 0 {
                out += "="
                expr(a.defaults[di], P.test, &out)
            }
            if !a.posonlyargs.isEmpty && i + 1 == a.posonlyargs.count { out += ", /" }
        }
        if a.vararg != nil || !a.kwonlyargs.isEmpty {
            sep()
            out += "*"
            if let v = a.vararg { arg(v) }
        }
        for (i, p) in a.kwonlyargs.enumerated() {
            sep()
            arg(p)
            let di = i - a.kwonlyargs.count + a.kwDefaults.count
            if di >= 0, let d = a.kwDefaults[di] {
                out += "="
                expr(d, P.test, &out)
            }
        }
        if let k = a.kwarg {
            sep()
            out += "**"
            arg(k)
        }
    }

    /// `append_repr`, with infinities spelled `1e309` so the text parses back.
    private static func constant(_ c: ConstantValue) -> String {
        let repr = CodeConstant(c).pythonRepr()
        switch c {
        case .float(let d) where d.isInfinite:
            return repr.replacingOccurrences(of: "inf", with: "1e309")
        case .complex:
            return repr.replacingOccurrences(of: "inf", with: "1e309")
        default:
            return repr
        }
    }

    // MARK: f-strings

    private static func fstringBody(_ values: [Expr], isFormatSpec: Bool) -> String {
        var body = ""
        for v in values { body += fstringElement(v, isFormatSpec: isFormatSpec) }
        return body
    }

    private static func fstringElement(_ e: Expr, isFormatSpec: Bool) -> String {
        switch e.kind {
        case .constant(.str(let s)):
            return s.replacingOccurrences(of: "{", with: "{{")
                .replacingOccurrences(of: "}", with: "}}")
        case .joinedStr(let values):
            let body = fstringBody(values, isFormatSpec: isFormatSpec)
            return isFormatSpec ? body : "f" + PyRepr.string(body)
        case .formattedValue:
            return formattedValue(e)
        default:
            return ""
        }
    }

    /// `append_formattedvalue`.
    private static func formattedValue(_ e: Expr) -> String {
        guard case .formattedValue(let value, let conversion, let spec) = e.kind else { return "" }
        var inner = ""
        expr(value, P.test + 1, &inner)
        var out = inner.hasPrefix("{") ? "{ " : "{"
        out += inner
        switch conversion {
        case .none: break
        case .str: out += "!s"
        case .repr: out += "!r"
        case .ascii: out += "!a"
        }
        if let spec {
            out += ":" + fstringElement(spec, isFormatSpec: true)
        }
        return out + "}"
    }
}
