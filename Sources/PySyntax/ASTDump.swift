// `ast.dump(tree, include_attributes=...)` (Lib/ast.py, 3.11): every field by name in ASDL
// order, optional fields left out when None, lists always shown, and with attributes the four
// position fields after the others. Fields we do not model print as CPython prints them for
// parser output: `type_ignores=[]`, no `type_comment`, `is_async=0`.

/// The text `ast.dump(tree, include_attributes: includeAttributes)` gives for the same source.
/// - Complexity: linear in the size of the tree.
public func dumpAST(_ mod: Mod, includeAttributes: Bool) -> String {
    runWithLargeStack {
        var d = ASTDumper(attributes: includeAttributes)
        d.mod(mod)
        return d.out
    }
}

struct ASTDumper {
    let attributes: Bool
    var out = ""

    init(attributes: Bool) {
        self.attributes = attributes
        out.reserveCapacity(4096)
    }

    mutating func mod(_ m: Mod) {
        switch m {
        case .module(let body):
            out += "Module(body="
            stmts(body)
            out += ", type_ignores=[])"
        case .expression(let e):
            out += "Expression(body="
            expr(e)
            out += ")"
        }
    }

    // MARK: - Helpers

    /// `[a, b]`: lists are always printed, even empty (`ast.dump` never leaves them out).
    mutating func list<T>(_ items: [T], _ each: (inout ASTDumper, T) -> Void) {
        out += "["
        for (i, x) in items.enumerated() {
            if i > 0 { out += ", " }
            each(&self, x)
        }
        out += "]"
    }

    mutating func stmts(_ s: [Stmt]) { list(s) { $0.stmt($1) } }
    mutating func exprs(_ e: [Expr]) { list(e) { $0.expr($1) } }

    /// `, name=<expr>` unless nil.
    /// Optional fields (`expr?` in the ASDL) are left out when None, which is why the same
    /// node can print with or without e.g. `returns=`.
    mutating func optional(_ name: String, _ e: Expr?) {
        if let e {
            out += ", " + name + "="
            expr(e)
        }
    }

    /// With `include_attributes`, the four position attributes come after the fields.
    mutating func position(_ r: SourceRange) {
        guard attributes else { return }
        out += ", lineno=\(r.lineno), col_offset=\(r.colOffset), end_lineno=\(r.endLineno)"
        out += ", end_col_offset=\(r.endColOffset)"
    }

    mutating func close(_ r: SourceRange) {
        position(r)
        out += ")"
    }

    /// A node with no fields: `Pass()` or `Pass(lineno=...)`.
    mutating func bare(_ name: String, _ r: SourceRange) {
        out += name + "("
        if attributes {
            out += "lineno=\(r.lineno), col_offset=\(r.colOffset), end_lineno=\(r.endLineno)"
            out += ", end_col_offset=\(r.endColOffset)"
        }
        out += ")"
    }

    // Contexts and operators print as calls of their (field-less) node classes.
    static func ctx(_ c: ExprContext) -> String {
        switch c {
        case .load: return "Load()"
        case .store: return "Store()"
        case .del: return "Del()"
        }
    }

    static func op(_ o: BinaryOperator) -> String {
        switch o {
        case .add: return "Add()"
        case .sub: return "Sub()"
        case .mult: return "Mult()"
        case .matMult: return "MatMult()"
        case .div: return "Div()"
        case .mod: return "Mod()"
        case .pow: return "Pow()"
        case .lShift: return "LShift()"
        case .rShift: return "RShift()"
        case .bitOr: return "BitOr()"
        case .bitXor: return "BitXor()"
        case .bitAnd: return "BitAnd()"
        case .floorDiv: return "FloorDiv()"
        }
    }

    static func op(_ o: UnaryOperator) -> String {
        switch o {
        case .invert: return "Invert()"
        case .not: return "Not()"
        case .uAdd: return "UAdd()"
        case .uSub: return "USub()"
        }
    }

    static func op(_ o: CompareOperator) -> String {
        switch o {
        case .eq: return "Eq()"
        case .notEq: return "NotEq()"
        case .lt: return "Lt()"
        case .ltE: return "LtE()"
        case .gt: return "Gt()"
        case .gtE: return "GtE()"
        case .is: return "Is()"
        case .isNot: return "IsNot()"
        case .in: return "In()"
        case .notIn: return "NotIn()"
        }
    }

    /// Identifiers and names print as Python string reprs.
    static func str(_ s: String) -> String { PythonRepr.string(s) }

    // MARK: - Statements

    /// One statement node. Fields follow Parser/Python.asdl; `type_comment` is never set by
    /// the parser without PyCF_TYPE_COMMENTS, so it never prints.
    mutating func stmt(_ s: Stmt) {
        let r = s.range
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns):
            out += "FunctionDef(name=" + Self.str(name) + ", args="
            arguments(args)
            out += ", body="
            stmts(body)
            out += ", decorator_list="
            exprs(decorators)
            optional("returns", returns)
            close(r)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            out += "ClassDef(name=" + Self.str(name) + ", bases="
            exprs(bases)
            out += ", keywords="
            list(keywords) { $0.keyword($1) }
            out += ", body="
            stmts(body)
            out += ", decorator_list="
            exprs(decorators)
            close(r)
        case .return(let value):
            out += "Return("
            if let value {
                out += "value="
                expr(value)
                close(r)
            } else {
                positionOnly(r)
            }
        case .delete(let targets):
            out += "Delete(targets="
            exprs(targets)
            close(r)
        case .assign(let targets, let value):
            out += "Assign(targets="
            exprs(targets)
            out += ", value="
            expr(value)
            close(r)
        case .augAssign(let target, let op, let value):
            out += "AugAssign(target="
            expr(target)
            out += ", op=" + Self.op(op) + ", value="
            expr(value)
            close(r)
        case .annAssign(let target, let annotation, let value, let simple):
            out += "AnnAssign(target="
            expr(target)
            out += ", annotation="
            expr(annotation)
            optional("value", value)
            out += ", simple=" + (simple ? "1" : "0")
            close(r)
        case .for(let target, let iter, let body, let orelse):
            out += "For(target="
            expr(target)
            out += ", iter="
            expr(iter)
            out += ", body="
            stmts(body)
            out += ", orelse="
            stmts(orelse)
            close(r)
        case .while(let test, let body, let orelse):
            out += "While(test="
            expr(test)
            out += ", body="
            stmts(body)
            out += ", orelse="
            stmts(orelse)
            close(r)
        case .if(let test, let body, let orelse):
            out += "If(test="
            expr(test)
            out += ", body="
            stmts(body)
            out += ", orelse="
            stmts(orelse)
            close(r)
        case .with(let items, let body):
            out += "With(items="
            list(items) { d, item in
                d.out += "withitem(context_expr="
                d.expr(item.contextExpr)
                d.optional("optional_vars", item.optionalVars)
                d.out += ")"
            }
            out += ", body="
            stmts(body)
            close(r)
        case .raise(let exc, let cause):
            out += "Raise("
            if let exc {
                out += "exc="
                expr(exc)
                optional("cause", cause)
                close(r)
            } else if let cause {
                out += "cause="
                expr(cause)
                close(r)
            } else {
                positionOnly(r)
            }
        case .try(let body, let handlers, let orelse, let finalbody):
            out += "Try(body="
            stmts(body)
            out += ", handlers="
            list(handlers) { $0.handler($1) }
            out += ", orelse="
            stmts(orelse)
            out += ", finalbody="
            stmts(finalbody)
            close(r)
        case .assert(let test, let msg):
            out += "Assert(test="
            expr(test)
            optional("msg", msg)
            close(r)
        case .import(let names):
            out += "Import(names="
            list(names) { $0.alias($1) }
            close(r)
        case .importFrom(let module, let names, let level):
            out += "ImportFrom("
            if let module { out += "module=" + Self.str(module) + ", " }
            out += "names="
            list(names) { $0.alias($1) }
            out += ", level=\(level)"
            close(r)
        case .global(let names):
            out += "Global(names=[" + names.map(Self.str).joined(separator: ", ") + "]"
            close(r)
        case .nonlocal(let names):
            out += "Nonlocal(names=[" + names.map(Self.str).joined(separator: ", ") + "]"
            close(r)
        case .expr(let e):
            out += "Expr(value="
            expr(e)
            close(r)
        case .pass: bare("Pass", r)
        case .break: bare("Break", r)
        case .continue: bare("Continue", r)
        }
    }

    /// The attributes of a node whose fields were all left out (after its "Name(").
    mutating func positionOnly(_ r: SourceRange) {
        if attributes {
            out += "lineno=\(r.lineno), col_offset=\(r.colOffset), end_lineno=\(r.endLineno)"
            out += ", end_col_offset=\(r.endColOffset)"
        }
        out += ")"
    }

    /// `ExceptHandler(type?, name?, body)`: a bare `except:` has neither type nor name.
    mutating func handler(_ h: ExceptHandler) {
        out += "ExceptHandler("
        var first = true
        if let type = h.type {
            out += "type="
            expr(type)
            first = false
        }
        if let name = h.name {
            out += (first ? "" : ", ") + "name=" + Self.str(name)
            first = false
        }
        out += (first ? "" : ", ") + "body="
        stmts(h.body)
        close(h.range)
    }

    /// `arguments` has no position attributes; `kw_defaults` holds None for keyword-only
    /// parameters without a default, so its list lines up with `kwonlyargs`.
    mutating func arguments(_ a: Arguments) {
        out += "arguments(posonlyargs="
        list(a.posonlyargs) { $0.arg($1) }
        out += ", args="
        list(a.args) { $0.arg($1) }
        if let v = a.vararg {
            out += ", vararg="
            arg(v)
        }
        out += ", kwonlyargs="
        list(a.kwonlyargs) { $0.arg($1) }
        out += ", kw_defaults="
        list(a.kwDefaults) { d, e in
            if let e { d.expr(e) } else { d.out += "None" }
        }
        if let k = a.kwarg {
            out += ", kwarg="
            arg(k)
        }
        out += ", defaults="
        exprs(a.defaults)
        out += ")"
    }

    mutating func arg(_ a: Arg) {
        out += "arg(arg=" + Self.str(a.name)
        optional("annotation", a.annotation)
        close(a.range)
    }

    mutating func keyword(_ k: Keyword) {
        out += "keyword("
        if let name = k.name { out += "arg=" + Self.str(name) + ", " }
        out += "value="
        expr(k.value)
        close(k.range)
    }

    mutating func alias(_ a: Alias) {
        out += "alias(name=" + Self.str(a.name)
        if let asname = a.asname { out += ", asname=" + Self.str(asname) }
        close(a.range)
    }

    /// `comprehension` has no positions; `is_async` is always 0 here (no async support).
    mutating func comprehensions(_ gens: [Comprehension]) {
        list(gens) { d, c in
            d.out += "comprehension(target="
            d.expr(c.target)
            d.out += ", iter="
            d.expr(c.iter)
            d.out += ", ifs="
            d.exprs(c.ifs)
            d.out += ", is_async=0)"
        }
    }
}
