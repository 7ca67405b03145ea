import BigInt

/// Decimal digits of doubles, as David Gay's `_Py_dg_dtoa` gives them to CPython
/// (Python/dtoa.c), and CPython's layout of those digits (Python/pystrtod.c,
/// `PyOS_double_to_string`).
///
/// - Mode 0 (repr): the shortest digit string that reads back as the same double. Swift's own
///   `description` computes exactly that (shortest, and closest among the shortest); we take
///   its digits and lay them out CPython's way.
/// - Modes 2 and 3 (`'%.3e'`, `'.2f'`): digits correctly rounded, half-even, from the exact
///   binary value. A 128-bit fast path covers the usual `'.2f'` cases; everything else uses
///   exact big-integer arithmetic. (`String(format:)` is not used: glibc's rounding is correct,
///   but Foundation's on other platforms is not guaranteed.)
///
/// Digit strings are ASCII bytes with no trailing zeros; `decpt` places the decimal point:
/// the value is `0.<digits> * 10**decpt`. Zero is `("0", 1)`; a value that rounds to nothing in
/// mode 3 is `("", -precision)`, as in dtoa.c.
public enum FloatDigits {

    // MARK: Mode 0: shortest round-trip

    /// The shortest digits of a finite `|d|`.
    public static func shortest(_ d: Double) -> (digits: [UInt8], decpt: Int) {
        let x = abs(d)
        if x == 0 { return ([UInt8(ascii: "0")], 1) }
        // Swift prints "12.5", "1e-07", "1.2345e+16": collect the digits and the exponent.
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var pointAt = -1
        var exponent = 0
        var utf8 = x.description.utf8[...]
        while let c = utf8.first {
            utf8 = utf8.dropFirst()
            if c == UInt8(ascii: ".") {
                pointAt = digits.count
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                var negative = false
                if let s = utf8.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
                    negative = s == UInt8(ascii: "-")
                    utf8 = utf8.dropFirst()
                }
                for e in utf8 { exponent = exponent * 10 + Int(e - UInt8(ascii: "0")) }
                if negative { exponent = -exponent }
                break
            } else {
                digits.append(c)
            }
        }
        var decpt = (pointAt < 0 ? digits.count : pointAt) + exponent
        var start = 0
        while start < digits.count - 1 && digits[start] == UInt8(ascii: "0") {
            start += 1
            decpt -= 1
        }
        var end = digits.count
        while end > start + 1 && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        return (Array(digits[start..<end]), decpt)
    }

    // MARK: Mode 3: digits up to 10**-precision

    private static let powersOf10: [UInt64] = {
        var p: [UInt64] = [1]
        for _ in 1...19 { p.append(p.last! * 10) }
        return p
    }()

    /// `|d|` rounded half-even to a multiple of `10**-precision` (precision may be negative), as
    /// an integer's decimal digits, trailing zeros kept.
    static func roundedInteger(_ d: Double, precision p: Int) -> [UInt8] {
        let x = abs(d)
        if x == 0 { return [] }
        let m: UInt64
        let e2: Int
        if x.isSubnormal {
            m = x.significandBitPattern
            e2 = -1074
        } else {
            m = x.significandBitPattern | (1 << 52)
            e2 = Int(x.exponent) - 52
        }
        if p >= 0 && p <= 19 && e2 < 0 && e2 > -128,
           let q = roundedShift(m.multipliedFullWidth(by: powersOf10[p]), by: -e2) {
            return decimalDigits(q)
        }
        if p < 0 && p >= -19, let q = roundedQuotient(m, e2, powersOf10[-p]) {
            // Fewer digits than the integer part has (`'%.3e' % 12345.6`).
            return decimalDigits(q)
        }
        var num = BigUInt(m)
        var den = BigUInt(1)
        if e2 > 0 { num <<= e2 } else { den <<= -e2 }
        if p > 0 { num *= BigUInt(10).power(p) } else if p < 0 { den *= BigUInt(10).power(-p) }
        var (q, r) = num.quotientAndRemainder(dividingBy: den)
        let twice = r << 1
        if twice > den || (twice == den && q.words.first.map { $0 & 1 == 1 } ?? false) { q += 1 }
        return q.isZero ? [] : Array(q.description.utf8)
    }

    /// The decimal digits of `q` (none for 0), made straight into the array.
    private static func decimalDigits(_ q: UInt64) -> [UInt8] {
        if q == 0 { return [] }
        var n = 0
        var t = q
        while t != 0 {
            t /= 10
            n += 1
        }
        return [UInt8](unsafeUninitializedCapacity: n) { (buffer, count) in
            var t = q
            var k = n
            while t != 0 {
                let (next, r) = t.quotientAndRemainder(dividingBy: 10)
                k -= 1
                buffer[k] = 0x30 &+ UInt8(truncatingIfNeeded: r)
                t = next
            }
            count = n
        }
    }

    /// `m * 2**e2 / d` rounded half-even, when numerator and denominator fit 64 bits.
    private static func roundedQuotient(_ m: UInt64, _ e2: Int, _ d: UInt64) -> UInt64? {
        var num = m, den = d
        if e2 >= 0 {
            guard e2 < 11 else { return nil }
            num = m << UInt64(e2)
        } else {
            guard -e2 < 64 else { return nil }
            let (p, o) = d.multipliedReportingOverflow(by: 1 << UInt64(-e2))
            if o { return nil }
            den = p
        }
        var (q, r) = num.quotientAndRemainder(dividingBy: den)
        let half = den - r  // compare 2r with den without overflow: r vs den - r
        if r > half || (r == half && q & 1 == 1) { q += 1 }
        return q
    }

    /// `(hi, lo) >> s`, rounded half-even; nil when the result does not fit 64 bits.
    private static func roundedShift(_ v: (high: UInt64, low: UInt64), by s: Int) -> UInt64? {
        let (hi, lo) = v
        var q: UInt64
        var remHi: UInt64 = 0, remLo: UInt64
        var halfHi: UInt64 = 0, halfLo: UInt64 = 0
        if s < 64 {
            if hi >> s != 0 { return nil }
            q = (lo >> UInt64(s)) | (s == 0 ? 0 : hi << UInt64(64 - s))
            remLo = lo & ((1 << UInt64(s)) - 1)
            halfLo = 1 << UInt64(s - 1)
        } else if s == 64 {
            q = hi
            remLo = lo
            halfLo = 1 << 63
        } else {
            q = hi >> UInt64(s - 64)
            remHi = hi & ((1 << UInt64(s - 64)) - 1)
            remLo = lo
            halfHi = 1 << UInt64(s - 65)
        }
        let above = remHi > halfHi || (remHi == halfHi && remLo > halfLo)
        let tie = remHi == halfHi && remLo == halfLo
        if above || (tie && q & 1 == 1) {
            if q == .max { return nil }
            q += 1
        }
        return q
    }

    /// Mode 3: the digits of `|d|` correctly rounded at `precision` places after the point.
    public static func fixed(_ d: Double, precision: Int) -> (digits: [UInt8], decpt: Int) {
        if d == 0 { return ([UInt8(ascii: "0")], 1) }
        var n = roundedInteger(d, precision: precision)
        let decpt = n.count - precision
        if n.isEmpty { return ([], -precision) }
        while n.last == UInt8(ascii: "0") { n.removeLast() }
        return (n, decpt)
    }

    /// Mode 2: `|d|` correctly rounded to `count` (>= 1) significant digits.
    public static func significant(_ d: Double, count: Int) -> (digits: [UInt8], decpt: Int) {
        if d == 0 { return ([UInt8(ascii: "0")], 1) }
        // The shortest repr's exponent is right, or one too high when the shortest digits are a
        // power of ten just above the value (1e23 is below 10**23): then try one lower first.
        let (sd, sdecpt) = shortest(d)
        var k = sdecpt
        if sd == [UInt8(ascii: "1")] {
            var n = roundedInteger(d, precision: count - k + 1)
            if n.count == count {
                while n.last == UInt8(ascii: "0") { n.removeLast() }
                return (n, k - 1)
            }
        }
        while true {
            var n = roundedInteger(d, precision: count - k)
            if n.count < count {
                k -= 1
                continue
            }
            if n.count > count {
                // Rounded up to 10**count.
                return ([UInt8(ascii: "1")], k + 1)
            }
            while n.last == UInt8(ascii: "0") { n.removeLast() }
            return (n, k)
        }
    }

    // MARK: Layout (pystrtod.c, format_float_short)

    /// `PyOS_double_to_string`: `code` is one of `e E f F g G r`; `precision` as the user gave it
    /// (ignored for `r`). Flags as `Py_DTSF_SIGN`, `_ADD_DOT_0`, `_ALT`, `_NO_NEG_0`.
    public static func format(_ d: Double, code: Character, precision: Int, alwaysSign: Bool = false,
                              addDot0: Bool = false, alternate: Bool = false,
                              noNegativeZero: Bool = false) -> String {
        format(d, code: code.asciiValue ?? UInt8(ascii: "r"), precision: precision, alwaysSign: alwaysSign,
               addDot0: addDot0, alternate: alternate, noNegativeZero: noNegativeZero)
    }

    /// `format` with the code as an ASCII byte (what the formatters hold).
    static func format(_ d: Double, code: UInt8, precision: Int, alwaysSign: Bool = false,
                       addDot0: Bool = false, alternate: Bool = false,
                       noNegativeZero: Bool = false) -> String {
        let upper = code == UInt8(ascii: "E") || code == UInt8(ascii: "F") || code == UInt8(ascii: "G")
        // The layout is built in the shared scratch buffer: only the result string is allocated.
        return ScratchBytes.with(capacity: 32) { (out: inout [UInt8]) -> String in
            if d.isNaN || d.isInfinite {
                if d.isInfinite && d < 0 {
                    out.append(UInt8(ascii: "-"))
                } else if alwaysSign {
                    out.append(UInt8(ascii: "+"))
                }
                let word = d.isNaN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf")
                return String(decoding: out, as: UTF8.self) + word
            }
            var mode: UInt8
            var precision = precision
            var digits: [UInt8]
            var decpt: Int
            switch code | 0x20 {
            case UInt8(ascii: "e"):
                mode = UInt8(ascii: "e")
                precision += 1
                (digits, decpt) = significant(d, count: precision)
            case UInt8(ascii: "f"):
                mode = UInt8(ascii: "f")
                (digits, decpt) = fixed(d, precision: precision)
            case UInt8(ascii: "g"):
                mode = UInt8(ascii: "g")
                if precision == 0 { precision = 1 }
                (digits, decpt) = significant(d, count: precision)
            default:
                mode = UInt8(ascii: "r")
                (digits, decpt) = shortest(d)
            }
            var negative = d.sign == .minus
            if noNegativeZero && negative && (digits.isEmpty || digits == [UInt8(ascii: "0")]) {
                negative = false
            }
            var useExp = false
            var vdigitsEnd = digits.count
            switch mode {
            case UInt8(ascii: "e"):
                useExp = true
                vdigitsEnd = precision
            case UInt8(ascii: "f"):
                vdigitsEnd = decpt + precision
            case UInt8(ascii: "g"):
                if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
                if alternate { vdigitsEnd = precision }
            default:
                if decpt <= -4 || decpt > 16 { useExp = true }
            }
            var exp = 0
            if useExp {
                exp = decpt - 1
                decpt = 1
            }
            let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
            if !useExp && addDot0 {
                vdigitsEnd = Swift.max(vdigitsEnd, decpt + 1)
            } else {
                vdigitsEnd = Swift.max(vdigitsEnd, decpt)
            }
            let zero = UInt8(ascii: "0"), dot = UInt8(ascii: ".")
            out.reserveCapacity(vdigitsEnd - vdigitsStart + 8)
            if negative {
                out.append(UInt8(ascii: "-"))
            } else if alwaysSign {
                out.append(UInt8(ascii: "+"))
            }
            if decpt <= 0 {
                out.append(contentsOf: repeatElement(zero, count: decpt - vdigitsStart))
                out.append(dot)
                out.append(contentsOf: repeatElement(zero, count: -decpt))
            } else {
                out.append(contentsOf: repeatElement(zero, count: -vdigitsStart))
            }
            if decpt > 0 && decpt <= digits.count {
                out.append(contentsOf: digits[0..<decpt])
                out.append(dot)
                out.append(contentsOf: digits[decpt...])
            } else {
                out.append(contentsOf: digits)
            }
            if digits.count < decpt {
                out.append(contentsOf: repeatElement(zero, count: decpt - digits.count))
                out.append(dot)
                out.append(contentsOf: repeatElement(zero, count: vdigitsEnd - decpt))
            } else {
                out.append(contentsOf: repeatElement(zero, count: vdigitsEnd - digits.count))
            }
            if out.last == dot && !alternate { out.removeLast() }
            if useExp {
                out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
                out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                let e = abs(exp)
                if e < 10 { out.append(zero) }
                out.append(contentsOf: String(e).utf8)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `repr(d)` / `str(d)`: `1.0`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`.
    public static func repr(_ d: Double) -> String {
        // Swift prints the same shortest digits; it uses fixed notation only for magnitudes in
        // [1e-4, 2**53), where CPython does too and lays them out identically ("0.1", "100.0").
        // Everything else (exponents, nan's sign) goes through the general layout.
        if d.isFinite {
            let s = d.description
            if !s.utf8.contains(UInt8(ascii: "e")) { return s }
        }
        return format(d, code: UInt8(ascii: "r"), precision: 0, addDot0: true)
    }
}
