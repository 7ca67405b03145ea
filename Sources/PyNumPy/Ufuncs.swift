import CNumPyKernels
import Foundation
import PyRuntime

/// Element-wise arithmetic and math functions (NumPy's ufuncs) with broadcasting and NumPy 2's
/// type promotion (NEP 50: Python scalars adapt to the array's dtype).
enum Ufuncs {
    enum Binary: String {
        case add, subtract, multiply, divide, floorDivide = "floor_divide",
             remainder, power, maximum, minimum, arctan2, hypot,
             equal, notEqual = "not_equal", less, lessEqual = "less_equal", greater, greaterEqual = "greater_equal",
             bitwiseAnd = "bitwise_and", bitwiseOr = "bitwise_or", bitwiseXor = "bitwise_xor"

        var isComparison: Bool {
            switch self {
            case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
            default: return false
            }
        }
    }

    /// An operand as an array: arrays as they are, Python numbers as 0-d arrays of the dtype
    /// NEP 50 gives them next to `other`.
    /// NumPy's `_UFuncOutputCastingError` (a TypeError whose class calls itself `UFuncTypeError`).
    static let outputCastingError: PyType = {
        func make(_ name: String, qualname: String, base: PyType) -> PyType {
            let ns = PyDict()
            ns.setItem("__module__", .str("numpy._core._exceptions"))
            return try! PyType.makeClass(name: name, qualname: qualname, bases: [base], namespace: ns,
                                         module: "numpy._core._exceptions")
        }
        let typeError = make("UFuncTypeError", qualname: "UFuncTypeError", base: Types.typeError)
        let castingError = make("UFuncTypeError", qualname: "_UFuncCastingError", base: typeError)
        return make("UFuncTypeError", qualname: "_UFuncOutputCastingError", base: castingError)
    }()

    static func operand(_ v: PyValue, next other: DType?) throws(PyException) -> (PyNDArray, weak: Bool) {
        if case .object(let o) = v, let a = o as? PyNDArray { return (a, false) }
        if case .object(let o) = v, let s = o as? PyNumPyScalar {
            let a = PyNDArray(dtype: s.dtype, shape: [])
            try ArrayCreation.store(v, into: a, at: a.data)
            return (a, false)
        }
        var dtype: DType
        switch v {
        case .object(let o) where o is PyComplex:
            let a = PyNDArray(dtype: .complex128, shape: [])
            a.store(complex: (o as! PyComplex).value, at: a.data)
            return (a, true)
        case .bool: dtype = .bool
        case .int: dtype = other.map { $0.isInteger || $0.isFloat || $0 == .complex128 ? $0 : .int64 } ?? .int64
        case .float: dtype = other.map { $0.isFloat || $0 == .complex128 ? $0 : .float64 } ?? .float64
        case .object(let o) where o is PyList || o is PyTuple:
            return (try ArrayCreation.array(v, dtype: nil), false)
        default:
            throw .typeError("unsupported operand type for NumPy: '\(v.type.name)'")
        }
        if case .bool = v, let other, other != .bool { dtype = other }
        let a = PyNDArray(dtype: dtype, shape: [])
        try ArrayCreation.store(v, into: a, at: a.data)
        return (a, true)
    }

    static func resultType(_ op: Binary, _ a: DType, _ b: DType) throws(PyException) -> DType {
        var t = DType.promote(a, b)
        switch op {
        case .divide, .arctan2, .hypot:
            if !t.isFloat && t != .complex128 { t = .float64 }
        case .subtract where t == .bool:
            throw .typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor:
            if t.isFloat || t == .complex128 {
                throw .typeError("ufunc '\(op.rawValue)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
        default: break
        }
        if op.isComparison { return .bool }
        return t
    }

    /// `scalar`: the operands are NumPy scalars, whose errors name the ufunc "scalar add" and
    /// whose integer overflow warns (arrays wrap silently).
    static func binary(_ op: Binary, _ x: PyValue, _ y: PyValue, into out: PyNDArray? = nil,
                       scalar: Bool = false) throws(PyException) -> PyValue {
        let errorName = scalar ? "scalar \(op.rawValue)" : op.rawValue
        let xArray = (x.object as? PyNDArray)?.dtype
        let yArray = (y.object as? PyNDArray)?.dtype
        let (a, _) = try operand(x, next: yArray ?? (y.object as? PyNumPyScalar)?.dtype)
        let (b, _) = try operand(y, next: xArray ?? (x.object as? PyNumPyScalar)?.dtype)
        let compute = try resultType(op, a.dtype, b.dtype)
        let shape = try Broadcasting.shape([a.shape, b.shape])
        let result: PyNDArray
        if let out {
            let produced = op.isComparison ? DType.bool : compute
            guard produced.castsSameKind(to: out.dtype) else {
                throw PyException(outputCastingError, "Cannot cast ufunc '\(op.rawValue)' output from dtype('\(produced.name)') to dtype('\(out.dtype.name)') with casting rule 'same_kind'")
            }
            guard try Broadcasting.shape([out.shape, shape]) == out.shape else {
                throw .valueError("non-broadcastable output operand with shape \(ArrayPrinter.shapeRepr(out.shape)) doesn't match the broadcast shape \(ArrayPrinter.shapeRepr(shape))")
            }
            result = out
        } else {
            result = PyNDArray(dtype: op.isComparison ? .bool : compute, shape: shape, zeroed: false)
        }
        let inputsFloat = op.isComparison ? DType.promote(a.dtype, b.dtype).isFloat : compute.isFloat
        if DType.promote(a.dtype, b.dtype) == .complex128 {
            let f = try complexKernel(op)
            Broadcasting.forEach([a, b, result], shape: result.shape) { p in
                let z = f(a.complex(at: p[0]), b.complex(at: p[1]))
                if result.dtype == .bool { result.store(integer: z.real != 0 ? 1 : 0, at: p[2]) }
                else { result.store(complex: z, at: p[2]) }
            }
            return wrapResult(result, out: out)
        }
        if inputsFloat || compute == .complex128 {
            FloatErrors.clear()
            if try !fastFloat64(op, a, b, result) {
                let f = try floatKernel(op)
                Broadcasting.forEach([a, b, result], shape: result.shape) { p in
                    result.store(f(a.double(at: p[0]), b.double(at: p[1])), at: p[2])
                }
            }
            // Comparisons and maximum/minimum meet NaN quietly in NumPy.
            if op.isComparison || op == .maximum || op == .minimum { FloatErrors.clear() } else { try FloatErrors.report(errorName) }
        } else {
            let f = try intKernel(op)
            var failure: PyException?
            var dividedByZero = false, overflowed = false
            Broadcasting.forEach([a, b, result], shape: result.shape) { p in
                do throws(PyException) {
                    let x = a.integer(at: p[0]), y = b.integer(at: p[1])
                    if y == 0 && (op == .floorDivide || op == .remainder) { dividedByZero = true }
                    result.store(integer: try f(x, y), at: p[2])
                    if scalar && !overflowed && result.dtype != .bool {
                        overflowed = overflows(op, x, y, stored: result.integer(at: p[2]))
                    }
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            // NumPy flags an integer division by zero as a floating-point divide-by-zero.
            if dividedByZero { try FloatErrors.warn("divide by zero encountered in \(errorName)") }
            if overflowed { try FloatErrors.warn("overflow encountered in \(errorName)") }
        }
        return wrapResult(result, out: out)
    }

    /// Whether an integer add, subtract or multiply lost its true result (past Int64, or
    /// past the stored dtype); the overflow check of scalar arithmetic.
    private static func overflows(_ op: Binary, _ x: Int, _ y: Int, stored: Int) -> Bool {
        let r: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: r = x.addingReportingOverflow(y)
        case .subtract: r = x.subtractingReportingOverflow(y)
        case .multiply: r = x.multipliedReportingOverflow(by: y)
        default: return false
        }
        return r.overflow || r.partialValue != stored
    }

    /// A 0-d result is a NumPy scalar, as NumPy returns for scalar operands.
    static func wrapResult(_ r: PyNDArray, out: PyNDArray?) -> PyValue {
        if out == nil && r.ndim == 0 { return .object(PyNumPyScalar.element(of: r, at: r.data)) }
        return .object(r)
    }

    /// Contiguous float64 with the same shape or a scalar: a plain loop the compiler vectorises.
    private static func fastFloat64(_ op: Binary, _ a: PyNDArray, _ b: PyNDArray, _ r: PyNDArray) throws(PyException) -> Bool {
        guard a.dtype == .float64, b.dtype == .float64, r.dtype == .float64, r.isCContiguous,
              (a.shape == r.shape && a.isCContiguous) || a.ndim == 0,
              (b.shape == r.shape && b.isCContiguous) || b.ndim == 0 else { return false }
        let n = r.size
        let x = a.data.assumingMemoryBound(to: Double.self), y = b.data.assumingMemoryBound(to: Double.self)
        let z = r.data.assumingMemoryBound(to: Double.self)
        // Separate loops for array-array, array-scalar and scalar-array, so each vectorises.
        @inline(__always) func loop(_ f: (Double, Double) -> Double) {
            if a.ndim != 0 && b.ndim != 0 {
                for i in 0..<n { z[i] = f(x[i], y[i]) }
            } else if b.ndim == 0 {
                let c = y[0]
                for i in 0..<n { z[i] = f(x[i], c) }
            } else {
                let c = x[0]
                for i in 0..<n { z[i] = f(c, y[i]) }
            }
        }
        switch op {
        case .add: loop(+)
        case .subtract: loop(-)
        case .multiply: loop(*)
        case .divide: loop(/)
        default: return false
        }
        return true
    }

    static func floatKernel(_ op: Binary) throws(PyException) -> (Double, Double) -> Double {
        switch op {
        case .add: return { $0 + $1 }
        case .subtract: return { $0 - $1 }
        case .multiply: return { $0 * $1 }
        case .divide: return { $0 / $1 }
        case .floorDivide: return { a, b in
            if b == 0 { return a / b }
            let m = fmod(a, b)
            var d = (a - m) / b
            if m != 0 && ((b < 0) != (m < 0)) { d -= 1 }
            var f = d.rounded(.down)
            if d - f > 0.5 { f += 1 }
            return d == 0 ? copysign(0.0, a / b) : f
        }
        case .remainder: return { a, b in
            if b == 0 { return .nan }
            var m = fmod(a, b)
            if m != 0 { if (b < 0) != (m < 0) { m += b } } else { m = copysign(0.0, b) }
            return m
        }
        case .power: return { pow($0, $1) }
        case .maximum: return { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
        case .minimum: return { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
        case .arctan2: return { atan2($0, $1) }
        case .hypot: return { Foundation.hypot($0, $1) }
        case .equal: return { $0 == $1 ? 1 : 0 }
        case .notEqual: return { $0 != $1 ? 1 : 0 }
        case .less: return { $0 < $1 ? 1 : 0 }
        case .lessEqual: return { $0 <= $1 ? 1 : 0 }
        case .greater: return { $0 > $1 ? 1 : 0 }
        case .greaterEqual: return { $0 >= $1 ? 1 : 0 }
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor:
            throw .typeError("ufunc '\(op.rawValue)' not supported for the input types")
        }
    }

    static func complexKernel(_ op: Binary) throws(PyException) -> (Complex, Complex) -> Complex {
        switch op {
        case .add: return { Complex($0.real + $1.real, $0.imag + $1.imag) }
        case .subtract: return { Complex($0.real - $1.real, $0.imag - $1.imag) }
        case .multiply: return { a, b in Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real) }
        case .divide: return { a, b in
            // Smith's method, as NumPy's complex division.
            if abs(b.real) >= abs(b.imag) {
                if b.real == 0 && b.imag == 0 { return Complex(a.real / abs(b.real), a.imag / abs(b.real)) }
                let r = b.imag / b.real, d = b.real + b.imag * r
                return Complex((a.real + a.imag * r) / d, (a.imag - a.real * r) / d)
            }
            let r = b.real / b.imag, d = b.imag + b.real * r
            return Complex((a.real * r + a.imag) / d, (a.imag * r - a.real) / d)
        }
        case .power: return { a, b in ComplexFunctions.exp(multiply(b, ComplexFunctions.log(a))) }
        case .equal: return { Complex($0 == $1 ? 1 : 0, 0) }
        case .notEqual: return { Complex($0 != $1 ? 1 : 0, 0) }
        default:
            throw .typeError("ufunc '\(op.rawValue)' not supported for complex inputs in Jitbook's NumPy")
        }
    }

    static func multiply(_ a: Complex, _ b: Complex) -> Complex {
        Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
    }

    static func intKernel(_ op: Binary) throws(PyException) -> (Int, Int) throws(PyException) -> Int {
        switch op {
        case .add: return { $0 &+ $1 }
        case .subtract: return { $0 &- $1 }
        case .multiply: return { $0 &* $1 }
        case .floorDivide: return { a, b in
            if b == 0 { return 0 }
            let q = a / b
            return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
        }
        case .remainder: return { a, b in
            if b == 0 { return 0 }
            let m = a % b
            return (m != 0 && ((m < 0) != (b < 0))) ? m + b : m
        }
        case .power: return { (a, b) throws(PyException) -> Int in
            if b < 0 { throw .valueError("Integers to negative integer powers are not allowed.") }
            var result = 1, base = a, e = b
            while e > 0 {
                if e & 1 == 1 { result = result &* base }
                base = base &* base
                e >>= 1
            }
            return result
        }
        case .maximum: return { Swift.max($0, $1) }
        case .minimum: return { Swift.min($0, $1) }
        case .bitwiseAnd: return { $0 & $1 }
        case .bitwiseOr: return { $0 | $1 }
        case .bitwiseXor: return { $0 ^ $1 }
        case .equal: return { $0 == $1 ? 1 : 0 }
        case .notEqual: return { $0 != $1 ? 1 : 0 }
        case .less: return { $0 < $1 ? 1 : 0 }
        case .lessEqual: return { $0 <= $1 ? 1 : 0 }
        case .greater: return { $0 > $1 ? 1 : 0 }
        case .greaterEqual: return { $0 >= $1 ? 1 : 0 }
        case .divide, .arctan2, .hypot: return { _, _ in 0 }
        }
    }

    // MARK: Unary

    static let unaryFloat: [String: (Double) -> Double] = [
        "sqrt": { $0.squareRoot() }, "exp": { Foundation.exp($0) }, "log": { Foundation.log($0) },
        "log10": { Foundation.log10($0) }, "sin": { Foundation.sin($0) }, "cos": { Foundation.cos($0) },
        "tan": { Foundation.tan($0) }, "arcsin": { Foundation.asin($0) }, "arccos": { Foundation.acos($0) },
        "arctan": { Foundation.atan($0) }, "sinh": { Foundation.sinh($0) }, "cosh": { Foundation.cosh($0) },
        "tanh": { Foundation.tanh($0) }, "floor": { $0.rounded(.down) }, "ceil": { $0.rounded(.up) },
    ]

    /// `np.sqrt(x)` and friends: ints and bools compute in float64.
    static func unary(_ name: String, _ x: PyValue) throws(PyException) -> PyValue {
        let (a, _) = try operand(x, next: nil)
        if a.dtype == .complex128 { return try ComplexFunctions.unary(name, a) }
        // Rounding an integer array leaves it as it is (NumPy keeps the integer dtype).
        if (name == "floor" || name == "ceil" || name == "trunc" || name == "rint") && (a.dtype.isInteger || a.dtype == .bool) {
            return wrapResult(ArrayCreation.copy(a), out: nil)
        }
        if let f = unaryFloat[name] {
            let dtype: DType = a.dtype.isFloat ? a.dtype : .float64
            let r = PyNDArray(dtype: dtype, shape: a.shape, zeroed: false)
            FloatErrors.clear()
            defer { _ = try? FloatErrors.report(name) }
            if a.dtype == .float64 && a.isCContiguous {
                let src = a.data.assumingMemoryBound(to: Double.self), dst = r.data.assumingMemoryBound(to: Double.self)
                let n = a.size  // a local: `size` is computed, and a class's fields may change
                if name == "sqrt" {
                    Ufuncs.sqrtLoop(src, dst, n)
                } else {
                    for i in 0..<n { dst[i] = f(src[i]) }
                }
            } else {
                Broadcasting.forEach([a, r], shape: a.shape) { p in r.store(f(a.double(at: p[0])), at: p[1]) }
            }
            return wrapResult(r, out: nil)
        }
        let keepsType = a.dtype == .bool && name != "negative" ? DType.bool : a.dtype
        switch name {
        case "absolute", "abs", "negative", "square", "sign", "positive", "conjugate":
            let r = PyNDArray(dtype: name == "square" && a.dtype == .bool ? .bool : keepsType, shape: a.shape)
            Broadcasting.forEach([a, r], shape: a.shape) { p in
                if a.dtype.isFloat {
                    let v = a.double(at: p[0])
                    let out: Double
                    switch name {
                    case "negative": out = -v
                    case "square": out = v * v
                    case "sign": out = v.isNaN ? .nan : (v > 0 ? 1 : (v < 0 ? -1 : 0))
                    case "positive", "conjugate": out = v
                    default: out = Swift.abs(v)
                    }
                    r.store(out, at: p[1])
                } else {
                    let v = a.integer(at: p[0])
                    let out: Int
                    switch name {
                    case "negative": out = 0 &- v
                    case "square": out = v &* v
                    case "sign": out = v.signum()
                    case "positive", "conjugate": out = v
                    default: out = Swift.abs(v)
                    }
                    r.store(integer: out, at: p[1])
                }
            }
            return wrapResult(r, out: nil)
        case "isnan", "isinf", "isfinite":
            let r = PyNDArray(dtype: .bool, shape: a.shape)
            Broadcasting.forEach([a, r], shape: a.shape) { p in
                let v = a.double(at: p[0])
                let test = name == "isnan" ? v.isNaN : (name == "isinf" ? v.isInfinite : v.isFinite)
                r.store(integer: test ? 1 : 0, at: p[1])
            }
            return wrapResult(r, out: nil)
        case "invert":
            guard !a.dtype.isFloat else {
                throw .typeError("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
            let r = PyNDArray(dtype: a.dtype, shape: a.shape)
            Broadcasting.forEach([a, r], shape: a.shape) { p in
                r.store(integer: a.dtype == .bool ? (a.integer(at: p[0]) == 0 ? 1 : 0) : ~a.integer(at: p[0]), at: p[1])
            }
            return wrapResult(r, out: nil)
        default:
            throw .typeError("unknown ufunc \(name)")
        }
    }

    static func sqrtLoop(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, _ n: Int) {
        jb_sqrt_f64(src, dst, n)
    }
}
