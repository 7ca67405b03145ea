// `ast.dump` text for expression nodes, in the ASDL field order of Parser/Python.asdl (3.11).

extension ASTDumper {
    /// One method per kind keeps each stack frame small: dumps recurse once per tree level,
    /// and a 100,000-term sum nests that deep.
    mutating func expr(_ e: Expr) {
        switch e.kind {
        case .boolOp: dumpBoolOp(e)
        case .namedExpr: dumpNamedExpr(e)
        case .binOp: dumpBinOp(e)
        case .unaryOp: dumpUnaryOp(e)
        case .lambda: dumpLambda(e)
        case .ifExp: dumpIfExp(e)
        case .dict: dumpDict(e)
        case .set: dumpSet(e)
        case .listComp: dumpListComp(e)
        case .setComp: dumpSetComp(e)
        case .dictComp: dumpDictComp(e)
        case .generatorExp: dumpGeneratorExp(e)
        case .yield: dumpYield(e)
        case .yieldFrom: dumpYieldFrom(e)
        case .compare: dumpCompare(e)
        case .call: dumpCall(e)
        case .formattedValue: dumpFormattedValue(e)
        case .joinedStr: dumpJoinedStr(e)
        case .constant: dumpConstant(e)
        case .attribute: dumpAttribute(e)
        case .subscript: dumpSubscript(e)
        case .starred: dumpStarred(e)
        case .name: dumpName(e)
        case .list: dumpList(e)
        case .tuple: dumpTuple(e)
        case .slice: dumpSlice(e)
        }
    }

    mutating func dumpBoolOp(_ e: Expr) {
        guard case .boolOp(let op, let values) = e.kind else { return }
        let r = e.range
        out += "BoolOp(op=" + (op == .and ? "And()" : "Or()") + ", values="
        exprs(values)
        close(r)
    }

    mutating func dumpNamedExpr(_ e: Expr) {
        guard case .namedExpr(let target, let value) = e.kind else { return }
        let r = e.range
        out += "NamedExpr(target="
        expr(target)
        out += ", value="
        expr(value)
        close(r)
    }

    mutating func dumpBinOp(_ e: Expr) {
        guard case .binOp(let left, let op, let right) = e.kind else { return }
        let r = e.range
        out += "BinOp(left="
        expr(left)
        out += ", op=" + Self.op(op) + ", right="
        expr(right)
        close(r)
    }

    mutating func dumpUnaryOp(_ e: Expr) {
        guard case .unaryOp(let op, let operand) = e.kind else { return }
        let r = e.range
        out += "UnaryOp(op=" + Self.op(op) + ", operand="
        expr(operand)
        close(r)
    }

    mutating func dumpLambda(_ e: Expr) {
        guard case .lambda(let args, let body) = e.kind else { return }
        let r = e.range
        out += "Lambda(args="
        arguments(args)
        out += ", body="
        expr(body)
        close(r)
    }

    mutating func dumpIfExp(_ e: Expr) {
        guard case .ifExp(let test, let body, let orelse) = e.kind else { return }
        let r = e.range
        out += "IfExp(test="
        expr(test)
        out += ", body="
        expr(body)
        out += ", orelse="
        expr(orelse)
        close(r)
    }

    /// `**mapping` entries have a None key.
    mutating func dumpDict(_ e: Expr) {
        guard case .dict(let keys, let values) = e.kind else { return }
        let r = e.range
        out += "Dict(keys="
        list(keys) { d, k in
            if let k { d.expr(k) } else { d.out += "None" }
        }
        out += ", values="
        exprs(values)
        close(r)
    }

    mutating func dumpSet(_ e: Expr) {
        guard case .set(let elts) = e.kind else { return }
        let r = e.range
        out += "Set(elts="
        exprs(elts)
        close(r)
    }

    mutating func dumpListComp(_ e: Expr) {
        guard case .listComp(let elt, let gens) = e.kind else { return }
        let r = e.range
        out += "ListComp(elt="
        expr(elt)
        out += ", generators="
        comprehensions(gens)
        close(r)
    }

    mutating func dumpSetComp(_ e: Expr) {
        guard case .setComp(let elt, let gens) = e.kind else { return }
        let r = e.range
        out += "SetComp(elt="
        expr(elt)
        out += ", generators="
        comprehensions(gens)
        close(r)
    }

    mutating func dumpDictComp(_ e: Expr) {
        guard case .dictComp(let key, let value, let gens) = e.kind else { return }
        let r = e.range
        out += "DictComp(key="
        expr(key)
        out += ", value="
        expr(value)
        out += ", generators="
        comprehensions(gens)
        close(r)
    }

    mutating func dumpGeneratorExp(_ e: Expr) {
        guard case .generatorExp(let elt, let gens) = e.kind else { return }
        let r = e.range
        out += "GeneratorExp(elt="
        expr(elt)
        out += ", generators="
        comprehensions(gens)
        close(r)
    }

    mutating func dumpYield(_ e: Expr) {
        guard case .yield(let value) = e.kind else { return }
        let r = e.range
        out += "Yield("
        if let value {
            out += "value="
            expr(value)
            close(r)
        } else {
            positionOnly(r)
        }
    }

    mutating func dumpYieldFrom(_ e: Expr) {
        guard case .yieldFrom(let value) = e.kind else { return }
        let r = e.range
        out += "YieldFrom(value="
        expr(value)
        close(r)
    }

    mutating func dumpCompare(_ e: Expr) {
        guard case .compare(let left, let ops, let comparators) = e.kind else { return }
        let r = e.range
        out += "Compare(left="
        expr(left)
        out += ", ops=[" + ops.map(Self.op).joined(separator: ", ") + "], comparators="
        exprs(comparators)
        close(r)
    }

    mutating func dumpCall(_ e: Expr) {
        guard case .call(let fn, let args, let keywords) = e.kind else { return }
        let r = e.range
        out += "Call(func="
        expr(fn)
        out += ", args="
        exprs(args)
        out += ", keywords="
        list(keywords) { $0.keyword($1) }
        close(r)
    }

    /// `conversion` prints as the character code CPython stores (-1, 115, 114, 97).
    mutating func dumpFormattedValue(_ e: Expr) {
        guard case .formattedValue(let value, let conversion, let spec) = e.kind else { return }
        let r = e.range
        out += "FormattedValue(value="
        expr(value)
        out += ", conversion=\(conversion.rawValue)"
        optional("format_spec", spec)
        close(r)
    }

    mutating func dumpJoinedStr(_ e: Expr) {
        guard case .joinedStr(let values) = e.kind else { return }
        let r = e.range
        out += "JoinedStr(values="
        exprs(values)
        close(r)
    }

    /// `Constant(value=..., kind='u')`: the kind only for a `u'...'` first literal.
    mutating func dumpConstant(_ e: Expr) {
        guard case .constant(let v) = e.kind else { return }
        let r = e.range
        out += "Constant(value=" + PythonRepr.constant(v)
        if e.hasUPrefix { out += ", kind='u'" }
        close(r)
    }

    mutating func dumpAttribute(_ e: Expr) {
        guard case .attribute(let value, let attr, let ctx) = e.kind else { return }
        let r = e.range
        out += "Attribute(value="
        expr(value)
        out += ", attr=" + Self.str(attr) + ", ctx=" + Self.ctx(ctx)
        close(r)
    }

    mutating func dumpSubscript(_ e: Expr) {
        guard case .subscript(let value, let slice, let ctx) = e.kind else { return }
        let r = e.range
        out += "Subscript(value="
        expr(value)
        out += ", slice="
        expr(slice)
        out += ", ctx=" + Self.ctx(ctx)
        close(r)
    }

    mutating func dumpStarred(_ e: Expr) {
        guard case .starred(let value, let ctx) = e.kind else { return }
        let r = e.range
        out += "Starred(value="
        expr(value)
        out += ", ctx=" + Self.ctx(ctx)
        close(r)
    }

    mutating func dumpName(_ e: Expr) {
        guard case .name(let id, let ctx) = e.kind else { return }
        let r = e.range
        out += "Name(id=" + Self.str(id) + ", ctx=" + Self.ctx(ctx)
        close(r)
    }

    mutating func dumpList(_ e: Expr) {
        guard case .list(let elts, let ctx) = e.kind else { return }
        let r = e.range
        out += "List(elts="
        exprs(elts)
        out += ", ctx=" + Self.ctx(ctx)
        close(r)
    }

    mutating func dumpTuple(_ e: Expr) {
        guard case .tuple(let elts, let ctx) = e.kind else { return }
        let r = e.range
        out += "Tuple(elts="
        exprs(elts)
        out += ", ctx=" + Self.ctx(ctx)
        close(r)
    }

    /// `Slice` has only optional fields: `a[:]` prints as `Slice()` (with attributes, as
    /// `Slice(lineno=...)`).
    mutating func dumpSlice(_ e: Expr) {
        guard case .slice(let lower, let upper, let step) = e.kind else { return }
        let r = e.range
        out += "Slice("
        var parts: [(String, Expr)] = []
        if let lower { parts.append(("lower", lower)) }
        if let upper { parts.append(("upper", upper)) }
        if let step { parts.append(("step", step)) }
        for (i, (name, value)) in parts.enumerated() {
            if i > 0 { out += ", " }
            out += name + "="
            expr(value)
        }
        if parts.isEmpty { positionOnly(r) } else { close(r) }
    }
}
