/// NumPy's element types (`numpy.dtype`): the ones issue 4 lists. Structured dtypes come later;
/// they will be a case with fields, so nothing here assumes a dtype is a scalar kind.
public enum DType: Equatable, Sendable {
    case bool, int8, uint8, int16, uint16, int32, int64, float32, float64, complex128

    /// Bytes per element.
    public var itemsize: Int {
        switch self {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .float32: return 4
        case .int64, .float64: return 8
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
        case .int64: return "int64"
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
        case .uint8, .uint16: return "u"
        case .float32, .float64: return "f"
        case .complex128: return "c"
        }
    }

    public var isInteger: Bool { kind == "i" || kind == "u" }
    public var isFloat: Bool { kind == "f" }

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
        case "int64", "i8", "int", "long", "int_", "intp": self = .int64
        case "float32", "f4", "single": self = .float32
        case "float64", "f8", "float", "double", "d", "float_": self = .float64
        case "complex128", "c16", "complex", "cdouble", "complex_": self = .complex128
        default: return nil
        }
    }

    /// NumPy's promotion of two array dtypes (`np.result_type` for arrays, NumPy 2 rules).
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        let order: [DType] = [.bool, .int8, .uint8, .int16, .uint16, .int32, .int64, .float32, .float64, .complex128]
        // Mixed signedness goes to the next signed size: uint8 with int8 is int16, uint16 with
        // int8 or int16 is int32.
        let pair = Set([a, b])
        if pair == [.uint8, .int8] { return .int16 }
        if pair == [.uint16, .int8] || pair == [.uint16, .int16] { return .int32 }
        // float32 holds int8/uint8/int16/uint16 exactly; wider ints go to float64.
        if (a == .float32 && (b == .int32 || b == .int64)) || (b == .float32 && (a == .int32 || a == .int64)) {
            return .float64
        }
        return order.firstIndex(of: a)! > order.firstIndex(of: b)! ? a : b
    }
}
