import PyBytecode
import PyRuntime

/// Numba IR (numba.core.ir): blocks labelled by bytecode offset + 2, statements `target = expr`
/// over named variables. Variables are names; the temporaries are spelled as Numba spells them
/// (`$binop_add8.2`), so `inspect_types` prints the same text.
struct NumbaIR {
    var blocks: [Block]
    let argNames: [String]
    /// The first line of the function's source (the decorator's, in 3.11).
    let firstLine: Int

    struct Block {
        let label: Int
        var statements: [Statement]
    }

    enum Statement {
        case assign(target: String, value: Expr, line: Int)
        case del(String, line: Int)
        case ret(String, line: Int)
        case jump(Int, line: Int)
        case branch(condition: String, truebr: Int, falsebr: Int, line: Int)
        /// `print(...)` inside nopython code.
        case print([String], line: Int)
        /// `target[index] = value`.
        case setitem(target: String, index: String, value: String, line: Int)

        var line: Int {
            switch self {
            case .assign(_, _, let l), .del(_, let l), .ret(_, let l), .jump(_, let l), .print(_, let l): return l
            case .branch(_, _, _, let l), .setitem(_, _, _, let l): return l
            }
        }
    }

    enum Expr {
        case arg(index: Int, name: String)
        case const(PyValue)
        case global(name: String, value: PyValue)
        case getattr(value: String, attr: String)
        case binop(BinaryOp, lhs: String, rhs: String)
        case inplaceBinop(BinaryOp, lhs: String, rhs: String)
        case unary(UnaryOp, value: String)
        case call(function: String, args: [String], kws: [(String, String)])
        case getiter(String)
        case iternext(String)
        case pairFirst(String)
        case pairSecond(String)
        case buildTuple([String])
        case exhaustIter(String, count: Int)
        case staticGetitem(value: String, index: Int, indexVar: String?)
        case getitem(value: String, index: String)
        case cast(String)
        /// A plain copy (`x = y`): Numba's phis and stores.
        case variable(String)

        var isInplace: Bool {
            if case .inplaceBinop = self { return true }
            return false
        }

        /// The variables it reads.
        var operands: [String] {
            switch self {
            case .arg, .const, .global: return []
            case .getattr(let v, _), .unary(_, let v), .getiter(let v), .iternext(let v), .pairFirst(let v),
                 .pairSecond(let v), .exhaustIter(let v, _), .cast(let v), .variable(let v): return [v]
            case .staticGetitem(let v, _, let indexVar): return [v] + (indexVar.map { [$0] } ?? [])
            case .binop(_, let a, let b), .inplaceBinop(_, let a, let b): return [a, b]
            case .getitem(let v, let i): return [v, i]
            case .call(let f, let args, let kws): return [f] + args + kws.map(\.1)
            case .buildTuple(let items): return items
            }
        }
    }

    enum BinaryOp: String {
        case add = "+", sub = "-", mul = "*", truediv = "/", floordiv = "//", mod = "%", pow = "**"
        case lshift = "<<", rshift = ">>", and = "&", or = "|", xor = "^"
        case lt = "<", le = "<=", gt = ">", ge = ">=", eq = "==", ne = "!="
        case `is` = "is", isNot = "is not"

        /// The operator module's name (`add`, `floordiv`), used in temporaries' names.
        var functionName: String {
            switch self {
            case .add: return "add"
            case .sub: return "sub"
            case .mul: return "mul"
            case .truediv: return "truediv"
            case .floordiv: return "floordiv"
            case .mod: return "mod"
            case .pow: return "pow"
            case .lshift: return "lshift"
            case .rshift: return "rshift"
            case .and: return "and_"
            case .or: return "or_"
            case .xor: return "xor"
            case .lt: return "lt"
            case .le: return "le"
            case .gt: return "gt"
            case .ge: return "ge"
            case .eq: return "eq"
            case .ne: return "ne"
            case .is: return "is_"
            case .isNot: return "is_not"
            }
        }

        var isComparison: Bool { [.lt, .le, .gt, .ge, .eq, .ne, .is, .isNot].contains(self) }
    }

    enum UnaryOp: String {
        case neg = "-", pos = "+", not = "not", invert = "~"
    }
}

extension NumbaIR.Expr {
    /// The expression as Numba's `str(ir.Expr)` writes it; `location` is `file:line` for the
    /// variables a call lists.
    func text(location: (String) -> String) -> String {
        switch self {
        case .arg(let i, let name): return "arg(\(i), name=\(name))"
        case .const(let v): return "const(\(v.type.name), \(Self.repr(v)))"
        case .global(let name, let v): return "global(\(name): \(Self.repr(v)))"
        case .getattr(let v, let attr): return "getattr(value=\(v), attr=\(attr))"
        case .binop(let op, let a, let b): return "\(a) \(op.rawValue) \(b)"
        case .inplaceBinop(let op, let a, let b):
            let name = op.functionName
            return "inplace_binop(fn=<built-in function i\(name)>, immutable_fn=<built-in function \(name)>, lhs=\(a), rhs=\(b), static_lhs=Undefined, static_rhs=Undefined)"
        case .unary(let op, let v): return "unary(fn=\(op.rawValue), value=\(v))"
        case .call(let f, let args, let kws):
            let kwText = kws.isEmpty ? "()" : "[" + kws.map { "('\($0.0)', Var(\($0.1), \(location($0.1))))" }.joined(separator: ", ") + "]"
            let shown = args + kws.map { "\($0.0)=\($0.1)" }
            // A branch's `bool(...)` call lists its argument as a tuple.
            if f.hasPrefix("$bool") {
                return "call \(f)(\(shown.joined(separator: ", ")), func=\(f), args=(\(args.map { "Var(\($0), \(location($0)))" }.joined(separator: ", ")),), kws=(), vararg=None, varkwarg=None, target=None)"
            }
            return "call \(f)(\(shown.joined(separator: ", ")), func=\(f), args=[\(args.map { "Var(\($0), \(location($0)))" }.joined(separator: ", "))], kws=\(kwText), vararg=None, varkwarg=None, target=None)"
        case .getiter(let v): return "getiter(value=\(v))"
        case .iternext(let v): return "iternext(value=\(v))"
        case .pairFirst(let v): return "pair_first(value=\(v))"
        case .pairSecond(let v): return "pair_second(value=\(v))"
        case .buildTuple(let items): return "build_tuple(items=[\(items.map { "Var(\($0), \(location($0)))" }.joined(separator: ", "))])"
        case .exhaustIter(let v, let n): return "exhaust_iter(value=\(v), count=\(n))"
        case .staticGetitem(let v, let i, let iv):
            return "static_getitem(value=\(v), index=\(i), index_var=\(iv ?? "None"), fn=<built-in function getitem>)"
        case .getitem(let v, let i): return "getitem(value=\(v), index=\(i), fn=<built-in function getitem>)"
        case .cast(let v): return "cast(value=\(v))"
        case .variable(let v): return v
        }
    }

    private static func repr(_ v: PyValue) -> String {
        (try? Protocol.repr(v)) ?? "?"
    }
}
