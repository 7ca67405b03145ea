import BigInt
import Foundation

/// The `math` module (Modules/mathmodule.c) as native functions, with CPython's errors:
/// "math domain error" (ValueError) and "math range error" (OverflowError).
public enum MathModule {

    /// A new `math` module object.
    public static func make() -> PyModule {
        let m = PyModule(name: "math")
        let d = m.dict!
        d.setItem("pi", .float(Double.pi))
        d.setItem("e", .float(M_E))
        d.setItem("tau", .float(2 * Double.pi))
        d.setItem("inf", .float(.infinity))
        d.setItem("nan", .float(.nan))
        func add(_ name: String, _ f: @escaping NativeFunction) {
            d.setItem(name, .object(PyBuiltinFunction(name: name, module: "math", f)))
        }
        // One-argument functions through math_1's error rules.
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("sqrt", Foundation.sqrt, false), ("exp", Foundation.exp, true), ("exp2", Foundation.exp2, true),
            ("expm1", Foundation.expm1, true), ("log1p", Foundation.log1p, false), ("sin", Foundation.sin, false),
            ("cos", Foundation.cos, false), ("tan", Foundation.tan, false), ("asin", Foundation.asin, false),
            ("acos", Foundation.acos, false), ("atan", Foundation.atan, false), ("sinh", Foundation.sinh, true),
            ("cosh", Foundation.cosh, true), ("tanh", Foundation.tanh, false), ("asinh", Foundation.asinh, false),
            ("acosh", Foundation.acosh, false), ("atanh", Foundation.atanh, false), ("fabs", Swift.abs, false),
            ("erf", Foundation.erf, false), ("erfc", Foundation.erfc, false), ("cbrt", Foundation.cbrt, false),
        ]
        for (name, f, canOverflow) in unary {
            add(name) { (a) throws(PyException) -> PyValue in
                .float(try math1(try real(a.single("math.\(name)")), f, canOverflow: canOverflow))
            }
        }
        add("gamma") { (a) throws(PyException) -> PyValue in .float(try tgamma(try real(a.single("math.gamma")))) }
        add("lgamma") { (a) throws(PyException) -> PyValue in .float(try lgamma(try real(a.single("math.lgamma")))) }
        add("log") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("log", min: 1, max: 2)
            let num = try logHelper(args[0], Foundation.log)
            guard args.count == 2 else { return .float(num) }
            let den = try logHelper(args[1], Foundation.log)
            if den == 0 { throw .zeroDivisionError("float division by zero") }
            return .float(num / den)
        }
        add("log2") { (a) throws(PyException) -> PyValue in .float(try logHelper(a.single("math.log2"), Foundation.log2)) }
        add("log10") { (a) throws(PyException) -> PyValue in .float(try logHelper(a.single("math.log10"), Foundation.log10)) }
        add("pow") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("pow", min: 2, max: 2)
            return .float(try pow(try real(args[0]), try real(args[1])))
        }
        add("atan2") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("atan2", min: 2, max: 2)
            return .float(Foundation.atan2(try real(args[0]), try real(args[1])))
        }
        add("copysign") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("copysign", min: 2, max: 2)
            return .float(Foundation.copysign(try real(args[0]), try real(args[1])))
        }
        add("fmod") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("fmod", min: 2, max: 2)
            let x = try real(args[0]), y = try real(args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Foundation.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            return .float(r)
        }
        add("remainder") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("remainder", min: 2, max: 2)
            let x = try real(args[0]), y = try real(args[1])
            let r = Foundation.remainder(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            return .float(r)
        }
        add("ldexp") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("ldexp", min: 2, max: 2)
            let x = try real(args[0])
            guard IntMath.isInt(args[1]) else { throw .typeError("Expected an int as second argument to ldexp.") }
            let e = IntMath.small(args[1]) ?? (IntMath.big(args[1])!.sign == .minus ? Int.min / 2 : Int.max / 2)
            if x == 0 || !x.isFinite { return .float(x) }
            let r = Foundation.scalbn(x, Swift.max(-100_000, Swift.min(100_000, e)))
            if r.isInfinite { throw rangeError() }
            return .float(r)
        }
        add("frexp") { (a) throws(PyException) -> PyValue in
            let x = try real(a.single("math.frexp"))
            if x == 0 || !x.isFinite { return .object(PyTuple([.float(x), .int(0)])) }
            // x = m * 2**e with 0.5 <= |m| < 1.
            let e = Int(x.exponent) + 1
            return .object(PyTuple([.float(Foundation.scalbn(x, -e)), .int(e)]))
        }
        add("modf") { (a) throws(PyException) -> PyValue in
            let x = try real(a.single("math.modf"))
            if x.isInfinite { return .object(PyTuple([.float(Foundation.copysign(0, x)), .float(x)])) }
            let i = x.rounded(.towardZero)
            return .object(PyTuple([.float(Foundation.copysign(x - i, x)), .float(i)]))
        }
        add("floor") { (a) throws(PyException) -> PyValue in try rounding(a.single("math.floor"), "__floor__", .down) }
        add("ceil") { (a) throws(PyException) -> PyValue in try rounding(a.single("math.ceil"), "__ceil__", .up) }
        add("trunc") { (a) throws(PyException) -> PyValue in
            let x = try a.single("math.trunc")
            if case .float(let d) = x { return try FloatMath.toInt(d) }
            if IntMath.isInt(x) { return IntMath.exact(x) }
            guard let m = x.type.lookup(Names.intern("__trunc__")), !m.isNone else {
                throw .typeError("type \(x.type.name) doesn't define __trunc__ method")
            }
            return try Protocol.callMethod(m, self: x, [])
        }
        add("isnan") { (a) throws(PyException) -> PyValue in .bool(try real(a.single("math.isnan")).isNaN) }
        add("isinf") { (a) throws(PyException) -> PyValue in .bool(try real(a.single("math.isinf")).isInfinite) }
        add("isfinite") { (a) throws(PyException) -> PyValue in .bool(try real(a.single("math.isfinite")).isFinite) }
        add("degrees") { (a) throws(PyException) -> PyValue in .float(try real(a.single("math.degrees")) * (180.0 / Double.pi)) }
        add("radians") { (a) throws(PyException) -> PyValue in .float(try real(a.single("math.radians")) * (Double.pi / 180.0)) }
        add("isclose") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, positionalLimit: 2)
            let x = try real(b[0]!), y = try real(b[1]!)
            let rel = try b[2].map(real) ?? 1e-9, abs = try b[3].map(real) ?? 0
            if rel < 0 || abs < 0 { throw .valueError("tolerances must be non-negative") }
            if x == y { return .true }
            if x.isInfinite || y.isInfinite { return .false }
            let diff = Swift.abs(y - x)
            return .bool((diff <= Swift.abs(rel * y)) || (diff <= Swift.abs(rel * x)) || diff <= abs)
        }
        add("nextafter") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("nextafter", min: 2, max: 2)
            let x = try real(args[0]), y = try real(args[1])
            if x.isNaN || y.isNaN { return .float(.nan) }
            if x == y { return .float(y) }
            return .float(y > x ? x.nextUp : x.nextDown)
        }
        add("ulp") { (a) throws(PyException) -> PyValue in
            let x = Swift.abs(try real(a.single("math.ulp")))
            if x.isNaN || x.isInfinite { return .float(x) }
            if x == .greatestFiniteMagnitude { return .float(x - x.nextDown) }
            return .float(x.nextUp - x)
        }
        add("factorial") { (a) throws(PyException) -> PyValue in try factorial(a.single("math.factorial")) }
        add("gcd") { (a) throws(PyException) -> PyValue in
            try a.rejectKeywords("gcd")
            var g = BigInt(0)
            for v in a.positional { g = gcd(g, try integer(v)) }
            return .int(g)
        }
        add("lcm") { (a) throws(PyException) -> PyValue in
            try a.rejectKeywords("lcm")
            var l = BigInt(1)
            for v in a.positional {
                let n = try integer(v)
                if n.isZero || l.isZero {
                    l = 0
                    continue
                }
                l = BigInt((l / gcd(l, n) * n).magnitude)
            }
            return .int(l)
        }
        add("isqrt") { (a) throws(PyException) -> PyValue in
            let n = try integer(a.single("math.isqrt"))
            if n.sign == .minus && !n.isZero { throw .valueError("isqrt() argument must be nonnegative") }
            return .int(BigInt(n.magnitude.squareRoot()))
        }
        add("comb") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("comb", min: 2, max: 2)
            let n = try integer(args[0]), k = try integer(args[1])
            if n.sign == .minus && !n.isZero { throw .valueError("n must be a non-negative integer") }
            if k.sign == .minus && !k.isZero { throw .valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            let kk = Swift.min(k, n - k)
            guard let steps = Int(exactly: kk) else { throw .overflowError("min(n - k, k) must not exceed 9223372036854775807") }
            var r = BigInt(1)
            for i in 0..<steps { r = r * (n - BigInt(i)) / BigInt(i + 1) }
            return .int(r)
        }
        add("perm") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("perm", min: 1, max: 2)
            let n = try integer(args[0])
            if n.sign == .minus && !n.isZero { throw .valueError("n must be a non-negative integer") }
            let k = args.count > 1 && !args[1].isNone ? try integer(args[1]) : n
            if k.sign == .minus && !k.isZero { throw .valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let steps = Int(exactly: k) else { throw .overflowError("k must not exceed 9223372036854775807") }
            var r = BigInt(1)
            for i in 0..<steps { r *= n - BigInt(i) }
            return .int(r)
        }
        add("hypot") { (a) throws(PyException) -> PyValue in
            try a.rejectKeywords("hypot")
            var v: [Double] = []
            for x in a.positional { v.append(Swift.abs(try real(x))) }
            return .float(vectorNorm(v))
        }
        add("dist") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("dist", min: 2, max: 2)
            let p = try Protocol.toArray(args[0]), q = try Protocol.toArray(args[1])
            guard p.count == q.count else { throw .valueError("both points must have the same number of dimensions") }
            var v: [Double] = []
            for (x, y) in zip(p, q) { v.append(Swift.abs(try real(x) - real(y))) }
            return .float(vectorNorm(v))
        }
        add("fsum") { (a) throws(PyException) -> PyValue in
            var xs: [Double] = []
            for x in try Protocol.toArray(a.single("math.fsum")) { xs.append(try real(x)) }
            return .float(try fsum(xs))
        }
        add("prod") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("prod", ["iterable", "start"], required: 1, positionalLimit: 1)
            var r = b[1] ?? .int(1)
            for x in try Protocol.toArray(b[0]!) { r = try Protocol.binaryOp(.multiply, r, x) }
            return r
        }
        return m
    }

    // MARK: Helpers

    static func domainError() -> PyException { .valueError("math domain error") }
    static func rangeError() -> PyException { .overflowError("math range error") }

    /// `PyFloat_AsDouble`: floats, ints, bools, `__float__`, `__index__`.
    static func real(_ v: PyValue) throws(PyException) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default: break
        }
        if case .object(let l as PyLong) = v { return try IntMath.toDouble(l.value) }
        if v.type.lookup(Names.__float__) != nil || v.type.lookup(Names.__index__) != nil {
            return try FloatMath.construct(v)
        }
        throw .typeError("must be real number, not \(v.type.name)")
    }

    /// An int argument (`__index__`), as a BigInt.
    static func integer(_ v: PyValue) throws(PyException) -> BigInt {
        if let b = IntMath.big(v) { return b }
        return IntMath.big(try Protocol.indexValue(v))!
    }

    /// `math_1`: nan from a non-nan is a domain error; inf from a finite is a range error
    /// (overflow) or a domain error (a pole).
    static func math1(_ x: Double, _ f: (Double) -> Double, canOverflow: Bool) throws(PyException) -> Double {
        let r = f(x)
        if r.isNaN && !x.isNaN { throw domainError() }
        if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
        return r
    }

    /// `loghelper`: exact for huge ints (`log(10**400)`), domain errors for x <= 0.
    static func logHelper(_ v: PyValue, _ f: (Double) -> Double) throws(PyException) -> Double {
        if IntMath.isInt(v), case .object(let l as PyLong) = v {
            if l.value.sign == .minus || l.value.isZero { throw domainError() }
            if let d = try? IntMath.toDouble(l.value), d.isFinite { return try logOf(d, f) }
            // x = m * 2**e with 0.5 <= m < 1: log(x) = log(m) + e * log(2).
            let e = l.value.magnitude.bitWidth - 60
            let m = Double(UInt64(l.value.magnitude >> e)) / Double(sign: .plus, exponent: 60, significand: 1)
            return f(m) + Double(e + 60) * f(2.0)
        }
        return try logOf(try real(v), f)
    }

    private static func logOf(_ x: Double, _ f: (Double) -> Double) throws(PyException) -> Double {
        if x.isNaN { return x }
        if x.isInfinite {
            if x > 0 { return x }
            throw domainError()
        }
        if x <= 0 { throw domainError() }
        return f(x)
    }

    /// `math.pow`: IEEE special cases handled directly; errors as errno would report them.
    static func pow(_ x: Double, _ y: Double) throws(PyException) -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let odd = y.isFinite && Foundation.fmod(Swift.abs(y), 2.0) == 1.0
                if y > 0 { return odd ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return odd ? Foundation.copysign(0, x) : 0
            }
            if Swift.abs(x) == 1 { return 1 }
            if y > 0 && Swift.abs(x) > 1 { return y }
            if y < 0 && Swift.abs(x) < 1 { return -y }
            return 0
        }
        let r = Foundation.pow(x, y)
        if r.isNaN { throw domainError() }
        if r.isInfinite { throw x == 0 ? domainError() : rangeError() }
        return r
    }

    static func rounding(_ x: PyValue, _ dunder: String, _ rule: FloatingPointRoundingRule) throws(PyException) -> PyValue {
        if case .float(let d) = x { return try FloatMath.toInt(d.rounded(rule)) }
        if IntMath.isInt(x) { return IntMath.exact(x) }
        if let m = x.type.lookup(Names.intern(dunder)), !m.isNone { return try Protocol.callMethod(m, self: x, []) }
        return try FloatMath.toInt(try real(x).rounded(rule))
    }

    static func factorial(_ v: PyValue) throws(PyException) -> PyValue {
        if case .float = v { throw .typeError("'float' object cannot be interpreted as an integer") }
        let n = try integer(v)
        if n.sign == .minus && !n.isZero { throw .valueError("factorial() not defined for negative values") }
        guard let k = Int(exactly: n), k <= 1_000_000 else {
            throw .overflowError("factorial() argument should not exceed 9223372036854775807")
        }
        if k <= 20 {
            var r = 1
            if k > 1 { for i in 2...k { r *= i } }
            return .int(r)
        }
        // Product of a range by halves keeps the multiplications balanced.
        func product(_ lo: Int, _ hi: Int) -> BigInt {
            if hi - lo < 8 {
                var r = BigInt(1)
                for i in lo...hi { r *= BigInt(i) }
                return r
            }
            let mid = (lo + hi) / 2
            return product(lo, mid) * product(mid + 1, hi)
        }
        return .int(product(2, k))
    }

    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude, y = b.magnitude
        while !y.isZero { (x, y) = (y, x % y) }
        return BigInt(x)
    }

    /// `vector_norm` (mathmodule.c): scaled, with an exact sum of squares and one correction
    /// step, so `hypot` is correctly rounded in all but rare cases.
    static func vectorNorm(_ v: [Double]) -> Double {
        var maxV = 0.0
        var foundNaN = false
        for x in v {
            if x.isNaN { foundNaN = true }
            if x > maxV { maxV = x }
        }
        if maxV.isInfinite { return maxV }
        if foundNaN { return .nan }
        if maxV == 0 || v.count <= 1 { return maxV }
        var vec = v
        let maxE = Int(maxV.exponent) + 1  // frexp
        if maxE < -1023 {
            let dmin = Double.leastNormalMagnitude
            for i in vec.indices { vec[i] /= dmin }
            return dmin * vectorNorm(vec)
        }
        let scale = Foundation.scalbn(1.0, -maxE)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for x0 in vec {
            let x = x0 * scale
            let hi = x * x
            let prLo = Foundation.fma(x, x, -hi)  // exact: hi + prLo == x * x
            let smHi = csum + hi
            let smLo = (csum - smHi) + hi
            csum = smHi
            frac1 += prLo
            frac2 += smLo
        }
        var h = Foundation.sqrt(csum - 1.0 + (frac1 + frac2))
        let prHi = -h * h
        let prLo = Foundation.fma(-h, h, -prHi)
        let smHi = csum + prHi
        let smLo = (csum - smHi) + prHi
        csum = smHi
        frac1 += prLo
        frac2 += smLo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }

    /// `math.fsum`: Shewchuk's exact partial sums, rounded once (msum.py / mathmodule.c).
    static func fsum(_ xs: [Double]) throws(PyException) -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        for x0 in xs {
            var x = x0
            if !x.isFinite {
                if x.isInfinite { infSum += x }
                specialSum += x
                partials.removeAll()
                continue
            }
            var i = 0
            for j in partials.indices {
                var y = partials[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[i] = lo
                    i += 1
                }
                x = hi
            }
            partials.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    // An intermediate overflow.
                    throw .overflowError("intermediate overflow in fsum")
                }
                partials.append(x)
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw .valueError("-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = partials.count
        if n > 0 {
            n -= 1
            hi = partials[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = partials[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            // Round half-even correctly when the rest would tip the balance.
            if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }
}
