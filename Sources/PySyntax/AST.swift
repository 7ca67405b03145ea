import BigInt

// The abstract syntax tree, shaped after CPython 3.11's `ast` module (Parser/Python.asdl) so that
// `ast.dump`-style output can be compared with python3's and so the compiler can follow
// Python/compile.c visitor by visitor. Async constructs, `match` and `try*` are out of scope.

/// Where a node sits in the source: 1-based lines, 0-based columns counted in UTF-8 bytes, as
/// CPython counts them (tracebacks turn them into character columns for the `~~^~~` markers).
public struct SourceRange: Equatable, Sendable {
    public var lineno: Int
    public var colOffset: Int
    public var endLineno: Int
    public var endColOffset: Int

    public init(lineno: Int, colOffset: Int, endLineno: Int, endColOffset: Int) {
        self.lineno = lineno
        self.colOffset = colOffset
        self.endLineno = endLineno
        self.endColOffset = endColOffset
    }
}

/// A constant as the parser and the compiler's constant folder see it.
public indirect enum ConstantValue: Equatable, Sendable {
    case none
    case bool(Bool)
    case ellipsis
    case int(BigInt)
    case float(Double)
    /// An imaginary literal or a folded complex number: (real, imag).
    case complex(Double, Double)
    case str(String)
    case bytes([UInt8])
    /// Only made by constant folding (a tuple of constants), never by the parser.
    case tuple([ConstantValue])
    /// Only made by constant folding (`x in {1, 2}`), never by the parser.
    case frozenset([ConstantValue])
}

public enum ExprContext: Sendable { case load, store, del }
public enum BoolOperator: Sendable { case and, or }
public enum BinaryOperator: Sendable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}
public enum UnaryOperator: Sendable { case invert, not, uAdd, uSub }
public enum CompareOperator: Sendable { case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn }

/// The kinds of `!` conversion in an f-string replacement field; raw values match CPython's
/// `FormattedValue.conversion` (-1 none, 115 's', 114 'r', 97 'a').
public enum Conversion: Int, Sendable { case none = -1, str = 115, repr = 114, ascii = 97 }

public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    /// CPython's `Constant.kind == 'u'`: a string constant whose first literal was written with a
    /// lowercase `u` prefix. Only `ast.dump`-style output shows it; nothing else reads it.
    public var hasUPrefix: Bool = false
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum ExprKind: Sendable {
    case boolOp(BoolOperator, [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A nil key is a `**mapping` entry.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(elt: Expr, [Comprehension])
    case setComp(elt: Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(elt: Expr, [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, [CompareOperator], [Expr])
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    case formattedValue(Expr, conversion: Conversion, formatSpec: Expr?)
    case joinedStr([Expr])
    case constant(ConstantValue)
    case attribute(Expr, attr: String, ExprContext)
    case `subscript`(Expr, slice: Expr, ExprContext)
    case starred(Expr, ExprContext)
    case name(String, ExprContext)
    case list([Expr], ExprContext)
    case tuple([Expr], ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StmtKind: Sendable {
    case functionDef(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?)
    case classDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr])
    case `return`(Expr?)
    case delete([Expr])
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, BinaryOperator, value: Expr)
    /// `simple` is true for a plain name target not in parentheses, as in CPython.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public init(target: Expr, iter: Expr, ifs: [Expr]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

/// A function's parameter list; `kwDefaults` lines up with `kwonlyargs` (nil: no default).
public struct Arguments: Sendable {
    public var posonlyargs: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg?
    public var kwonlyargs: [Arg] = []
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg?
    /// Defaults of the last `defaults.count` positional parameters.
    public var defaults: [Expr] = []
    public init() {}
}

public struct Arg: Sendable {
    public var name: String
    public var annotation: Expr?
    public var range: SourceRange
    public init(name: String, annotation: Expr?, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.range = range
    }
}

/// `name=value` in a call or class header; a nil name is `**mapping`.
public struct Keyword: Sendable {
    public var name: String?
    public var value: Expr
    public var range: SourceRange
    public init(name: String?, value: Expr, range: SourceRange) {
        self.name = name
        self.value = value
        self.range = range
    }
}

public struct Alias: Sendable {
    public var name: String
    public var asname: String?
    public var range: SourceRange
    public init(name: String, asname: String?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}

public struct WithItem: Sendable {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// A parsed file, cell or `exec` string (CPython's `Module`), or an `eval` string (`Expression`).
public enum Mod: Sendable {
    case module([Stmt])
    case expression(Expr)
}
