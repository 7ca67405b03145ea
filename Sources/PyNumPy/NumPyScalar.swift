import PyRuntime

/// A NumPy scalar (`np.float64(1.5)`, `np.int64(3)`, `np.True_`): what indexing one element
/// of an array gives. `repr` names its type, `str` prints the value as Python does.
public final class PyNumPyScalar: PyObject {
    public let dtype: DType
    public let double: Double
    public let integer: Int
    /// The imaginary part of a complex128 scalar.
    public let imag: Double

    public init(_ dtype: DType, double: Double = 0, integer: Int = 0, imag: Double = 0) {
        self.dtype = dtype
        self.double = double
        self.integer = integer
        self.imag = imag
        super.init(type: NumPyScalarTypes.type(for: dtype))
    }

    /// A scalar of the type `like` has (no lookup of the type: the arithmetic fast path).
    init(like: PyNumPyScalar, double: Double) {
        dtype = like.dtype
        self.double = double
        integer = 0
        imag = 0
        super.init(type: like.type)
    }

    /// The element at `p` of `a`.
    static func element(of a: PyNDArray, at p: UnsafeRawPointer) -> PyNumPyScalar {
        if a.dtype == .complex128 {
            let c = a.complex(at: p)
            return PyNumPyScalar(.complex128, double: c.real, imag: c.imag)
        }
        return a.dtype.isInteger || a.dtype == .bool
            ? PyNumPyScalar(a.dtype, double: a.double(at: p), integer: a.integer(at: p))
            : PyNumPyScalar(a.dtype, double: a.double(at: p))
    }

    /// The value as a plain Python number (`.item()`).
    public var python: PyValue {
        switch dtype {
        case .bool: return .bool(integer != 0)
        case .uint64 where integer < 0: return (try? Protocol.call(Runtime.builtins.lookup("int")!, [.str(dtype.text(ofInteger: integer))])) ?? .int(integer)
        case .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64: return .int(integer)
        case .complex128: return .complex(Complex(double, imag))
        default: return .float(double)
        }
    }

    var str: String {
        switch dtype {
        case .bool: return integer != 0 ? "True" : "False"
        case .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64: return dtype.text(ofInteger: integer)
        case .float32: return ScalarFormat.pythonFloatRepr(Double(Float(double).description) ?? double)
        case .complex128: return (try? Protocol.repr(python)) ?? "?"
        default: return ScalarFormat.pythonFloatRepr(double)
        }
    }

    var repr: String {
        if dtype == .bool { return "np.\(integer != 0 ? "True" : "False")_" }
        if dtype == .complex128, str.hasPrefix("("), str.hasSuffix(")") { return "np.complex128(\(str.dropFirst().dropLast()))" }
        return "np.\(dtype.name)(\(str))"
    }
}

/// One Python type per scalar dtype (`np.float64`, `np.int64`, `np.bool`), made on first use.
enum NumPyScalarTypes {
    /// By `DType.ordinal`: every scalar made looks its type up here, so no hashing.
    nonisolated(unsafe) private static var types = [PyType?](repeating: nil, count: DType.count)

    static func type(for dtype: DType) -> PyType {
        if let t = types[dtype.ordinal] { return t }
        // np.float64 is a float, as in NumPy (isinstance(x, float) holds).
        let t = Types.native(dtype.name, module: "numpy", base: dtype == .float64 ? Types.float : nil)
        types[dtype.ordinal] = t
        install(t)
        return t
    }

    private static func scalar(_ a: Arguments) throws(PyException) -> PyNumPyScalar {
        guard a.count >= 1, case .object(let o) = a[0], let s = o as? PyNumPyScalar else {
            throw .typeError("descriptor needs a NumPy scalar")
        }
        return s
    }

    /// `np.float64(x)`, `np.int32(x)`, `np.uint8(x)`: a scalar of the type's dtype (integers
    /// wrap as NumPy's casts do).
    static func construct(_ dtype: DType, _ a: Arguments) throws(PyException) -> PyValue {
        var value = a.count > 1 ? a[1] : .int(0)
        if case .object(let o) = value, o is PyStr {
            // np.float64("1.5"), np.int64("7"): parsed as Python's float() and int() do.
            value = try Protocol.call(Runtime.builtins.lookup(dtype.isFloat || dtype == .complex128 ? "float" : "int")!, [value])
        }
        let holder = PyNDArray(dtype: dtype, shape: [])
        try ArrayCreation.store(unwrap(value), into: holder, at: holder.data)
        return .object(PyNumPyScalar.element(of: holder, at: holder.data))
    }

    private static func install(_ t: PyType) {
        let dtype = DType(name: t.name == "bool" ? "bool" : t.name)!
        t.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in try construct(dtype, a) }
        t.addMethod("__format__") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else { throw .typeError("__format__ takes one argument") }
            return try Protocol.call(Runtime.builtins.lookup("format")!, [try scalar(a).python, a[1]])
        }
        t.addMethod("__round__") { (a) throws(PyException) -> PyValue in
            let s = try scalar(a)
            let digits = a.count > 1 ? try Protocol.index(a[1]) : 0
            let rounded = Rounding.round(s.double, decimals: digits)
            if a.count == 1 && s.dtype.isFloat {
                guard rounded.isFinite else { throw .valueError("cannot convert float \(rounded.isNaN ? "NaN" : "infinity") to integer") }
                return try Protocol.call(Runtime.builtins.lookup("int")!, [.float(rounded)])
            }
            return wrap(s.dtype.isFloat ? .float(rounded) : .int(s.integer), like: s)
        }
        t.addMethod("__abs__") { (a) throws(PyException) -> PyValue in
            let s = try scalar(a)
            return wrap(try Protocol.call(Runtime.builtins.lookup("abs")!, [s.python]), like: s)
        }
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in .str(try scalar(a).repr) }
        t.addMethod("__str__") { (a) throws(PyException) -> PyValue in .str(try scalar(a).str) }
        t.addMethod("__float__") { (a) throws(PyException) -> PyValue in .float(try scalar(a).double) }
        t.addMethod("__int__") { (a) throws(PyException) -> PyValue in
            let s = try scalar(a)
            return s.dtype.isFloat ? try Protocol.call(Runtime.builtins.lookup("int")!, [.float(s.double)]) : .int(s.integer)
        }
        t.addMethod("__index__") { (a) throws(PyException) -> PyValue in
            let s = try scalar(a)
            guard !s.dtype.isFloat else { throw .typeError("'numpy.\(s.dtype.name)' object cannot be interpreted as an integer") }
            return .int(s.integer)
        }
        t.addMethod("__bool__") { (a) throws(PyException) -> PyValue in
            let s = try scalar(a)
            return .bool(s.dtype.isFloat ? s.double != 0 : s.integer != 0)
        }
        t.addMethod("__hash__") { (a) throws(PyException) -> PyValue in .int(try Protocol.hash(try scalar(a).python)) }
        t.addMethod("item") { (a) throws(PyException) -> PyValue in try scalar(a).python }
        // Arithmetic is NumPy's: the operands become 0-d arrays and go through the ufunc
        // (promotion, wrap-around, "overflow encountered in scalar add" warnings).
        for (name, op) in [("add", Ufuncs.Binary.add), ("sub", .subtract), ("mul", .multiply), ("truediv", .divide),
                           ("floordiv", .floorDivide), ("mod", .remainder), ("pow", .power),
                           ("and", .bitwiseAnd), ("or", .bitwiseOr), ("xor", .bitwiseXor)] {
            t.addMethod("__\(name)__") { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("expected 1 argument") }
                if let r = fastFloat64(op, a[0], a[1]) { return r }
                guard takesPart(a[1]) else { return .notImplemented }
                return try Ufuncs.binary(op, a[0], a[1], scalar: true)
            }
            t.addMethod("__r\(name)__") { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("expected 1 argument") }
                if let r = fastFloat64(op, a[1], a[0]) { return r }
                guard takesPart(a[1]) else { return .notImplemented }
                return try Ufuncs.binary(op, a[1], a[0], scalar: true)
            }
        }
        if dtype.isFloat {
            t.addMethod("is_integer") { (a) throws(PyException) -> PyValue in
                let x = try scalar(a).double
                return .bool(x.isFinite && x == x.rounded(.towardZero))
            }
        }
        t.addGetSet("dtype", get: { (v) throws(PyException) -> PyValue in .object(PyDTypeObject(dtype)) })
        t.addGetSet("shape", get: { _ in .object(PyTuple([])) })
        t.addGetSet("ndim", get: { _ in .int(0) })
        t.addGetSet("size", get: { _ in .int(1) })
        t.addGetSet("itemsize", get: { _ in .int(dtype.itemsize) })
        t.addMethod("__neg__") { (a) throws(PyException) -> PyValue in
            let s = try scalar(a)
            return wrap(try Protocol.negative(s.python), like: s)
        }
        for (name, op) in [("__eq__", Protocol.CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            t.addMethod(name) { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("expected 1 argument") }
                let r = try Protocol.richCompare(try scalar(a).python, unwrap(a[1]), op)
                if case .bool(let b) = r { return .object(PyNumPyScalar(.bool, double: b ? 1 : 0, integer: b ? 1 : 0)) }
                return r
            }
        }
    }

    /// `np.float64` with a float64 scalar or a Python float, int or bool, for `+ - * /`: the
    /// loop case, done here rather than through 0-d arrays. Nil (take the ufunc) when either
    /// side is something else or the result is not finite from finite operands (the ufunc
    /// then raises NumPy's warning).
    @inline(__always)
    static func fastFloat64(_ op: Ufuncs.Binary, _ x: PyValue, _ y: PyValue) -> PyValue? {
        // At least one side must be a float64 scalar (the other may be a Python number).
        func scalar(_ v: PyValue) -> PyNumPyScalar? {
            guard case .object(let o) = v, Swift.type(of: o) == PyNumPyScalar.self else { return nil }
            return unsafeDowncast(o, to: PyNumPyScalar.self)
        }
        func value(_ v: PyValue) -> Double? {
            switch v {
            case .float(let d): return d
            case .int(let i): return Double(i)
            case .bool(let b): return b ? 1 : 0
            case .object:
                guard let s = scalar(v), s.dtype == .float64 else { return nil }
                return s.double
            default: return nil
            }
        }
        guard let p = scalar(x) ?? scalar(y), p.dtype == .float64, let a = value(x), let b = value(y) else { return nil }
        let r: Double
        switch op {
        case .add: r = a + b
        case .subtract: r = a - b
        case .multiply: r = a * b
        case .divide: r = a / b
        default: return nil
        }
        guard r.isFinite || !a.isFinite || !b.isFinite else { return nil }
        return .object(PyNumPyScalar(like: p, double: r))
    }

    /// Whether a NumPy scalar's arithmetic takes `v` as its other operand (numbers, NumPy
    /// scalars, arrays and sequences); anything else is left to the other side's methods.
    private static func takesPart(_ v: PyValue) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        case .object(let o): return o is PyNumPyScalar || o is PyNDArray || o is PyComplex || o is PyList || o is PyTuple
        default: return false
        }
    }

    static func unwrap(_ v: PyValue) -> PyValue {
        if case .object(let o) = v, let s = o as? PyNumPyScalar { return s.python }
        return v
    }

    /// A Python number result as a scalar of `like`'s kind (float results of int scalars
    /// become float64).
    static func wrap(_ v: PyValue, like s: PyNumPyScalar) -> PyValue {
        switch v {
        case .float(let d): return .object(PyNumPyScalar(s.dtype.isFloat ? s.dtype : .float64, double: d))
        case .object(let o) where o is PyComplex:
            let c = (o as! PyComplex).value
            return .object(PyNumPyScalar(.complex128, double: c.real, imag: c.imag))
        case .int(let i): return .object(PyNumPyScalar(s.dtype == .bool ? .int64 : s.dtype, double: Double(i), integer: i))
        default: return v
        }
    }
}
