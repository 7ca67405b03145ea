import BigInt

/// Arithmetic on Python ints (Objects/longobject.c): a word-sized fast path with overflow checks,
/// and a `BigInt` path that every overflowing result and every `PyLong` operand takes.
///
/// Results are normalised (`PyValue.int(_: BigInt)`), so an int that fits a word is always
/// `.int`. Every function takes ints already unwrapped; dispatch on the operand types happens in
/// `NumberFastPath` and in the `int` type's dunders.
enum IntMath {

    // MARK: Operand access

    /// The value of an int (a bool counts, as `True + 1 == 2`), as a BigInt.
    @inline(__always) static func big(_ v: PyValue) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyLong)?.value
        default: return nil
        }
    }

    /// The value of an int that fits a word (bools included); nil for big ints and non-ints.
    @inline(__always) static func small(_ v: PyValue) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// Whether `v` is an int (or bool).
    @inline(__always) static func isInt(_ v: PyValue) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let o): return o is PyLong
        default: return false
        }
    }

    // MARK: Binary operations

    /// `a op b` for two word-sized ints; nil for `@`, which ints do not support.
    @inline(__always)
    static func binary(_ op: BinaryOperation, _ a: Int, _ b: Int) throws(PyException) -> PyValue? {
        switch op.base {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            return o ? .int(BigInt(a) + BigInt(b)) : .int(r)
        case .subtract:
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? .int(BigInt(a) - BigInt(b)) : .int(r)
        case .multiply:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? .int(BigInt(a) * BigInt(b)) : .int(r)
        case .floorDivide: return try floorDivide(a, b)
        case .remainder: return try remainder(a, b)
        case .trueDivide: return .float(try trueDivide(a, b))
        case .power: return try power(a, b)
        case .lshift: return try leftShift(a, b)
        case .rshift: return try rightShift(a, b)
        case .and: return .int(a & b)
        case .or: return .int(a | b)
        case .xor: return .int(a ^ b)
        default: return nil
        }
    }

    /// `a op b` for two ints of any size; nil when ints do not support `op`.
    static func binary(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue? {
        if let x = small(a), let y = small(b) { return try binary(op, x, y) }
        guard let x = big(a), let y = big(b) else { return nil }
        return try binary(op, x, y)
    }

    static func binary(_ op: BinaryOperation, _ a: BigInt, _ b: BigInt) throws(PyException) -> PyValue? {
        switch op.base {
        case .add: return .int(a + b)
        case .subtract: return .int(a - b)
        case .multiply: return .int(a * b)
        case .floorDivide:
            if b.isZero { throw .zeroDivisionError("integer division or modulo by zero") }
            return .int(floorDivMod(a, b).quotient)
        case .remainder:
            if b.isZero { throw .zeroDivisionError("integer modulo by zero") }
            return .int(floorDivMod(a, b).remainder)
        case .trueDivide: return .float(try trueDivide(a, b))
        case .power: return try power(a, b)
        case .lshift: return try leftShift(a, b)
        case .rshift: return try rightShift(a, b)
        case .and: return .int(bitwise(a, b, &))
        case .or: return .int(bitwise(a, b, |))
        case .xor: return .int(bitwise(a, b, ^))
        default: return nil
        }
    }

    // MARK: Division (Python's floor semantics: the remainder takes the divisor's sign)

    @inline(__always) static func floorDivide(_ a: Int, _ b: Int) throws(PyException) -> PyValue {
        if b == 0 { throw .zeroDivisionError("integer division or modulo by zero") }
        if b == -1 {
            // Int.min // -1 overflows.
            let (r, o) = (0).subtractingReportingOverflow(a)
            return o ? .int(-BigInt(a)) : .int(r)
        }
        var q = a / b
        if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
        return .int(q)
    }

    @inline(__always) static func remainder(_ a: Int, _ b: Int) throws(PyException) -> PyValue {
        if b == 0 { throw .zeroDivisionError("integer modulo by zero") }
        if b == -1 { return .int(0) }
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { r += b }
        return .int(r)
    }

    /// `divmod(a, b)` for ints.
    static func divmod(_ a: PyValue, _ b: PyValue) throws(PyException) -> (PyValue, PyValue) {
        if let x = small(a), let y = small(b) {
            if y == 0 { throw .zeroDivisionError("integer division or modulo by zero") }
            if y != -1 {
                return (try floorDivide(x, y), try remainder(x, y))
            }
        }
        let x = big(a)!, y = big(b)!
        if y.isZero { throw .zeroDivisionError("integer division or modulo by zero") }
        let (q, r) = floorDivMod(x, y)
        return (.int(q), .int(r))
    }

    static func floorDivMod(_ a: BigInt, _ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if !r.isZero && (r.sign != b.sign) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// `a / b` for word-sized ints, correctly rounded.
    @inline(__always) static func trueDivide(_ a: Int, _ b: Int) throws(PyException) -> Double {
        if b == 0 { throw .zeroDivisionError("division by zero") }
        // Both exactly representable: one IEEE division rounds correctly.
        if a.magnitude <= 1 << 53 && b.magnitude <= 1 << 53 { return Double(a) / Double(b) }
        return try trueDivide(BigInt(a), BigInt(b))
    }

    /// `a / b`, correctly rounded (longobject.c `long_true_divide`): the quotient is computed to
    /// two bits beyond the result's precision, with a sticky bit for the remainder, then rounded
    /// half-even once, so results are right in the subnormal range too.
    static func trueDivide(_ a: BigInt, _ b: BigInt) throws(PyException) -> Double {
        if b.isZero { throw .zeroDivisionError("division by zero") }
        let negative = (a.sign == .minus) != (b.sign == .minus)
        let x = a.magnitude, y = b.magnitude
        if x.isZero { return negative ? -0.0 : 0.0 }
        if x.bitWidth <= 53 && y.bitWidth <= 53 {
            let r = Double(x) / Double(y)
            return negative ? -r : r
        }
        let diff = x.bitWidth - y.bitWidth  // x / y lies in (2**(diff-1), 2**(diff+1))
        if diff > 1025 { throw .overflowError("integer division result too large for a float") }
        if diff < -1076 { return negative ? -0.0 : 0.0 }
        // Scale so the quotient carries 55 or 56 bits: two or three guard bits.
        let shift = Swift.max(diff - 55, -1076)
        let (q, r) = shift >= 0 ? x.quotientAndRemainder(dividingBy: y << shift)
                                : (x << -shift).quotientAndRemainder(dividingBy: y)
        var bits = UInt64(q)
        var drop = 2
        if shift > -1076 && bits >= 1 << 55 { drop = 3 }
        let low = bits & ((1 << UInt64(drop)) - 1)
        bits >>= UInt64(drop)
        let half: UInt64 = 1 << UInt64(drop - 1)
        if low > half || (low == half && (!r.isZero || bits & 1 == 1)) { bits += 1 }
        let result = Double(sign: negative ? .minus : .plus, exponent: shift + drop,
                            significand: Double(bits))
        if result.isInfinite { throw .overflowError("integer division result too large for a float") }
        return result
    }

    // MARK: Power

    /// `a ** b`: a float for negative exponents, as CPython.
    static func power(_ a: Int, _ b: Int) throws(PyException) -> PyValue {
        if b < 0 { return try FloatMath.power(try toDouble(a), Double(b)) }
        var result = 1, base = a, e = b
        while true {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { return try power(BigInt(a), BigInt(b)) }
                result = r
            }
            e >>= 1
            if e == 0 { break }
            let (sq, o) = base.multipliedReportingOverflow(by: base)
            if o { return try power(BigInt(a), BigInt(b)) }
            base = sq
        }
        return .int(result)
    }

    static func power(_ a: BigInt, _ b: BigInt) throws(PyException) -> PyValue {
        if b.sign == .minus {
            return try FloatMath.power(try toDouble(a), try toDouble(b))
        }
        if a.isZero || a == 1 { return .int(b.isZero ? 1 : a) }
        if a == -1 { return .int(b.isZero || (b.magnitude.words[0] & 1 == 0) ? 1 : -1) }
        // An exponent this large would need more memory than any machine has.
        guard let e = Int(exactly: b), e <= 1 << 40 else { throw .memoryError() }
        if e > 1 << 24 && a.magnitude.bitWidth * e > 1 << 36 { throw .memoryError() }
        return .int(a.power(e))
    }

    /// `pow(a, b, m)` (`long_pow` with a modulus): negative exponents need an inverse.
    static func power(_ a: BigInt, _ b: BigInt, modulus m: BigInt) throws(PyException) -> PyValue {
        if m.isZero { throw .valueError("pow() 3rd argument cannot be 0") }
        let mm = BigInt(m.magnitude)
        var base = floorDivMod(a, mm).remainder
        var e = b
        if e.sign == .minus {
            guard let inv = modularInverse(base, mm) else {
                throw .valueError("base is not invertible for the given modulus")
            }
            base = inv
            e = -e
        }
        // `base` is in [0, |m|) here.
        var r: BigInt = mm == 1 ? 0 : BigInt(base.magnitude.power(e.magnitude, modulus: mm.magnitude))
        // The result takes the modulus's sign, like every Python remainder.
        if m.sign == .minus && !r.isZero { r -= mm }
        return .int(r)
    }

    private static func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        var (oldR, r) = (a, m)
        var (oldS, s) = (BigInt(1), BigInt(0))
        while !r.isZero {
            let q = floorDivMod(oldR, r).quotient
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        guard oldR == 1 else { return nil }
        return floorDivMod(oldS, m).remainder
    }

    // MARK: Shifts and bitwise operations (two's complement semantics on any size)

    static func leftShift(_ a: Int, _ n: Int) throws(PyException) -> PyValue {
        if n < 0 { throw .valueError("negative shift count") }
        if a == 0 { return .int(0) }
        if n < Int.bitWidth - 1 {
            let r = a << n
            if r >> n == a { return .int(r) }
        }
        return try leftShift(BigInt(a), BigInt(n))
    }

    static func rightShift(_ a: Int, _ n: Int) throws(PyException) -> PyValue {
        if n < 0 { throw .valueError("negative shift count") }
        return .int(n >= Int.bitWidth ? (a < 0 ? -1 : 0) : a >> n)
    }

    static func leftShift(_ a: BigInt, _ n: BigInt) throws(PyException) -> PyValue {
        if n.sign == .minus { throw .valueError("negative shift count") }
        if a.isZero { return .int(0) }
        guard let k = Int(exactly: n), k < 1 << 40 else {
            throw .overflowError("too many digits in integer")
        }
        return .int(a << k)
    }

    static func rightShift(_ a: BigInt, _ n: BigInt) throws(PyException) -> PyValue {
        if n.sign == .minus { throw .valueError("negative shift count") }
        guard let k = Int(exactly: n), k < a.magnitude.bitWidth + 1 else {
            return .int(a.sign == .minus ? -1 : 0)
        }
        if a.sign == .minus {
            // Floor: -((|a| - 1) >> k) - 1, where BigInt's own shift truncates toward zero.
            return .int(-BigInt((a.magnitude - 1) >> k) - 1)
        }
        return .int(BigInt(a.magnitude >> k))
    }

    /// `a & b`, `a | b`, `a ^ b` on two's complement representations one word wider than either
    /// operand (BigInt's own operators mishandle some negative operands).
    static func bitwise(_ a: BigInt, _ b: BigInt, _ f: (UInt, UInt) -> UInt) -> BigInt {
        let n = Swift.max(a.magnitude.words.count, b.magnitude.words.count) + 1
        func twos(_ x: BigInt) -> [UInt] {
            var w = Array(x.magnitude.words)
            w.append(contentsOf: repeatElement(0, count: n - w.count))
            if x.sign == .minus && !x.isZero { negate(&w) }
            return w
        }
        let wa = twos(a), wb = twos(b)
        var r = [UInt](repeating: 0, count: n)
        for i in 0..<n { r[i] = f(wa[i], wb[i]) }
        let negative = r[n - 1] >> UInt(UInt.bitWidth - 1) == 1
        if negative { negate(&r) }
        return BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(words: r))
    }

    private static func negate(_ w: inout [UInt]) {
        var carry = true
        for i in w.indices {
            w[i] = ~w[i]
            if carry {
                let (v, o) = w[i].addingReportingOverflow(1)
                w[i] = v
                carry = o
            }
        }
    }

    // MARK: Unary

    static func negative(_ v: PyValue) -> PyValue {
        if let i = small(v) {
            let (r, o) = (0).subtractingReportingOverflow(i)
            return o ? .int(-BigInt(i)) : .int(r)
        }
        return .int(-big(v)!)
    }

    static func absolute(_ v: PyValue) -> PyValue {
        if let i = small(v) { return i < 0 ? negative(.int(i)) : .int(i) }
        return .int(BigInt(big(v)!.magnitude))
    }

    static func invert(_ v: PyValue) -> PyValue {
        if let i = small(v) { return .int(~i) }
        return .int(-big(v)! - 1)
    }

    // MARK: Conversion to float (correctly rounded, half-even)

    @inline(__always) static func toDouble(_ i: Int) throws(PyException) -> Double { Double(i) }

    /// `float(n)`: OverflowError "int too large to convert to float" past the double range.
    static func toDouble(_ b: BigInt) throws(PyException) -> Double {
        let m = b.magnitude
        let width = m.bitWidth
        if width <= 64 {
            let r = Double(UInt64(m))  // one rounding, half-even
            return b.sign == .minus ? -r : r
        }
        if width > 1024 { throw .overflowError("int too large to convert to float") }
        // Keep 54 bits plus a sticky bit for everything below, then let one conversion round.
        let drop = width - 55
        var top = UInt64(m >> drop)
        if !(m & ((BigUInt(1) << drop) - 1)).isZero { top |= 1 }
        let r = Double(sign: b.sign == .minus ? .minus : .plus, exponent: drop,
                       significand: Double(top))
        if r.isInfinite { throw .overflowError("int too large to convert to float") }
        return r
    }

    /// float(v) for any int value.
    static func toDouble(_ v: PyValue) throws(PyException) -> Double {
        if let i = small(v) { return Double(i) }
        return try toDouble(big(v)!)
    }

    // MARK: Comparison, exact against floats (floatobject.c `float_richcompare`)

    /// The ordering of an int and a float: -1, 0, 1, or nil when `d` is nan.
    static func compare(_ i: Int, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if i.magnitude <= 1 << 53 {
            let x = Double(i)
            return x < d ? -1 : (x > d ? 1 : 0)
        }
        if d >= 9223372036854775808.0 { return -1 }
        if d < -9223372036854775808.0 { return 1 }
        let t = d.rounded(.towardZero)
        let ti = Int(t)
        if i != ti { return i < ti ? -1 : 1 }
        let frac = d - t
        return frac > 0 ? -1 : (frac < 0 ? 1 : 0)
    }

    static func compare(_ b: BigInt, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let t = d.rounded(.towardZero)
        let bt = BigInt(exactly: t)!
        if b != bt { return b < bt ? -1 : 1 }
        let frac = d - t
        return frac > 0 ? -1 : (frac < 0 ? 1 : 0)
    }

    /// The ordering of two ints of any size.
    static func compare(_ a: PyValue, _ b: PyValue) -> Int {
        if let x = small(a), let y = small(b) { return x < y ? -1 : (x > y ? 1 : 0) }
        let x = big(a)!, y = big(b)!
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    /// The ordering of an int of any size and a float; nil when `d` is nan.
    static func compare(_ a: PyValue, _ d: Double) -> Int? {
        if let x = small(a) { return compare(x, d) }
        return compare(big(a)!, d)
    }
}
