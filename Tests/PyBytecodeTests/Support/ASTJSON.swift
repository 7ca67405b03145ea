import BigInt
import Foundation
import PySyntax

/// Reads the `NAME.ast.json` files that scripts/gen_dis_fixtures.py writes (python3's
/// `ast.parse` as JSON) into our AST, so the compiler is tested on exactly CPython's tree,
/// independently of the PySyntax parser.
enum ASTJSON {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    typealias Object = [String: Any]

    static func load(_ url: URL) throws -> Mod {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? Object else {
            throw Failure(description: "not a JSON object: \(url.lastPathComponent)")
        }
        return try mod(root)
    }

    static func mod(_ o: Object) throws -> Mod {
        switch o["_t"] as? String {
        case "Module": return .module(try stmts(o["body"]))
        case "Expression": return .expression(try expr(o["body"]))
        case "Interactive": return .module(try stmts(o["body"]))
        default: throw Failure(description: "unknown mod \(o["_t"] ?? "?")")
        }
    }

    private static func obj(_ v: Any?) throws -> Object {
        guard let o = v as? Object else { throw Failure(description: "expected object: \(String(describing: v))") }
        return o
    }

    private static func list(_ v: Any?) -> [Any] { (v as? [Any]) ?? [] }

    private static func range(_ o: Object) -> SourceRange {
        let l = (o["_loc"] as? [Int]) ?? [0, 0, 0, 0]
        return SourceRange(lineno: l[0], colOffset: l[1], endLineno: l[2], endColOffset: l[3])
    }

    private static func string(_ v: Any?) -> String? { v as? String }

    static func stmts(_ v: Any?) throws -> [Stmt] { try list(v).map { try stmt($0) } }

    static func exprs(_ v: Any?) throws -> [Expr] { try list(v).map { try expr($0) } }

    private static func optExpr(_ v: Any?) throws -> Expr? {
        if v == nil || v is NSNull { return nil }
        return try expr(v)
    }

    static func stmt(_ v: Any?) throws -> Stmt {
        let o = try obj(v)
        let r = range(o)
        let t = o["_t"] as? String ?? ""
        let kind: StmtKind
        switch t {
        case "FunctionDef":
            kind = .functionDef(name: string(o["name"])!, args: try arguments(o["args"]),
                                body: try stmts(o["body"]), decorators: try exprs(o["decorator_list"]),
                                returns: try optExpr(o["returns"]))
        case "ClassDef":
            kind = .classDef(name: string(o["name"])!, bases: try exprs(o["bases"]),
                             keywords: try list(o["keywords"]).map { try keyword($0) },
                             body: try stmts(o["body"]), decorators: try exprs(o["decorator_list"]))
        case "Return": kind = .return(try optExpr(o["value"]))
        case "Delete": kind = .delete(try exprs(o["targets"]))
        case "Assign": kind = .assign(targets: try exprs(o["targets"]), value: try expr(o["value"]))
        case "AugAssign":
            kind = .augAssign(target: try expr(o["target"]), try binop(o["op"]),
                              value: try expr(o["value"]))
        case "AnnAssign":
            kind = .annAssign(target: try expr(o["target"]), annotation: try expr(o["annotation"]),
                              value: try optExpr(o["value"]), simple: (o["simple"] as? Int ?? 0) != 0)
        case "For":
            kind = .for(target: try expr(o["target"]), iter: try expr(o["iter"]),
                        body: try stmts(o["body"]), orelse: try stmts(o["orelse"]))
        case "While":
            kind = .while(test: try expr(o["test"]), body: try stmts(o["body"]),
                          orelse: try stmts(o["orelse"]))
        case "If":
            kind = .if(test: try expr(o["test"]), body: try stmts(o["body"]),
                       orelse: try stmts(o["orelse"]))
        case "With":
            kind = .with(items: try list(o["items"]).map { item in
                let io = try obj(item)
                return WithItem(contextExpr: try expr(io["context_expr"]),
                                optionalVars: try optExpr(io["optional_vars"]))
            }, body: try stmts(o["body"]))
        case "Raise": kind = .raise(exc: try optExpr(o["exc"]), cause: try optExpr(o["cause"]))
        case "Try":
            kind = .try(body: try stmts(o["body"]), handlers: try list(o["handlers"]).map { h in
                let ho = try obj(h)
                return ExceptHandler(type: try optExpr(ho["type"]), name: string(ho["name"]),
                                     body: try stmts(ho["body"]), range: range(ho))
            }, orelse: try stmts(o["orelse"]), finalbody: try stmts(o["finalbody"]))
        case "Assert": kind = .assert(test: try expr(o["test"]), msg: try optExpr(o["msg"]))
        case "Import": kind = .import(try list(o["names"]).map { try alias($0) })
        case "ImportFrom":
            kind = .importFrom(module: string(o["module"]),
                               names: try list(o["names"]).map { try alias($0) },
                               level: o["level"] as? Int ?? 0)
        case "Global": kind = .global(list(o["names"]).compactMap { $0 as? String })
        case "Nonlocal": kind = .nonlocal(list(o["names"]).compactMap { $0 as? String })
        case "Expr": kind = .expr(try expr(o["value"]))
        case "Pass": kind = .pass
        case "Break": kind = .break
        case "Continue": kind = .continue
        default: throw Failure(description: "unsupported statement \(t)")
        }
        return Stmt(kind, r)
    }

    private static func alias(_ v: Any?) throws -> Alias {
        let o = try obj(v)
        return Alias(name: string(o["name"])!, asname: string(o["asname"]), range: range(o))
    }

    private static func keyword(_ v: Any?) throws -> Keyword {
        let o = try obj(v)
        return Keyword(name: string(o["arg"]), value: try expr(o["value"]), range: range(o))
    }

    private static func arg(_ v: Any?) throws -> Arg {
        let o = try obj(v)
        return Arg(name: string(o["arg"])!, annotation: try optExpr(o["annotation"]), range: range(o))
    }

    private static func optArg(_ v: Any?) throws -> Arg? {
        if v == nil || v is NSNull { return nil }
        return try arg(v)
    }

    private static func arguments(_ v: Any?) throws -> Arguments {
        let o = try obj(v)
        var a = Arguments()
        a.posonlyargs = try list(o["posonlyargs"]).map { try arg($0) }
        a.args = try list(o["args"]).map { try arg($0) }
        a.vararg = try optArg(o["vararg"])
        a.kwonlyargs = try list(o["kwonlyargs"]).map { try arg($0) }
        a.kwDefaults = try list(o["kw_defaults"]).map { try optExpr($0) }
        a.kwarg = try optArg(o["kwarg"])
        a.defaults = try exprs(o["defaults"])
        return a
    }

    private static func comprehensions(_ v: Any?) throws -> [Comprehension] {
        try list(v).map { g in
            let go = try obj(g)
            return Comprehension(target: try expr(go["target"]), iter: try expr(go["iter"]),
                                 ifs: try exprs(go["ifs"]))
        }
    }

    private static func ctx(_ v: Any?) -> ExprContext {
        switch (v as? Object)?["_t"] as? String {
        case "Store": return .store
        case "Del": return .del
        default: return .load
        }
    }

    private static func binop(_ v: Any?) throws -> BinaryOperator {
        switch (v as? Object)?["_t"] as? String {
        case "Add": return .add
        case "Sub": return .sub
        case "Mult": return .mult
        case "MatMult": return .matMult
        case "Div": return .div
        case "Mod": return .mod
        case "Pow": return .pow
        case "LShift": return .lShift
        case "RShift": return .rShift
        case "BitOr": return .bitOr
        case "BitXor": return .bitXor
        case "BitAnd": return .bitAnd
        case "FloorDiv": return .floorDiv
        default: throw Failure(description: "unknown operator \(String(describing: v))")
        }
    }

    private static func cmpop(_ v: Any?) throws -> CompareOperator {
        switch (v as? Object)?["_t"] as? String {
        case "Eq": return .eq
        case "NotEq": return .notEq
        case "Lt": return .lt
        case "LtE": return .ltE
        case "Gt": return .gt
        case "GtE": return .gtE
        case "Is": return .is
        case "IsNot": return .isNot
        case "In": return .in
        case "NotIn": return .notIn
        default: throw Failure(description: "unknown comparison \(String(describing: v))")
        }
    }

    private static func hexDouble(_ s: String) -> Double {
        if s == "inf" { return .infinity }
        if s == "-inf" { return -.infinity }
        if s == "nan" { return .nan }
        return Double(s) ?? strtod(s, nil)
    }

    private static func constant(_ v: Any?) throws -> ConstantValue {
        let o = try obj(v)
        if o["none"] != nil { return .none }
        if o["ellipsis"] != nil { return .ellipsis }
        if let b = o["bool"] as? Bool { return .bool(b) }
        if let i = o["int"] as? String { return .int(BigInt(i)!) }
        if let f = o["float"] as? String { return .float(hexDouble(f)) }
        if let c = o["complex"] as? [String] { return .complex(hexDouble(c[0]), hexDouble(c[1])) }
        if let s = o["str"] as? String { return .str(s) }
        if let b = o["bytes"] as? [Int] { return .bytes(b.map { UInt8($0) }) }
        throw Failure(description: "unknown constant \(o)")
    }

    static func expr(_ v: Any?) throws -> Expr {
        let o = try obj(v)
        let r = range(o)
        let t = o["_t"] as? String ?? ""
        let kind: ExprKind
        switch t {
        case "BoolOp":
            let op: BoolOperator = ((o["op"] as? Object)?["_t"] as? String) == "And" ? .and : .or
            kind = .boolOp(op, try exprs(o["values"]))
        case "NamedExpr": kind = .namedExpr(target: try expr(o["target"]), value: try expr(o["value"]))
        case "BinOp": kind = .binOp(try expr(o["left"]), try binop(o["op"]), try expr(o["right"]))
        case "UnaryOp":
            let op: UnaryOperator
            switch (o["op"] as? Object)?["_t"] as? String {
            case "Invert": op = .invert
            case "Not": op = .not
            case "UAdd": op = .uAdd
            default: op = .uSub
            }
            kind = .unaryOp(op, try expr(o["operand"]))
        case "Lambda": kind = .lambda(try arguments(o["args"]), body: try expr(o["body"]))
        case "IfExp":
            kind = .ifExp(test: try expr(o["test"]), body: try expr(o["body"]),
                          orelse: try expr(o["orelse"]))
        case "Dict":
            kind = .dict(keys: try list(o["keys"]).map { try optExpr($0) }, values: try exprs(o["values"]))
        case "Set": kind = .set(try exprs(o["elts"]))
        case "ListComp": kind = .listComp(elt: try expr(o["elt"]), try comprehensions(o["generators"]))
        case "SetComp": kind = .setComp(elt: try expr(o["elt"]), try comprehensions(o["generators"]))
        case "DictComp":
            kind = .dictComp(key: try expr(o["key"]), value: try expr(o["value"]),
                             try comprehensions(o["generators"]))
        case "GeneratorExp":
            kind = .generatorExp(elt: try expr(o["elt"]), try comprehensions(o["generators"]))
        case "Yield": kind = .yield(try optExpr(o["value"]))
        case "YieldFrom": kind = .yieldFrom(try expr(o["value"]))
        case "Compare":
            kind = .compare(try expr(o["left"]), try list(o["ops"]).map { try cmpop($0) },
                            try exprs(o["comparators"]))
        case "Call":
            kind = .call(func: try expr(o["func"]), args: try exprs(o["args"]),
                         keywords: try list(o["keywords"]).map { try keyword($0) })
        case "FormattedValue":
            kind = .formattedValue(try expr(o["value"]),
                                   conversion: Conversion(rawValue: o["conversion"] as? Int ?? -1) ?? .none,
                                   formatSpec: try optExpr(o["format_spec"]))
        case "JoinedStr": kind = .joinedStr(try exprs(o["values"]))
        case "Constant": kind = .constant(try constant(o["value"]))
        case "Attribute":
            kind = .attribute(try expr(o["value"]), attr: string(o["attr"])!, ctx(o["ctx"]))
        case "Subscript":
            kind = .subscript(try expr(o["value"]), slice: try expr(o["slice"]), ctx(o["ctx"]))
        case "Starred": kind = .starred(try expr(o["value"]), ctx(o["ctx"]))
        case "Name": kind = .name(string(o["id"])!, ctx(o["ctx"]))
        case "List": kind = .list(try exprs(o["elts"]), ctx(o["ctx"]))
        case "Tuple": kind = .tuple(try exprs(o["elts"]), ctx(o["ctx"]))
        case "Slice":
            kind = .slice(lower: try optExpr(o["lower"]), upper: try optExpr(o["upper"]),
                          step: try optExpr(o["step"]))
        default: throw Failure(description: "unsupported expression \(t)")
        }
        return Expr(kind, r)
    }
}
