import Foundation

/// Arithmetic on Python floats (Objects/floatobject.c): IEEE operations plus CPython's errors
/// and its sign rules for `//` and `%`.
enum FloatMath {

    /// `a op b` for two floats; nil for the operators floats do not support (`&`, `<<`, `@`, ...).
    @inline(__always)
    static func binary(_ op: BinaryOperation, _ a: Double, _ b: Double) throws(PyException) -> PyValue? {
        switch op.base {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .trueDivide:
            if b == 0 { throw .zeroDivisionError("float division by zero") }
            return .float(a / b)
        case .floorDivide:
            if b == 0 { throw .zeroDivisionError("float floor division by zero") }
            return .float(divmod(a, b).quotient)
        case .remainder:
            if b == 0 { throw .zeroDivisionError("float modulo") }
            return .float(remainder(a, b))
        case .power: return try power(a, b)
        default: return nil
        }
    }

    /// `a % b` (`float_rem`): fmod, then moved into the divisor's sign.
    @inline(__always) static func remainder(_ a: Double, _ b: Double) -> Double {
        var mod = fmod(a, b)
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b }
        } else {
            mod = copysign(0.0, b)
        }
        return mod
    }

    /// `divmod(a, b)` for nonzero `b` (`float_divmod`).
    static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, b)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, a / b)
        }
        return (floordiv, mod)
    }

    /// The OverflowError CPython raises from errno ERANGE: `(34, 'Numerical result out of range')`.
    static func rangeError() -> PyException {
        PyException(Types.overflowError, args: [.int(34), .str("Numerical result out of range")])
    }

    private static func isOddInteger(_ x: Double) -> Bool {
        fmod(abs(x), 2.0) == 1.0
    }

    /// `a ** b` (`float_pow`): the special cases C's pow gets wrong or reports through errno;
    /// a negative base with a fractional exponent gives a complex, as in CPython.
    static func power(_ a: Double, _ b: Double) throws(PyException) -> PyValue {
        var iv = a
        let iw = b
        if iw == 0 { return .float(1.0) }
        if iv.isNaN { return .float(iv) }
        if iw.isNaN { return .float(iv == 1.0 ? 1.0 : iw) }
        if iw.isInfinite {
            iv = abs(iv)
            if iv == 1.0 { return .float(1.0) }
            if (iw > 0.0) == (iv > 1.0) { return .float(abs(iw)) }
            return .float(0.0)
        }
        if iv.isInfinite {
            let odd = isOddInteger(iw)
            if iw > 0 { return .float(odd ? iv : abs(iv)) }
            return .float(odd ? copysign(0.0, iv) : 0.0)
        }
        if iv == 0 {
            if iw < 0 { throw .zeroDivisionError("0.0 cannot be raised to a negative power") }
            return .float(isOddInteger(iw) ? iv : 0.0)
        }
        var negate = false
        if iv < 0 {
            if iw != floor(iw) {
                return try ComplexMath.power(Complex(a, 0), Complex(b, 0))
            }
            iv = -iv
            negate = isOddInteger(iw)
        }
        if iv == 1.0 { return .float(negate ? -1.0 : 1.0) }
        var ix = Foundation.pow(iv, iw)
        if ix.isInfinite { throw rangeError() }
        if negate { ix = -ix }
        return .float(ix)
    }

    // MARK: Conversions to int

    /// `int(d)` (truncation), with CPython's errors for inf and nan.
    static func toInt(_ d: Double) throws(PyException) -> PyValue {
        if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return .int(i) }
        return .int(BigInt(exactly: t)!)
    }
}

import BigInt
