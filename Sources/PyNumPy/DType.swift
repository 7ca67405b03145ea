/// NumPy's element types (`numpy.dtype`): the ones issue 4 lists. Structured dtypes come later;
/// they will be a case with fields, so nothing here assumes a dtype is a scalar kind.
public enum DType: Equatable, Sendable {
    case bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64, complex128

    /// A small number per dtype (for tables indexed by dtype).
    public var ordinal: Int {
        switch self {
        case .bool: return 0
        case .int8: return 1
        case .uint8: return 2
        case .int16: return 3
        case .uint16: return 4
        case .int32: return 5
        case .uint32: return 6
        case .int64: return 7
        case .uint64: return 8
        case .float32: return 9
        case .float64: return 10
        case .complex128: return 11
        }
    }

    public static let count = 12

    /// Bytes per element.
    public var itemsize: Int {
        switch self {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int64, .uint64, .float64: return 8
        case .complex128: return 16
        }
    }

    /// `dtype.name`.
    public var name: String {
        switch self {
        case .bool: return "bool"
        case .int8: return "int8"
        case .uint8: return "uint8"
        case .int16: return "int16"
        case .uint16: return "uint16"
        case .int32: return "int32"
        case .uint32: return "uint32"
        case .int64: return "int64"
        case .uint64: return "uint64"
        case .float32: return "float32"
        case .float64: return "float64"
        case .complex128: return "complex128"
        }
    }

    /// `dtype.kind`: b, i, u, f, c.
    public var kind: Character {
        switch self {
        case .bool: return "b"
        case .int8, .int16, .int32, .int64: return "i"
        case .uint8, .uint16, .uint32, .uint64: return "u"
        case .float32, .float64: return "f"
        case .complex128: return "c"
        }
    }

    public var isInteger: Bool { kind == "i" || kind == "u" }
    public var isFloat: Bool { kind == "f" }

    /// Whether NumPy's `same_kind` casting allows `self` to `target` (what in-place operators
    /// check): kinds only go up, bool < unsigned < signed < float < complex, at any size.
    public func castsSameKind(to target: DType) -> Bool {
        let rank: [Character: Int] = ["b": 0, "u": 1, "i": 2, "f": 3, "c": 4]
        return rank[kind]! <= rank[target.kind]!
    }

    /// The values an integer (or bool) dtype holds.
    public var integerRange: ClosedRange<Int>? {
        switch self {
        case .bool: return 0...1
        case .int8: return Int(Int8.min)...Int(Int8.max)
        case .uint8: return 0...Int(UInt8.max)
        case .int16: return Int(Int16.min)...Int(Int16.max)
        case .uint16: return 0...Int(UInt16.max)
        case .int32: return Int(Int32.min)...Int(Int32.max)
        case .uint32: return 0...Int(UInt32.max)
        case .int64: return Int.min...Int.max
        // Python ints past Int.max are big ints, which arrays do not take yet.
        case .uint64: return 0...Int.max
        case .float32, .float64, .complex128: return nil
        }
    }

    /// Whether `repr` leaves out `dtype=` (NumPy's `_typelessdata`: the default int, float,
    /// complex and bool).
    var isDefault: Bool { self == .int64 || self == .float64 || self == .complex128 || self == .bool }

    /// The dtype a name or type code means (`np.dtype('float64')`, `'f8'`, `'int'`, `float`).
    public init?(name: String) {
        switch name {
        case "bool", "?", "bool_", "b1": self = .bool
        case "int8", "i1", "byte": self = .int8
        case "uint8", "u1", "ubyte": self = .uint8
        case "int16", "i2", "short": self = .int16
        case "uint16", "u2", "ushort": self = .uint16
        case "int32", "i4", "intc": self = .int32
        case "uint32", "u4", "uintc": self = .uint32
        case "uint64", "u8", "uint", "ulonglong", "uintp": self = .uint64
        case "int64", "i8", "int", "long", "int_", "intp": self = .int64
        case "float32", "f4", "single": self = .float32
        case "float64", "f8", "float", "double", "d", "float_": self = .float64
        case "complex128", "c16", "complex", "cdouble", "complex_": self = .complex128
        default: return nil
        }
    }

    /// NumPy's promotion of two array dtypes (`np.result_type` for arrays, NumPy 2 rules):
    /// within a kind the wider wins; a signed and an unsigned integer meet in a signed type
    /// wide enough for both (float64 past 64 bits); small integers fit float32 exactly.
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b || b == .bool { return a }
        if a == .bool { return b }
        if a == .complex128 || b == .complex128 { return .complex128 }
        switch (a.kind, b.kind) {
        case ("f", "f"): return a.itemsize >= b.itemsize ? a : b
        case ("f", _): return a == .float32 && b.itemsize > 2 ? .float64 : a
        case (_, "f"): return promote(b, a)
        case let (ka, kb) where ka == kb: return a.itemsize >= b.itemsize ? a : b
        default:
            let (signed, unsigned) = a.kind == "i" ? (a, b) : (b, a)
            if signed.itemsize > unsigned.itemsize { return signed }
            switch unsigned.itemsize {
            case 1: return .int16
            case 2: return .int32
            case 4: return .int64
            default: return .float64
            }
        }
    }

    /// An integer element as NumPy prints it (uint64 keeps its bits in an Int).
    func text(ofInteger i: Int) -> String { self == .uint64 ? String(UInt(bitPattern: i)) : String(i) }
}
