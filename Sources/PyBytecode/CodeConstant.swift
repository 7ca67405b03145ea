import BigInt
import PySyntax

/// An entry of `co_consts`: the constants a code object can load, including nested code objects
/// (functions, lambdas, comprehensions and class bodies defined inside it).
public indirect enum CodeConstant {
    case none
    case bool(Bool)
    case ellipsis
    case int(BigInt)
    case float(Double)
    /// (real, imag).
    case complex(Double, Double)
    case str(String)
    case bytes([UInt8])
    case tuple([CodeConstant])
    /// Elements in CPython's iteration order for the frozenset (see `Repr.swift`).
    case frozenset([CodeConstant])
    case code(CodeObject)

    /// Lifts a parser/folder constant into a code constant.
    public init(_ value: ConstantValue) {
        switch value {
        case .none: self = .none
        case .bool(let b): self = .bool(b)
        case .ellipsis: self = .ellipsis
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .complex(let r, let i): self = .complex(r, i)
        case .str(let s): self = .str(s)
        case .bytes(let b): self = .bytes(b)
        case .tuple(let items): self = .tuple(items.map(CodeConstant.init))
        case .frozenset(let items): self = .frozenset(items.map(CodeConstant.init))
        }
    }

    /// The nested code object, if this constant is one.
    public var codeObject: CodeObject? {
        if case .code(let c) = self { return c }
        return nil
    }
}

/// Identity of a constant as CPython's `_PyCode_ConstantKey` sees it: equal values of different
/// types stay apart (`1`, `1.0`, `True`), `0.0` and `-0.0` stay apart, code objects compare by
/// identity. `co_consts` never holds two constants with the same key.
struct ConstantKey: Hashable {
    private indirect enum Node: Hashable {
        case none, ellipsis
        case bool(Bool)
        case int(BigInt)
        case float(UInt64)
        case complex(UInt64, UInt64)
        case str([UInt32])
        case bytes([UInt8])
        case tuple([Node])
        case frozenset(Set<Node>)
        case code(CodeKey)
    }

    /// Code objects compare by value in CPython 3.11 (`code_richcompare`: name, argument
    /// counts, flags, first line, code, constants, names, localsplus names, line table and
    /// exception table), so a body compiled twice (a genexp in a `while` test) is stored once.
    private struct CodeKey: Hashable {
        let name: String
        let counts: [Int]
        let code: [UInt16]
        let consts: [Node]
        let names: [String]
        let localsplusNames: [String]
        let positions: [SourcePosition]
        let exceptionTable: [ExceptionTableEntry]
    }
    private let node: Node

    init(_ constant: CodeConstant) { node = ConstantKey.make(constant) }

    private static func make(_ c: CodeConstant) -> Node {
        switch c {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d.bitPattern)
        case .complex(let r, let i): return .complex(r.bitPattern, i.bitPattern)
        case .str(let s): return .str(s.unicodeScalars.map(\.value))
        case .bytes(let b): return .bytes(b)
        case .tuple(let items): return .tuple(items.map(make))
        case .frozenset(let items): return .frozenset(Set(items.map(make)))
        case .code(let co):
            return .code(CodeKey(
                name: co.name,
                counts: [co.argcount, co.posonlyargcount, co.kwonlyargcount, co.flags.rawValue,
                         co.firstlineno],
                code: co.code, consts: co.consts.map(make), names: co.names,
                localsplusNames: co.localsplusNames, positions: co.positions,
                exceptionTable: co.exceptionTable))
        }
    }
}
