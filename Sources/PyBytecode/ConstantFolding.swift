import BigInt
import Foundation
import PySyntax

// Arithmetic on constants for the AST optimiser, with Python's semantics and CPython 3.11's
// size limits (Python/ast_opt.c: safe_multiply, safe_power, safe_lshift, safe_mod). Every
// function returns nil where CPython's operation would raise (or where we cannot reproduce the
// exact result); the optimiser then leaves the expression unfolded, as CPython does on error.

/// Folding limits of Python/ast_opt.c.
private let maxIntSize = 128        // bits
private let maxCollectionSize = 256 // items
private let maxStrSize = 4096       // characters
private let maxTotalItems = 1024    // including nested collections


enum ConstantFolding {
    // MARK: Numeric tower

    private enum Num {
        case int(BigInt)
        case float(Double)
        case complex(Double, Double)
    }

    private static func num(_ v: ConstantValue) -> Num? {
        switch v {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .complex(let r, let i): return .complex(r, i)
        default: return nil
        }
    }

    /// `PyLong_AsDouble`: correctly rounded (half to even); nil where CPython raises
    /// OverflowError ("int too large to convert to float").
    static func toDouble(_ i: BigInt) -> Double? {
        guard let d = rounded(i.magnitude, sticky: false, exponent: 0) else { return nil }
        return i.sign == .minus ? -d : d
    }

    /// `mag * 2^exponent` (plus a little more when `sticky`) rounded half to even; nil on
    /// overflow or when the result would be subnormal (we do not fold those).
    private static func rounded(_ mag: BigUInt, sticky: Bool, exponent: Int) -> Double? {
        let width = mag.bitWidth
        if width <= 53 && !sticky {
            let d = Double(UInt64(mag)) * Double(sign: .plus, exponent: exponent, significand: 1)
            return d.isFinite ? d : nil
        }
        // Keep 54 bits and a sticky bit, then round the last bit away.
        let shift = width - 54
        var m: UInt64
        var lost = sticky
        if shift >= 0 {
            m = UInt64(mag >> shift)
            lost = lost || !(mag & ((BigUInt(1) << shift) - 1)).isZero
        } else {
            m = UInt64(mag) << UInt64(-shift)
        }
        let roundBit = m & 1
        m >>= 1
        if roundBit == 1 && (lost || m & 1 == 1) { m += 1 }
        let e = shift + 1 + exponent
        if e + 53 < -1021 { return nil }
        let d = Double(m) * Double(sign: .plus, exponent: e, significand: 1)
        return d.isFinite ? d : nil
    }

    /// `long_true_divide`: the exact quotient, correctly rounded.
    private static func intTrueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
        if b.isZero { return nil }
        if a.isZero { return b.sign == .minus ? -0.0 : 0.0 }
        var x = a.magnitude, y = b.magnitude
        let shift = 55 - (x.bitWidth - y.bitWidth)
        if shift > 0 { x <<= shift } else if shift < 0 { y <<= -shift }
        let (q, r) = x.quotientAndRemainder(dividingBy: y)
        guard let d = rounded(q, sticky: !r.isZero, exponent: -shift) else { return nil }
        return (a.sign == .minus) != (b.sign == .minus) ? -d : d
    }

    private static func asFloat(_ n: Num) -> Double? {
        switch n {
        case .int(let i): return toDouble(i)
        case .float(let d): return d
        case .complex: return nil
        }
    }

    private static func asComplex(_ n: Num) -> (Double, Double)? {
        switch n {
        case .int(let i): return toDouble(i).map { ($0, 0) }
        case .float(let d): return (d, 0)
        case .complex(let r, let i): return (r, i)
        }
    }

    private static func isComplex(_ n: Num) -> Bool {
        if case .complex = n { return true }
        return false
    }

    private static func isFloat(_ n: Num) -> Bool {
        if case .float = n { return true }
        return false
    }

    private static func floatResult(_ d: Double) -> ConstantValue? {
        d.isFinite ? .float(d) : nil
    }

    private static func bits(_ i: BigInt) -> Int { i.magnitude.bitWidth }

    // MARK: Binary operators

    static func binary(_ op: BinaryOperator, _ l: ConstantValue, _ r: ConstantValue)
        -> ConstantValue?
    {
        switch op {
        case .add: return add(l, r)
        case .sub: return arith(l, r, { $0 - $1 }, { $0 - $1 }, { ($0.0 - $1.0, $0.1 - $1.1) })
        case .mult: return multiply(l, r)
        case .div: return trueDivide(l, r)
        case .floorDiv: return floorDivide(l, r)
        case .mod: return modulo(l, r)
        case .pow: return power(l, r)
        case .lShift: return lshift(l, r)
        case .rShift: return rshift(l, r)
        case .bitOr: return bitwise(l, r, { $0 | $1 }, { $0 || $1 })
        case .bitXor: return bitwise(l, r, { $0 ^ $1 }, { $0 != $1 })
        case .bitAnd: return bitwise(l, r, { $0 & $1 }, { $0 && $1 })
        case .matMult: return nil
        }
    }

    /// int/float/complex arithmetic with Python's promotion rules.
    private static func arith(_ l: ConstantValue, _ r: ConstantValue,
                              _ intOp: (BigInt, BigInt) -> BigInt,
                              _ floatOp: (Double, Double) -> Double,
                              _ complexOp: ((Double, Double), (Double, Double)) -> (Double, Double))
        -> ConstantValue?
    {
        guard let a = num(l), let b = num(r) else { return nil }
        if isComplex(a) || isComplex(b) {
            guard let x = asComplex(a), let y = asComplex(b) else { return nil }
            let z = complexOp(x, y)
            return .complex(z.0, z.1)
        }
        if isFloat(a) || isFloat(b) {
            // float +, - and * overflow to inf without raising, as in C.
            guard let x = asFloat(a), let y = asFloat(b) else { return nil }
            return .float(floatOp(x, y))
        }
        if case .int(let x) = a, case .int(let y) = b { return .int(intOp(x, y)) }
        return nil
    }

    private static func add(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        switch (l, r) {
        case (.str(let a), .str(let b)): return .str(a + b)
        case (.bytes(let a), .bytes(let b)): return .bytes(a + b)
        case (.tuple(let a), .tuple(let b)): return .tuple(a + b)
        default: return arith(l, r, { $0 + $1 }, { $0 + $1 }, { ($0.0 + $1.0, $0.1 + $1.1) })
        }
    }

    /// `safe_multiply`.
    private static func multiply(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        if let n = intValue(l) {
            switch r {
            case .tuple(let items):
                guard !items.isEmpty else { return .tuple([]) }
                guard n >= 0, n <= BigInt(maxCollectionSize / items.count) else { return nil }
                let k = Int(n)
                if k > 0 && complexity(r) > maxTotalItems / k { return nil }
                return .tuple(Array([[ConstantValue]](repeating: items, count: k).joined()))
            case .str(let s):
                let size = s.unicodeScalars.count
                guard size > 0 else { return .str("") }
                guard n >= 0, n <= BigInt(maxStrSize / size) else { return nil }
                return .str(String(repeating: s, count: Int(n)))
            case .bytes(let b):
                guard !b.isEmpty else { return .bytes([]) }
                guard n >= 0, n <= BigInt(maxStrSize / b.count) else { return nil }
                return .bytes(Array([[UInt8]](repeating: b, count: Int(n)).joined()))
            case .frozenset:
                return nil
            default:
                break
            }
        }
        if intValue(r) != nil {
            switch l {
            case .tuple, .str, .bytes, .frozenset: return multiply(r, l)
            default: break
            }
        }
        if let a = intValue(l), let b = intValue(r), !a.isZero, !b.isZero {
            if bits(a) + bits(b) > maxIntSize { return nil }
        }
        return arith(l, r, { $0 * $1 }, { $0 * $1 }, { x, y in
            (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
        })
    }

    /// The int value of an int or bool constant.
    private static func intValue(_ v: ConstantValue) -> BigInt? {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        default: return nil
        }
    }

    /// `check_complexity`: items in a constant, nested tuples and frozensets counted.
    private static func complexity(_ v: ConstantValue) -> Int {
        switch v {
        case .tuple(let items), .frozenset(let items):
            return items.count + items.map(complexity).reduce(0, +)
        default:
            return 0
        }
    }

    private static func trueDivide(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        guard let a = num(l), let b = num(r) else { return nil }
        if isComplex(a) || isComplex(b) {
            guard let x = asComplex(a), let y = asComplex(b) else { return nil }
            guard let z = complexDivide(x, y) else { return nil }
            return .complex(z.0, z.1)
        }
        if case .int(let x) = a, case .int(let y) = b {
            return intTrueDivide(x, y).map { .float($0) }
        }
        // Division by zero raises; overflow gives inf without raising.
        guard let x = asFloat(a), let y = asFloat(b), y != 0 else { return nil }
        return .float(x / y)
    }

    /// CPython's `_Py_c_quot`.
    private static func complexDivide(_ a: (Double, Double), _ b: (Double, Double))
        -> (Double, Double)?
    {
        let absBr = abs(b.0), absBi = abs(b.1)
        if absBr >= absBi {
            if absBr == 0 { return nil }
            let ratio = b.1 / b.0
            let denom = b.0 + b.1 * ratio
            return ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
        } else if absBi >= absBr {
            let ratio = b.0 / b.1
            let denom = b.0 * ratio + b.1
            return ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
        }
        return nil
    }

    private static func complexProduct(_ a: (Double, Double), _ b: (Double, Double))
        -> (Double, Double)
    {
        (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
    }

    /// `complex_pow`: repeated squaring for small integral exponents (`c_powi`), the polar
    /// form otherwise (`_Py_c_pow`); nil where CPython raises (zero to a negative or complex
    /// power, overflow).
    private static func complexPower(_ a: (Double, Double), _ b: (Double, Double))
        -> (Double, Double)?
    {
        var r: (Double, Double)
        if b.1 == 0 && b.0 == b.0.rounded(.down) && abs(b.0) <= 100 {
            func powu(_ x: (Double, Double), _ n: Int) -> (Double, Double) {
                var r = (1.0, 0.0), p = x, mask = 1
                while mask > 0 && n >= mask {
                    if n & mask != 0 { r = complexProduct(r, p) }
                    mask <<= 1
                    p = complexProduct(p, p)
                }
                return r
            }
            let n = Int(b.0)
            if n > 0 {
                r = powu(a, n)
            } else {
                guard let q = complexDivide((1, 0), powu(a, -n)) else { return nil }
                r = q
            }
        } else if b.0 == 0 && b.1 == 0 {
            r = (1, 0)
        } else if a.0 == 0 && a.1 == 0 {
            if b.1 != 0 || b.0 < 0 { return nil }
            r = (0, 0)
        } else {
            let vabs = hypot(a.0, a.1)
            var len = Foundation.pow(vabs, b.0)
            let at = atan2(a.1, a.0)
            var phase = at * b.0
            if b.1 != 0 {
                len /= exp(at * b.1)
                phase += b.1 * log(vabs)
            }
            r = (len * cos(phase), len * sin(phase))
        }
        return r.0.isInfinite || r.1.isInfinite ? nil : r
    }

    /// Python's float divmod (`float_divmod`).
    private static func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double)? {
        guard wx != 0 else { return nil }
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    /// Python's floor division and modulo on ints (results take the divisor's sign).
    private static func intDivmod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt)? {
        guard !b.isZero else { return nil }
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if !r.isZero && (r.sign == .minus) != (b.sign == .minus) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    private static func floorDivide(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        guard let a = num(l), let b = num(r), !isComplex(a), !isComplex(b) else { return nil }
        if case .int(let x) = a, case .int(let y) = b { return intDivmod(x, y).map { .int($0.0) } }
        guard let x = asFloat(a), let y = asFloat(b) else { return nil }
        return floatDivmod(x, y).map { .float($0.0) }
    }

    /// `safe_mod`: `%` on str or bytes is formatting and is never folded.
    private static func modulo(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        guard let a = num(l), let b = num(r), !isComplex(a), !isComplex(b) else { return nil }
        if case .int(let x) = a, case .int(let y) = b { return intDivmod(x, y).map { .int($0.1) } }
        guard let x = asFloat(a), let y = asFloat(b) else { return nil }
        return floatDivmod(x, y).map { .float($0.1) }
    }

    /// `safe_power`.
    private static func power(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        guard let a = num(l), let b = num(r) else { return nil }
        if isComplex(a) || isComplex(b) {
            guard let x = asComplex(a), let y = asComplex(b),
                  let z = complexPower(x, y) else { return nil }
            return .complex(z.0, z.1)
        }
        if case .int(let x) = a, case .int(let y) = b {
            if y.sign == .minus {
                guard let fx = toDouble(x), let fy = toDouble(y) else { return nil }
                if fx == 0 { return nil }
                return floatResult(Foundation.pow(fx, fy))
            }
            if x.isZero { return .int(y.isZero ? 1 : 0) }
            if y.isZero { return .int(1) }
            // vbits > MAX_INT_SIZE / wbits refuses the fold (so y <= 128 from here).
            guard y <= BigInt(maxIntSize) else { return nil }
            let w = Int(y)
            if bits(x) > maxIntSize / w { return nil }
            return .int(x.power(w))
        }
        // `float_pow`: 0.0 to a negative power raises, a negative base to a fractional power
        // gives a complex, overflow raises.
        guard let x = asFloat(a), let y = asFloat(b) else { return nil }
        if y == 0 { return .float(1.0) }
        if x == 0 && y < 0 { return nil }
        if x < 0 && y != y.rounded(.down) {
            return complexPower((x, 0), (y, 0)).map { .complex($0.0, $0.1) }
        }
        return floatResult(Foundation.pow(x, y))
    }

    /// `safe_lshift`.
    private static func lshift(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        guard let a = intValue(l), let b = intValue(r) else { return nil }
        if b.sign == .minus { return nil }
        if !a.isZero && !b.isZero {
            if b > BigInt(maxIntSize) || bits(a) > maxIntSize - Int(b) { return nil }
        }
        if a.isZero { return .int(0) }
        return .int(a << Int(b))
    }

    private static func rshift(_ l: ConstantValue, _ r: ConstantValue) -> ConstantValue? {
        guard let a = intValue(l), let b = intValue(r) else { return nil }
        if b.sign == .minus { return nil }
        if b > BigInt(bits(a) + 1) { return .int(a.sign == .minus ? -1 : 0) }
        // Python's >> floors toward negative infinity.
        let shift = Int(b)
        if a.sign == .minus {
            let (q, _) = intDivmod(a, BigInt(1) << shift)!
            return .int(q)
        }
        return .int(a >> shift)
    }

    private static func bitwise(_ l: ConstantValue, _ r: ConstantValue,
                                _ intOp: (BigInt, BigInt) -> BigInt,
                                _ boolOp: (Bool, Bool) -> Bool) -> ConstantValue? {
        if case .bool(let a) = l, case .bool(let b) = r { return .bool(boolOp(a, b)) }
        guard let a = intValue(l), let b = intValue(r) else { return nil }
        return .int(intOp(a, b))
    }

    // MARK: Unary operators

    static func unary(_ op: UnaryOperator, _ v: ConstantValue) -> ConstantValue? {
        switch op {
        case .not:
            return .bool(!truthiness(v))
        case .invert:
            guard let i = intValue(v) else { return nil }
            return .int(-(i + 1))
        case .uSub:
            switch v {
            case .bool, .int: return .int(-intValue(v)!)
            case .float(let d): return .float(-d)
            case .complex(let r, let i): return .complex(-r, -i)
            default: return nil
            }
        case .uAdd:
            switch v {
            case .bool, .int: return .int(intValue(v)!)
            case .float, .complex: return v
            default: return nil
            }
        }
    }

    static func truthiness(_ v: ConstantValue) -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .ellipsis: return true
        case .int(let i): return !i.isZero
        case .float(let d): return d != 0
        case .complex(let r, let i): return r != 0 || i != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .frozenset(let s): return !s.isEmpty
        }
    }

    // MARK: Subscripts

    /// `constant[constant]` for str, bytes and tuple with an int index.
    static func item(_ v: ConstantValue, _ index: ConstantValue) -> ConstantValue? {
        guard let i = intValue(index), let idx = Int(exactly: i) else { return nil }
        func normalise(_ count: Int) -> Int? {
            let k = idx < 0 ? idx + count : idx
            return k >= 0 && k < count ? k : nil
        }
        switch v {
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            guard let k = normalise(scalars.count) else { return nil }
            return .str(String(scalars[k]))
        case .bytes(let b):
            guard let k = normalise(b.count) else { return nil }
            return .int(BigInt(b[k]))
        case .tuple(let items):
            guard let k = normalise(items.count) else { return nil }
            return items[k]
        default:
            return nil
        }
    }
}
