import BigInt
import Foundation

/// `float` (Objects/floatobject.c): dunders, methods and the constructor.
extension Runtime {
    static func installFloat() {
        let t = NativeInstaller(Types.float, accepts: { if case .float = $0 { return true }; return false })
        t.binaryOperators([.add, .subtract, .multiply, .trueDivide, .floorDivide, .remainder]) {
            (op, a, b) throws(PyException) -> PyValue? in
            guard let x = try FloatMath.operand(a), let y = try FloatMath.operand(b) else { return nil }
            return try FloatMath.binary(op, x, y)
        }
        t.method("__pow__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__pow__", min: 1, max: 2)
            return try FloatMath.powerDunder(v, args[0], args.count > 1 ? args[1] : .none)
        }
        t.method("__rpow__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__rpow__", min: 1, max: 2)
            return try FloatMath.powerDunder(args[0], v, args.count > 1 ? args[1] : .none)
        }
        t.slot1("__divmod__") { (a, b) throws(PyException) -> PyValue in
            try FloatMath.divmodDunder(a, b)
        }
        t.slot1("__rdivmod__") { (a, b) throws(PyException) -> PyValue in
            try FloatMath.divmodDunder(b, a)
        }
        t.comparisons { (op, a, b) throws(PyException) -> PyValue in
            guard case .float(let x) = a else { return .notImplemented }
            if case .float(let y) = b { return .bool(NumberFastPath.ordered(op, x, y)) }
            guard IntMath.isInt(b) else { return .notImplemented }
            return .bool(NumberFastPath.result(op, IntMath.compare(b, x).map { -$0 }))
        }
        t.slot0("__neg__") { (v) throws(PyException) -> PyValue in .float(-FloatMath.value(v)) }
        t.slot0("__pos__") { (v) throws(PyException) -> PyValue in v }
        t.slot0("__abs__") { (v) throws(PyException) -> PyValue in .float(abs(FloatMath.value(v))) }
        t.slot0("__bool__") { (v) throws(PyException) -> PyValue in .bool(FloatMath.value(v) != 0) }
        t.slot0("__int__") { (v) throws(PyException) -> PyValue in try FloatMath.toInt(FloatMath.value(v)) }
        t.slot0("__float__") { (v) throws(PyException) -> PyValue in v }
        t.slot0("__hash__") { (v) throws(PyException) -> PyValue in
            .int(Protocol.hash(double: FloatMath.value(v)))
        }
        t.slot0("__repr__") { (v) throws(PyException) -> PyValue in
            .str(FloatDigits.repr(FloatMath.value(v)))
        }
        t.noArgs("__trunc__") { (v) throws(PyException) -> PyValue in try FloatMath.toInt(FloatMath.value(v)) }
        t.noArgs("__floor__") { (v) throws(PyException) -> PyValue in
            try FloatMath.toInt(Foundation.floor(FloatMath.value(v)))
        }
        t.noArgs("__ceil__") { (v) throws(PyException) -> PyValue in
            try FloatMath.toInt(Foundation.ceil(FloatMath.value(v)))
        }
        t.method("__round__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__round__", min: 0, max: 1)
            return try FloatMath.round(FloatMath.value(v), ndigits: args.first ?? .none)
        }
        t.noArgs("is_integer") { (v) throws(PyException) -> PyValue in
            let d = FloatMath.value(v)
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        t.noArgs("as_integer_ratio") { (v) throws(PyException) -> PyValue in
            let (n, d) = try FloatMath.integerRatio(FloatMath.value(v))
            return .object(PyTuple([.int(n), .int(d)]))
        }
        t.noArgs("conjugate") { (v) throws(PyException) -> PyValue in v }
        t.noArgs("hex") { (v) throws(PyException) -> PyValue in .str(FloatMath.hex(FloatMath.value(v))) }
        t.noArgs("__getnewargs__") { (v) throws(PyException) -> PyValue in .object(PyTuple([v])) }
        t.getter("real") { (v) throws(PyException) -> PyValue in v }
        t.getter("imag") { (_) throws(PyException) -> PyValue in .float(0) }
        Types.float.addStaticFunction("fromhex") { (a) throws(PyException) -> PyValue in
            guard a.count == 1, !a.hasKeywords else {
                throw .typeError("float.fromhex() takes exactly one argument (\(a.count) given)")
            }
            guard case .object(let s as PyStr) = a[0] else {
                throw .typeError("fromhex() argument must be str, not \(a[0].type.name)")
            }
            return .float(try FloatMath.fromHex(s.value))
        }
        Types.float.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            if a.hasKeywords { throw .typeError("float() takes no keyword arguments") }
            guard a.count <= 2 else {
                throw .typeError("float expected at most 1 argument, got \(a.count - 1)")
            }
            return a.count == 2 ? .float(try FloatMath.construct(a[1])) : .float(0)
        }
        t.method("__format__") { (v, a) throws(PyException) -> PyValue in
            let spec = try a.single("__format__")
            guard case .object(let s as PyStr) = spec else {
                throw .typeError("__format__() argument must be str, not \(spec.type.name)")
            }
            return .str(try Formatting.formatFloat(FloatMath.value(v), spec: s.value))
        }
        Types.float.doc = "Convert a string or number to a floating point number, if possible."
    }
}

extension FloatMath {
    /// The double of a float receiver (checked by the installer).
    @inline(__always) static func value(_ v: PyValue) -> Double {
        if case .float(let d) = v { return d }
        return .nan
    }

    /// A float operand from a float, int or bool (big ints may overflow); nil for other types.
    @inline(__always) static func operand(_ v: PyValue) throws(PyException) -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let l = o as? PyLong { return try IntMath.toDouble(l.value) }
            return nil
        default: return nil
        }
    }

    static func powerDunder(_ a: PyValue, _ b: PyValue, _ m: PyValue) throws(PyException) -> PyValue {
        guard let x = try operand(a), let y = try operand(b) else { return .notImplemented }
        if !m.isNone {
            throw .typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        return try power(x, y)
    }

    static func divmodDunder(_ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        guard let x = try operand(a), let y = try operand(b) else { return .notImplemented }
        if y == 0 { throw .zeroDivisionError("float divmod()") }
        let (q, r) = divmod(x, y)
        return .object(PyTuple([.float(q), .float(r)]))
    }

    /// `float(x)`.
    static func construct(_ x: PyValue) throws(PyException) -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default: break
        }
        if case .object(let l as PyLong) = x { return try IntMath.toDouble(l.value) }
        // Plain decimal literals mean the same to Swift's parser (no hex, inf or nan spelled
        // differently): parse them directly.
        if case .object(let s as PyStr) = x, s.isASCII,
           s.value.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x2B || $0 == 0x2D }),
           let d = Double(s.value) {
            return d
        }
        if let text = try BytesOps.text(x) { return try NumberParsing.float(from: text, original: x) }
        if let m = x.type.lookup(Names.__float__), !m.isNone {
            let r = try Protocol.callMethod(m, self: x, [])
            guard case .float(let d) = r else {
                throw .typeError("\(x.type.name).__float__ returned non-float (type \(r.type.name))")
            }
            return d
        }
        if let m = x.type.lookup(Names.__index__), !m.isNone {
            return try IntMath.toDouble(Protocol.callMethod(m, self: x, []))
        }
        throw .typeError("float() argument must be a string or a real number, not '\(x.type.name)'")
    }

    /// `round(d)` (ties to even, an int) and `round(d, n)` (a float, correctly rounded through
    /// the decimal digits as `double_round` does: `round(2.675, 2) == 2.67`).
    static func round(_ d: Double, ndigits: PyValue) throws(PyException) -> PyValue {
        if ndigits.isNone { return try toInt(d.rounded(.toNearestOrEven)) }
        let n: Int
        if let small = IntMath.small(ndigits) {
            n = small
        } else if let big = IntMath.big(ndigits) {
            n = big.sign == .minus ? Int.min : Int.max
        } else {
            n = try Protocol.index(ndigits)
        }
        if !d.isFinite { return .float(d) }
        if n > 323 { return .float(d) }
        if n < -308 { return .float(0.0 * d) }
        let digits = FloatDigits.roundedInteger(d, precision: n)
        if digits.isEmpty { return .float(0.0 * d) }
        let text = (d < 0 ? "-" : "") + String(decoding: digits, as: UTF8.self) + "e\(-n)"
        let r = Double(text) ?? .nan
        if r.isInfinite { throw .overflowError("rounded value too large to represent") }
        return .float(r)
    }

    /// `float.as_integer_ratio()`.
    static func integerRatio(_ d: Double) throws(PyException) -> (BigInt, BigInt) {
        if d.isInfinite { throw .overflowError("cannot convert Infinity to integer ratio") }
        if d.isNaN { throw .valueError("cannot convert NaN to integer ratio") }
        if d == 0 { return (0, 1) }
        let x = abs(d)
        var m: UInt64
        var e: Int
        if x.isSubnormal {
            m = x.significandBitPattern
            e = -1074
        } else {
            m = x.significandBitPattern | (1 << 52)
            e = Int(x.exponent) - 52
        }
        let tz = m.trailingZeroBitCount
        m >>= UInt64(tz)
        e += tz
        var num = BigInt(m)
        var den = BigInt(1)
        if e >= 0 { num <<= e } else { den <<= -e }
        return (d < 0 ? -num : num, den)
    }

    /// `float.hex()`: `0x1.8000000000000p+1`.
    static func hex(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        let x = abs(d)
        let lead: UInt64 = x.isSubnormal ? 0 : 1
        let e = x.isSubnormal ? -1022 : Int(x.exponent)
        var frac = String(x.significandBitPattern, radix: 16)
        frac = String(repeating: "0", count: 13 - frac.count) + frac
        return (d < 0 ? "-" : "") + "0x\(lead).\(frac)p\(e < 0 ? "-" : "+")\(abs(e))"
    }

    /// `float.fromhex(s)`: `[sign] [0x] hexdigits [. hexdigits] [p [sign] decimal]`, `inf`,
    /// `nan`, correctly rounded (subnormals included).
    static func fromHex(_ s: String) throws(PyException) -> Double {
        let invalid = PyException.valueError("invalid hexadecimal floating-point string")
        var t = Substring(s.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let c = t.first, c == "+" || c == "-" {
            negative = c == "-"
            t = t.dropFirst()
        }
        let lower = t.lowercased()
        if lower == "inf" || lower == "infinity" { return negative ? -.infinity : .infinity }
        if lower == "nan" { return .nan }
        if lower.hasPrefix("0x") { t = t.dropFirst(2) }
        var mantissa = BigInt(0)
        var exp = 0
        var sawDigit = false
        var afterPoint = false
        var i = t.startIndex
        while i < t.endIndex {
            let c = t[i]
            if c == "." {
                if afterPoint { throw invalid }
                afterPoint = true
            } else if let v = c.hexDigitValue {
                mantissa = mantissa * 16 + BigInt(v)
                if afterPoint { exp -= 4 }
                sawDigit = true
            } else {
                break
            }
            i = t.index(after: i)
        }
        if !sawDigit { throw invalid }
        if i < t.endIndex {
            guard t[i] == "p" || t[i] == "P", let p = Int(t[t.index(after: i)...]) else { throw invalid }
            exp += p
        }
        if mantissa.isZero { return negative ? -0.0 : 0.0 }
        let total = mantissa.magnitude.bitWidth + exp
        if total > 1024 { throw .overflowError("hexadecimal value too large to represent as a float") }
        var r: Double
        if total - 53 < -1074 {
            // Subnormal: round once, at the 2**-1074 place.
            let k = exp + 1074
            var n: BigUInt
            if k >= 0 {
                n = mantissa.magnitude << k
            } else {
                let (q, rem) = mantissa.magnitude.quotientAndRemainder(dividingBy: BigUInt(1) << -k)
                n = q
                let twice = rem << 1
                let half = BigUInt(1) << -k
                if twice > half || (twice == half && n.words.first.map { $0 & 1 == 1 } ?? false) { n += 1 }
            }
            r = Double(sign: .plus, exponent: -1074, significand: Double(UInt64(n)))
        } else {
            r = Double(sign: .plus, exponent: exp, significand: try IntMath.toDouble(mantissa))
        }
        if r.isInfinite { throw .overflowError("hexadecimal value too large to represent as a float") }
        return negative ? -r : r
    }
}
