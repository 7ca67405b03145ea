import Foundation

/// A complex number's value (CPython's `Py_complex`).
public struct Complex: Equatable, Sendable {
    public var real: Double
    public var imag: Double
    @inline(__always) public init(_ real: Double, _ imag: Double) {
        self.real = real
        self.imag = imag
    }
}

/// Python's `complex`: an immutable pair of doubles.
public final class PyComplex: PyObject {
    public let value: Complex
    public init(_ value: Complex) {
        self.value = value
        super.init(type: Types.complex)
    }
}

extension PyValue {
    /// A complex value.
    @inline(__always) public static func complex(_ c: Complex) -> PyValue { .object(PyComplex(c)) }
}

/// Complex arithmetic (Objects/complexobject.c: `_Py_c_sum`, `_Py_c_quot`, `_Py_c_pow`, ...).
enum ComplexMath {

    /// The complex value of an int, float, bool or complex; nil for anything else.
    static func value(_ v: PyValue) throws(PyException) -> Complex? {
        switch v {
        case .float(let d): return Complex(d, 0)
        case .int(let i): return Complex(Double(i), 0)
        case .bool(let b): return Complex(b ? 1 : 0, 0)
        case .object(let o):
            if let c = o as? PyComplex { return c.value }
            if let l = o as? PyLong { return Complex(try IntMath.toDouble(l.value), 0) }
            return nil
        default: return nil
        }
    }

    static func binary(_ op: BinaryOperation, _ a: Complex, _ b: Complex) throws(PyException) -> PyValue? {
        switch op.base {
        case .add: return .complex(Complex(a.real + b.real, a.imag + b.imag))
        case .subtract: return .complex(Complex(a.real - b.real, a.imag - b.imag))
        case .multiply: return .complex(product(a, b))
        case .trueDivide:
            guard let q = quotient(a, b) else { throw .zeroDivisionError("complex division by zero") }
            return .complex(q)
        case .power: return try power(a, b)
        default: return nil
        }
    }

    @inline(__always) static func product(_ a: Complex, _ b: Complex) -> Complex {
        Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
    }

    /// `_Py_c_quot`: Smith's algorithm, scaling by the larger part of the divisor; nil on a zero
    /// divisor.
    static func quotient(_ a: Complex, _ b: Complex) -> Complex? {
        let absR = abs(b.real), absI = abs(b.imag)
        if absR >= absI {
            if absR == 0 { return nil }
            let ratio = b.imag / b.real
            let denom = b.real + b.imag * ratio
            return Complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
        } else if absI >= absR {
            let ratio = b.real / b.imag
            let denom = b.real * ratio + b.imag
            return Complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
        }
        return Complex(.nan, .nan)
    }

    /// `complex_pow`: exact repeated multiplication for small integral exponents, polar form
    /// otherwise; errno's EDOM and ERANGE become CPython's exceptions.
    static func power(_ a: Complex, _ b: Complex) throws(PyException) -> PyValue {
        var domainError = false
        let r: Complex
        let intExponent = b.real.isFinite && abs(b.real) < 9.2e18 ? Int(b.real) : Int.max
        if b.imag == 0 && Double(intExponent) == b.real && abs(intExponent) <= 100 {
            if intExponent > 0 {
                r = powu(a, intExponent)
            } else {
                let p = powu(a, -intExponent)
                if let q = quotient(Complex(1, 0), p) {
                    r = q
                } else {
                    domainError = true
                    r = Complex(0, 0)
                }
            }
        } else {
            (r, domainError) = pow(a, b)
        }
        if domainError { throw .zeroDivisionError("0.0 to a negative or complex power") }
        if r.real.isInfinite || r.imag.isInfinite {
            throw .overflowError("complex exponentiation")
        }
        return .complex(r)
    }

    private static func powu(_ x: Complex, _ n: Int) -> Complex {
        var r = Complex(1, 0)
        var p = x
        var mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = product(r, p) }
            mask <<= 1
            p = product(p, p)
        }
        return r
    }

    private static func pow(_ a: Complex, _ b: Complex) -> (Complex, domainError: Bool) {
        if b.real == 0 && b.imag == 0 { return (Complex(1, 0), false) }
        if a.real == 0 && a.imag == 0 {
            return (Complex(0, 0), b.imag != 0 || b.real < 0)
        }
        let vabs = hypot(a.real, a.imag)
        var len = Foundation.pow(vabs, b.real)
        let at = atan2(a.imag, a.real)
        var phase = at * b.real
        if b.imag != 0 {
            len /= exp(at * b.imag)
            phase += b.imag * log(vabs)
        }
        return (Complex(len * cos(phase), len * sin(phase)), false)
    }

    /// `abs(z)`.
    static func absolute(_ z: Complex) throws(PyException) -> Double {
        let r = hypot(z.real, z.imag)
        if r.isInfinite && z.real.isFinite && z.imag.isFinite {
            throw .overflowError("absolute value too large")
        }
        return r
    }

    /// `repr(z)`: `1j`, `(1+2j)`, `(-0-1j)`, `(1+nanj)`.
    static func repr(_ z: Complex) -> String {
        if z.real == 0 && z.real.sign == .plus {
            return FloatDigits.format(z.imag, code: "r", precision: 0) + "j"
        }
        let re = FloatDigits.format(z.real, code: "r", precision: 0)
        let im = FloatDigits.format(z.imag, code: "r", precision: 0, alwaysSign: true)
        return "(\(re)\(im)j)"
    }

    /// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's.
    static func hash(_ z: Complex) -> Int {
        let hr = UInt(bitPattern: Protocol.hash(double: z.real))
        let hi = UInt(bitPattern: Protocol.hash(double: z.imag))
        var h = Int(bitPattern: hr &+ 1000003 &* hi)
        if h == -1 { h = -2 }
        return h
    }
}

extension ComplexMath {
    /// Whether `v` is an int, bool, float or complex.
    static func isNumber(_ v: PyValue) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        case .object(let o): return o is PyLong || o is PyComplex
        default: return false
        }
    }
}
