import BigInt

/// The number builtins (Python/bltinmodule.c): `abs`, `round`, `divmod`, `pow`, `bin`, `oct`,
/// `hex`, and the number types as constructors.
extension Runtime {
    static func installNumberBuiltins() {
        registerBuiltin("int", value: .object(Types.int))
        registerBuiltin("bool", value: .object(Types.bool))
        registerBuiltin("float", value: .object(Types.float))
        registerBuiltin("complex", value: .object(Types.complex))
        registerBuiltin("abs", doc: "Return the absolute value of the argument.") { (a) throws(PyException) -> PyValue in
            try Protocol.absolute(a.single("abs"))
        }
        registerBuiltin("divmod", doc: "Return the tuple (x//y, x%y).") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("divmod", min: 2, max: 2)
            return try Protocol.divmod(args[0], args[1])
        }
        registerBuiltin("pow", doc: "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments") {
            (a) throws(PyException) -> PyValue in
            let b = try a.bind("pow", ["base", "exp", "mod"], required: 2)
            return try Protocol.power(b[0]!, b[1]!, modulus: b[2] ?? .none)
        }
        registerBuiltin("round", doc: "Round a number to a given precision in decimal digits.") {
            (a) throws(PyException) -> PyValue in
            let b = try a.bind("round", ["number", "ndigits"], required: 1)
            return try Protocol.round(b[0]!, ndigits: b[1] ?? .none)
        }
        for (name, radix, prefix) in [("bin", 2, "0b"), ("oct", 8, "0o"), ("hex", 16, "0x")] {
            registerBuiltin(name) { (a) throws(PyException) -> PyValue in
                .str(try IntMath.prefixed(Protocol.indexValue(a.single(name)), radix: radix, prefix: prefix))
            }
        }
    }
}

extension Protocol {
    /// `round(x, ndigits)`: `type(x).__round__`.
    public static func round(_ x: PyValue, ndigits: PyValue) throws(PyException) -> PyValue {
        switch x {
        case .float(let d): return try FloatMath.round(d, ndigits: ndigits)
        case .int where ndigits.isNone: return x
        default: break
        }
        guard let m = x.type.lookup(Names.__round__), !m.isNone else {
            throw .typeError("type \(x.type.name) doesn't define __round__ method")
        }
        return try callMethod(m, self: x, ndigits.isNone ? [] : [ndigits])
    }

    /// `operator.index(v)` as an int value of any size (`Protocol.index` gives a word).
    public static func indexValue(_ v: PyValue) throws(PyException) -> PyValue {
        if IntMath.isInt(v) { return IntMath.exact(v) }
        guard let m = v.type.lookup(Names.__index__), !m.isNone else {
            throw .typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
        let r = try callMethod(m, self: v, [])
        guard IntMath.isInt(r) else {
            throw .typeError("__index__ returned non-int (type \(r.type.name))")
        }
        return IntMath.exact(r)
    }
}

extension IntMath {
    /// `bin(n)`, `oct(n)`, `hex(n)`: `-0b101`.
    static func prefixed(_ v: PyValue, radix: Int, prefix: String) -> String {
        if let i = small(v) {
            return (i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: radix)
        }
        let b = big(v)!
        return (b.sign == .minus ? "-" : "") + prefix + String(b.magnitude, radix: radix)
    }
}

extension Runtime {
    /// `sys.get_int_max_str_digits()` / `sys.set_int_max_str_digits(n)`: the most decimal digits
    /// int <-> str conversions accept (CPython 3.11's default 4300); 0 disables the limit. The
    /// `sys` function checks CPython's "maxdigits must be 0 or larger than 640" before setting.
    public static var intMaxStrDigits: Int {
        get { NumberParsing.maxStrDigits }
        set { NumberParsing.maxStrDigits = newValue }
    }
}
