/// The operator of a `BINARY_OP` instruction, numbered as CPython 3.11's `NB_*` opargs
/// (Include/internal/pycore_opcode.h / Lib/opcode.py `_nb_ops`): the in-place forms are the binary
/// ones plus 13.
///
/// The eval loop passes the oparg straight through (`BinaryOperation(rawValue: oparg)!`); the
/// compiler and `dis` read `symbol`.
public enum BinaryOperation: Int, CaseIterable, Sendable {
    case add = 0
    case and = 1
    case floorDivide = 2
    case lshift = 3
    case matrixMultiply = 4
    case multiply = 5
    case remainder = 6
    case or = 7
    case power = 8
    case rshift = 9
    case subtract = 10
    case trueDivide = 11
    case xor = 12
    case inplaceAdd = 13
    case inplaceAnd = 14
    case inplaceFloorDivide = 15
    case inplaceLshift = 16
    case inplaceMatrixMultiply = 17
    case inplaceMultiply = 18
    case inplaceRemainder = 19
    case inplaceOr = 20
    case inplacePower = 21
    case inplaceRshift = 22
    case inplaceSubtract = 23
    case inplaceTrueDivide = 24
    case inplaceXor = 25

    /// True for `+=` and the other augmented assignments.
    @inline(__always) public var isInplace: Bool { rawValue >= 13 }

    /// The binary operation an in-place one falls back to (`+=` -> `+`); itself otherwise.
    @inline(__always) public var base: BinaryOperation {
        rawValue >= 13 ? BinaryOperation(rawValue: rawValue - 13)! : self
    }

    /// The in-place form (`+` -> `+=`); itself when already in place.
    public var inplace: BinaryOperation {
        rawValue >= 13 ? self : BinaryOperation(rawValue: rawValue + 13)!
    }

    /// The operator as written in source and in `dis` (`+`, `+=`, `**=`).
    public var symbol: String {
        let s: String
        switch base {
        case .add: s = "+"
        case .and: s = "&"
        case .floorDivide: s = "//"
        case .lshift: s = "<<"
        case .matrixMultiply: s = "@"
        case .multiply: s = "*"
        case .remainder: s = "%"
        case .or: s = "|"
        case .power: s = "**"
        case .rshift: s = ">>"
        case .subtract: s = "-"
        case .trueDivide: s = "/"
        case .xor: s = "^"
        default: s = "?"
        }
        return isInplace ? s + "=" : s
    }

    /// The operator as CPython names it in "unsupported operand type(s) for X" (`** or pow()` for
    /// the power operator, as `PyNumber_Power` reports it).
    public var errorSymbol: String {
        switch self {
        case .power: return "** or pow()"
        case .inplacePower: return "**="
        default: return symbol
        }
    }

    /// The stem of the dunder names: `add`, `floordiv`, `matmul`, ...
    public var stem: String {
        switch base {
        case .add: return "add"
        case .and: return "and"
        case .floorDivide: return "floordiv"
        case .lshift: return "lshift"
        case .matrixMultiply: return "matmul"
        case .multiply: return "mul"
        case .remainder: return "mod"
        case .or: return "or"
        case .power: return "pow"
        case .rshift: return "rshift"
        case .subtract: return "sub"
        case .trueDivide: return "truediv"
        case .xor: return "xor"
        default: return "?"
        }
    }

    /// `__add__` (for an in-place operation: the dunder of its binary form).
    @inline(__always) public var dunder: PyStr { Self.dunders[base.rawValue] }
    /// `__radd__`.
    @inline(__always) public var reflectedDunder: PyStr { Self.reflectedDunders[base.rawValue] }
    /// `__iadd__`.
    @inline(__always) public var inplaceDunder: PyStr { Self.inplaceDunders[base.rawValue] }

    // Interned once: operator dispatch looks these up on every generic BINARY_OP.
    private static let binaries: [BinaryOperation] = (0..<13).map { BinaryOperation(rawValue: $0)! }
    private static let dunders = binaries.map { Names.intern("__\($0.stem)__") }
    private static let reflectedDunders = binaries.map { Names.intern("__r\($0.stem)__") }
    private static let inplaceDunders = binaries.map { Names.intern("__i\($0.stem)__") }
}
