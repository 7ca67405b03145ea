import BigInt

/// `int` and `bool`: dunders, methods and the constructors (Objects/longobject.c,
/// Objects/boolobject.c).
extension Runtime {
    static func installInt() {
        let t = NativeInstaller(Types.int, accepts: IntMath.isInt)
        let arithmetic: [BinaryOperation] = [.add, .subtract, .multiply, .floorDivide, .remainder,
                                             .trueDivide, .lshift, .rshift, .and, .or, .xor]
        t.binaryOperators(arithmetic) { (op, a, b) throws(PyException) -> PyValue? in
            guard IntMath.isInt(a) && IntMath.isInt(b) else { return nil }
            return try IntMath.binary(op, a, b)
        }
        t.comparisons { (op, a, b) throws(PyException) -> PyValue in
            guard IntMath.isInt(a) && IntMath.isInt(b) else { return .notImplemented }
            return .bool(NumberFastPath.result(op, IntMath.compare(a, b)))
        }
        t.method("__pow__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__pow__", min: 1, max: 2)
            return try IntMath.powerDunder(v, args[0], args.count > 1 ? args[1] : .none)
        }
        t.method("__rpow__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__rpow__", min: 1, max: 2)
            return try IntMath.powerDunder(args[0], v, args.count > 1 ? args[1] : .none)
        }
        t.slot1("__divmod__") { (a, b) throws(PyException) -> PyValue in
            guard IntMath.isInt(b) else { return .notImplemented }
            let (q, r) = try IntMath.divmod(a, b)
            return .object(PyTuple([q, r]))
        }
        t.slot1("__rdivmod__") { (a, b) throws(PyException) -> PyValue in
            guard IntMath.isInt(b) else { return .notImplemented }
            let (q, r) = try IntMath.divmod(b, a)
            return .object(PyTuple([q, r]))
        }
        t.slot0("__neg__") { (v) throws(PyException) -> PyValue in IntMath.negative(v) }
        t.slot0("__pos__") { (v) throws(PyException) -> PyValue in IntMath.exact(v) }
        t.slot0("__abs__") { (v) throws(PyException) -> PyValue in IntMath.absolute(v) }
        t.slot0("__invert__") { (v) throws(PyException) -> PyValue in IntMath.invert(v) }
        t.slot0("__bool__") { (v) throws(PyException) -> PyValue in .bool(IntMath.compare(v, .int(0)) != 0) }
        t.slot0("__index__") { (v) throws(PyException) -> PyValue in IntMath.exact(v) }
        t.slot0("__int__") { (v) throws(PyException) -> PyValue in IntMath.exact(v) }
        t.slot0("__float__") { (v) throws(PyException) -> PyValue in .float(try IntMath.toDouble(v)) }
        t.slot0("__hash__") { (v) throws(PyException) -> PyValue in .int(try Protocol.hash(v)) }
        t.slot0("__repr__") { (v) throws(PyException) -> PyValue in .str(try IntMath.repr(v)) }
        for name in ["__trunc__", "__floor__", "__ceil__", "conjugate"] {
            t.noArgs(name) { (v) throws(PyException) -> PyValue in IntMath.exact(v) }
        }
        t.method("__round__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__round__", min: 0, max: 1)
            guard let nd = args.first, !nd.isNone else { return IntMath.exact(v) }
            return try IntMath.round(v, ndigits: nd)
        }
        t.noArgs("__getnewargs__") { (v) throws(PyException) -> PyValue in
            .object(PyTuple([IntMath.exact(v)]))
        }
        t.noArgs("bit_length") { (v) throws(PyException) -> PyValue in
            if let i = IntMath.small(v) { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            return .int(IntMath.big(v)!.magnitude.bitWidth)
        }
        t.noArgs("bit_count") { (v) throws(PyException) -> PyValue in
            if let i = IntMath.small(v) { return .int(i.magnitude.nonzeroBitCount) }
            return .int(IntMath.big(v)!.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        t.noArgs("as_integer_ratio") { (v) throws(PyException) -> PyValue in
            .object(PyTuple([IntMath.exact(v), .int(1)]))
        }
        t.getter("real") { (v) throws(PyException) -> PyValue in IntMath.exact(v) }
        t.getter("imag") { (_) throws(PyException) -> PyValue in .int(0) }
        t.getter("numerator") { (v) throws(PyException) -> PyValue in IntMath.exact(v) }
        t.getter("denominator") { (_) throws(PyException) -> PyValue in .int(1) }
        t.method("to_bytes") { (v, a) throws(PyException) -> PyValue in
            let b = try a.bind("to_bytes", ["length", "byteorder", "signed"], required: 0,
                               positionalLimit: 2)
            let length = try b[0].map { (x) throws(PyException) -> Int in try Protocol.index(x) } ?? 1
            let little = try IntMath.byteOrder(b[1])
            let signed = try b[2].map { (x) throws(PyException) -> Bool in try Protocol.isTrue(x) } ?? false
            return .object(PyBytes(try IntMath.toBytes(IntMath.big(v)!, length: length,
                                                       littleEndian: little, signed: signed)))
        }
        // CPython's from_bytes is a classmethod; int cannot be subclassed here, so a static
        // function behaves the same and needs no classmethod binding.
        Types.int.addStaticFunction("from_bytes") { (a) throws(PyException) -> PyValue in
            let b = try a.bind(
                "from_bytes", ["bytes", "byteorder", "signed"], required: 1, positionalLimit: 2)
            let bytes = try BytesOps.bytesFromObject(b[0]!)
            let little = try IntMath.byteOrder(b[1])
            let signed = try b[2].map { (x) throws(PyException) -> Bool in try Protocol.isTrue(x) } ?? false
            return IntMath.fromBytes(bytes, littleEndian: little, signed: signed)
        }
        Types.int.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            let rest = UnsafeBufferPointer(rebasing: a.values[min(1, a.values.count)...])
            let b = try Arguments(rest, kwnames: a.kwnames).bind("int", ["x", "base"], required: 0,
                                                                 positionalOnly: 1)
            return try IntMath.construct(b[0], base: b[1])
        }
        t.method("__format__") { (v, a) throws(PyException) -> PyValue in
            let spec = try a.single("__format__")
            guard case .object(let s as PyStr) = spec else {
                throw .typeError("__format__() argument must be str, not \(spec.type.name)")
            }
            return .str(try Formatting.formatInt(v, spec: s.value))
        }
        Types.int.doc = "int([x]) -> integer\nint(x, base=10) -> integer"
        installBool()
    }

    private static func installBool() {
        let t = NativeInstaller(Types.bool, accepts: { if case .bool = $0 { return true }; return false })
        t.slot0("__repr__") { (v) throws(PyException) -> PyValue in
            .str(IntMath.small(v) == 1 ? "True" : "False")
        }
        // & | ^ on two bools stay bools; with any other int they are int operations.
        t.binaryOperators([.and, .or, .xor]) { (op, a, b) throws(PyException) -> PyValue? in
            if case .bool(let x) = a, case .bool(let y) = b {
                switch op {
                case .and: return .bool(x && y)
                case .or: return .bool(x || y)
                default: return .bool(x != y)
                }
            }
            guard IntMath.isInt(a) && IntMath.isInt(b) else { return nil }
            return try IntMath.binary(op, a, b)
        }
        Types.bool.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            if a.hasKeywords { throw .typeError("bool() takes no keyword arguments") }
            guard a.count <= 2 else {
                throw .typeError("bool expected at most 1 argument, got \(a.count - 1)")
            }
            return a.count == 2 ? .bool(try Protocol.isTrue(a[1])) : .false
        }
    }
}

extension IntMath {
    /// The int itself as an exact `int` (a bool becomes 0 or 1).
    static func exact(_ v: PyValue) -> PyValue {
        if case .bool(let b) = v { return .int(b ? 1 : 0) }
        return v
    }

    /// `repr(n)`, refusing more than `sys.get_int_max_str_digits()` digits as CPython 3.11 does.
    static func repr(_ v: PyValue) throws(PyException) -> String {
        if let i = small(v) { return String(i) }
        return try decimalString(big(v)!)
    }

    static func decimalString(_ b: BigInt) throws(PyException) -> String {
        let limit = NumberParsing.maxStrDigits
        let tooMany = PyException.valueError(
            "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        // A number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits.
        if limit > 0 && Double(b.magnitude.bitWidth - 1) * 0.30102999566398120 >= Double(limit) + 1 {
            throw tooMany
        }
        let s = String(b)
        if limit > 0 && s.utf8.count - (b.sign == .minus ? 1 : 0) > limit { throw tooMany }
        return s
    }

    /// `int.__pow__(a, b, m)` and `__rpow__`.
    static func powerDunder(_ a: PyValue, _ b: PyValue, _ m: PyValue) throws(PyException) -> PyValue {
        guard isInt(a) && isInt(b) else { return .notImplemented }
        if m.isNone { return try binary(.power, a, b) ?? .notImplemented }
        guard let mod = big(m) else { return .notImplemented }
        return try power(big(a)!, big(b)!, modulus: mod)
    }

    /// `round(n, ndigits)`: for negative ndigits, the nearest multiple of 10**-ndigits, ties to
    /// even (`_PyLong_Round`).
    static func round(_ v: PyValue, ndigits: PyValue) throws(PyException) -> PyValue {
        guard let nd = big(ndigits) else {
            throw .typeError("'\(ndigits.type.name)' object cannot be interpreted as an integer")
        }
        if nd.sign == .plus { return exact(v) }
        guard let n = Int(exactly: -nd), n <= 100_000 else { return .int(0) }
        let scale = BigInt(10).power(n)
        var (q, r) = floorDivMod(big(v)!, scale)
        let twice = r * 2
        if twice > scale || (twice == scale && q.magnitude.words.first.map { $0 & 1 == 1 } ?? false) {
            q += 1
        }
        r = 0
        return .int(q * scale)
    }

    static func byteOrder(_ v: PyValue?) throws(PyException) -> Bool {
        guard let v else { return false }
        guard case .object(let s as PyStr) = v else {
            throw .typeError("to_bytes() argument 'byteorder' must be str, not \(v.type.name)")
        }
        switch s.value {
        case "little": return true
        case "big": return false
        default: throw .valueError("byteorder must be either 'little' or 'big'")
        }
    }

    /// `int.to_bytes`: two's complement for signed, with CPython's overflow messages.
    static func toBytes(_ n: BigInt, length: Int, littleEndian: Bool, signed: Bool) throws(PyException) -> [UInt8] {
        if length < 0 { throw .valueError("length argument must be non-negative") }
        if n.sign == .minus && !n.isZero && !signed {
            throw .overflowError("can't convert negative int to unsigned")
        }
        let fits: Bool
        if signed {
            // Two's complement in 8*length bits: -2**(8L-1) <= n < 2**(8L-1).
            let bits = n.sign == .minus ? (-n - 1).magnitude.bitWidth : n.magnitude.bitWidth
            fits = bits < 8 * length || n.isZero
        } else {
            fits = n.magnitude.bitWidth <= 8 * length
        }
        if !fits { throw .overflowError("int too big to convert") }
        let value = n.sign == .minus ? (BigInt(1) << (8 * length)) + n : n
        var out = [UInt8](repeating: 0, count: length)
        var m = value.magnitude
        for i in 0..<length {
            out[i] = UInt8(truncatingIfNeeded: m.words.first ?? 0)
            m >>= 8
        }
        if !littleEndian { out.reverse() }
        return out
    }

    static func fromBytes(_ bytes: [UInt8], littleEndian: Bool, signed: Bool) -> PyValue {
        let ordered = littleEndian ? bytes.reversed() : bytes
        var m = BigUInt(0)
        for b in ordered { m = (m << 8) | BigUInt(b) }
        var n = BigInt(m)
        if signed, let top = ordered.first, top & 0x80 != 0 {
            n -= BigInt(1) << (8 * bytes.count)
        }
        return .int(n)
    }

    /// `int(x)` and `int(x, base)`.
    static func construct(_ x: PyValue?, base: PyValue?) throws(PyException) -> PyValue {
        guard let x else {
            if base != nil { throw .typeError("int() missing string argument") }
            return .int(0)
        }
        if let base {
            let b = try Protocol.index(base)
            if b != 0 && (b < 2 || b > 36) { throw .valueError("int() base must be >= 2 and <= 36, or 0") }
            guard let text = try BytesOps.text(x) else {
                throw .typeError("int() can't convert non-string with explicit base")
            }
            return try NumberParsing.parseInt(text, base: b, original: x)
        }
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try FloatMath.toInt(d)
        default: break
        }
        if case .object(let o) = x, o is PyLong { return x }
        // The common case, plain ASCII decimal, parses alike in Swift and Python.
        if case .object(let s as PyStr) = x, s.isASCII, let i = Int(s.value) { return .int(i) }
        if let text = try BytesOps.text(x) {
            return try NumberParsing.parseInt(text, base: 10, original: x)
        }
        for name in ["__int__", "__index__", "__trunc__"] {
            if let m = x.type.lookup(Names.intern(name)), !m.isNone {
                let r = try Protocol.callMethod(m, self: x, [])
                guard isInt(r) else {
                    throw .typeError("\(name) returned non-int (type \(r.type.name))")
                }
                return exact(r)
            }
        }
        throw .typeError("int() argument must be a string, a bytes-like object or a real number, not '\(x.type.name)'")
    }
}
