import BigInt

/// A Python value as the interpreter passes it around.
///
/// The common scalars live unboxed in the enum so that arithmetic in the eval loop allocates
/// nothing and touches no reference counts; every other value is a reference to a `PyObject`.
/// CPython boxes everything and caches small ints; we follow the design notes instead
/// (../shared/notes/design.md, "Values").
public enum PyValue {
    /// CPython's NULL: an unbound local or cell, the marker `PUSH_NULL` leaves under a callable.
    /// Never visible to Python code.
    case null
    case none
    case bool(Bool)
    /// An int that fits a machine word; results that overflow become a `PyLong` object.
    case int(Int)
    case float(Double)
    case object(PyObject)

    @inline(__always) public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    @inline(__always) public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The object, if this value is one (not an unboxed scalar).
    @inline(__always) public var object: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// True when this value is the object `o` (an identity test that retains nothing).
    @inline(__always) public func isObject(_ o: PyObject) -> Bool {
        if case .object(let x) = self { return x === o }
        return false
    }

    /// Python's `type(v)`.
    @inline(__always) public var type: PyType {
        switch self {
        case .object(let o): return o.type
        case .int: return Types.int
        case .float: return Types.float
        case .bool: return Types.bool
        case .none: return Types.noneType
        case .null: return Types.noneType
        }
    }

    /// Python's `x is y`: identity for objects, value equality for the unboxed scalars (which
    /// CPython caches or interns for the common cases, so `is` on them mostly agrees).
    @inline(__always) public func isIdentical(to other: PyValue) -> Bool {
        switch (self, other) {
        case (.object(let a), .object(let b)): return a === b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.bool(let a), .bool(let b)): return a == b
        case (.none, .none), (.null, .null): return true
        default: return false
        }
    }
}

extension PyValue {
    public static let `true` = PyValue.bool(true)
    public static let `false` = PyValue.bool(false)

    /// A str value.
    @inline(__always) public static func str(_ s: String) -> PyValue { .object(PyStr(s)) }

    /// An int of any size: unboxed when it fits a word.
    public static func int(_ big: BigInt) -> PyValue {
        if let small = Int(exactly: big) { return .int(small) }
        return .object(PyLong(big))
    }
}

extension PyValue {
    /// An int, bool or float as a Double (nil for anything else).
    public var asDouble: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}
