/// `complex` (Objects/complexobject.c): dunders, methods and the constructor.
extension Runtime {
    static func installComplex() {
        let t = NativeInstaller(Types.complex, accepts: { $0.object is PyComplex })
        t.binaryOperators([.add, .subtract, .multiply, .trueDivide]) { (op, a, b) throws(PyException) -> PyValue? in
            guard let x = try ComplexMath.value(a), let y = try ComplexMath.value(b) else { return nil }
            return try ComplexMath.binary(op, x, y)
        }
        t.method("__pow__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__pow__", min: 1, max: 2)
            return try ComplexMath.powerDunder(v, args[0], args.count > 1 ? args[1] : .none)
        }
        t.method("__rpow__") { (v, a) throws(PyException) -> PyValue in
            let args = try a.positional("__rpow__", min: 1, max: 2)
            return try ComplexMath.powerDunder(args[0], v, args.count > 1 ? args[1] : .none)
        }
        t.comparisons { (op, a, b) throws(PyException) -> PyValue in
            guard op == .eq || op == .ne, let x = try ComplexMath.value(a) else { return .notImplemented }
            let equal: Bool
            switch b {
            case .object(let o as PyComplex): equal = x == o.value
            case .float(let d): equal = x.imag == 0 && x.real == d
            default:
                guard IntMath.isInt(b) else { return .notImplemented }
                equal = x.imag == 0 && IntMath.compare(b, x.real) == 0
            }
            return .bool(op == .eq ? equal : !equal)
        }
        t.slot0("__neg__") { (v) throws(PyException) -> PyValue in
            let z = ComplexMath.receiver(v)
            return .complex(Complex(-z.real, -z.imag))
        }
        t.slot0("__pos__") { (v) throws(PyException) -> PyValue in v }
        t.slot0("__abs__") { (v) throws(PyException) -> PyValue in
            .float(try ComplexMath.absolute(ComplexMath.receiver(v)))
        }
        t.slot0("__bool__") { (v) throws(PyException) -> PyValue in
            let z = ComplexMath.receiver(v)
            return .bool(z.real != 0 || z.imag != 0)
        }
        t.slot0("__hash__") { (v) throws(PyException) -> PyValue in .int(ComplexMath.hash(ComplexMath.receiver(v))) }
        t.slot0("__repr__") { (v) throws(PyException) -> PyValue in .str(ComplexMath.repr(ComplexMath.receiver(v))) }
        t.noArgs("conjugate") { (v) throws(PyException) -> PyValue in
            let z = ComplexMath.receiver(v)
            return .complex(Complex(z.real, -z.imag))
        }
        t.noArgs("__getnewargs__") { (v) throws(PyException) -> PyValue in
            let z = ComplexMath.receiver(v)
            return .object(PyTuple([.float(z.real), .float(z.imag)]))
        }
        t.getter("real") { (v) throws(PyException) -> PyValue in .float(ComplexMath.receiver(v).real) }
        t.getter("imag") { (v) throws(PyException) -> PyValue in .float(ComplexMath.receiver(v).imag) }
        Types.complex.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            let rest = UnsafeBufferPointer(rebasing: a.values[min(1, a.values.count)...])
            let b = try Arguments(rest, kwnames: a.kwnames).bind("complex", ["real", "imag"], required: 0)
            return .complex(try ComplexMath.construct(b[0], b[1]))
        }
        t.method("__format__") { (v, a) throws(PyException) -> PyValue in
            let spec = try a.single("__format__")
            guard case .object(let s as PyStr) = spec else {
                throw .typeError("__format__() argument must be str, not \(spec.type.name)")
            }
            return .str(try Formatting.formatComplex(ComplexMath.receiver(v), spec: s.value))
        }
        Types.complex.doc = "Create a complex number from a real part and an optional imaginary part."
    }
}

extension ComplexMath {
    @inline(__always) static func receiver(_ v: PyValue) -> Complex {
        (v.object as? PyComplex)?.value ?? Complex(.nan, .nan)
    }

    static func powerDunder(_ a: PyValue, _ b: PyValue, _ m: PyValue) throws(PyException) -> PyValue {
        guard let x = try value(a), let y = try value(b) else { return .notImplemented }
        if !m.isNone { throw .valueError("complex modulo") }
        return try power(x, y)
    }

    /// `complex(real, imag)` (`complex_new_impl`).
    static func construct(_ r: PyValue?, _ i: PyValue?) throws(PyException) -> Complex {
        guard let r else {
            if let i { return try Complex(0, 0).adding(imagPartOf: i, realIsComplex: false) }
            return Complex(0, 0)
        }
        if case .object(let s as PyStr) = r {
            if i != nil { throw .typeError("complex() can't take second arg if first is a string") }
            guard let text = NumberParsing.asciiDigits(s), let z = NumberParsing.parseComplex(text) else {
                throw .valueError("complex() arg is a malformed string")
            }
            return z
        }
        if let i, case .object(let o) = i, o is PyStr {
            throw .typeError("complex() second arg can't be a string")
        }
        let (real, realIsComplex) = try complexOperand(r, first: true)
        guard let i else { return real }
        return try real.adding(imagPartOf: i, realIsComplex: realIsComplex)
    }

    /// The first argument as a complex, and whether it was one (a complex or a `__complex__`
    /// result): only then does its imaginary part join the second argument's.
    private static func complexOperand(_ v: PyValue, first: Bool) throws(PyException) -> (Complex, Bool) {
        if let z = try value(v) { return (z, v.object is PyComplex) }
        if let m = v.type.lookup(Names.__complex__), !m.isNone {
            let r = try Protocol.callMethod(m, self: v, [])
            guard case .object(let c as PyComplex) = r else {
                throw .typeError("__complex__ returned non-complex (type \(r.type.name))")
            }
            return (c.value, true)
        }
        if v.type.lookup(Names.__float__) != nil || v.type.lookup(Names.__index__) != nil {
            return (Complex(try FloatMath.construct(v), 0), false)
        }
        if first {
            throw .typeError("complex() first argument must be a string or a number, not '\(v.type.name)'")
        }
        throw .typeError("complex() second argument must be a number, not '\(v.type.name)'")
    }
}

private extension Complex {
    /// `self + i*1j` for the constructor's second argument (which may itself be complex).
    /// As `complex_new_impl`, parts are only combined when they came from complex values, so a
    /// float `-0.0` imaginary part keeps its sign (`complex(1.5, -0.0)` is `(1.5-0j)`).
    func adding(imagPartOf i: PyValue, realIsComplex: Bool) throws(PyException) -> Complex {
        guard let z = try ComplexMath.value(i) else {
            throw .typeError("complex() second argument must be a number, not '\(i.type.name)'")
        }
        let re = i.object is PyComplex ? real - z.imag : real
        return Complex(re, realIsComplex ? z.real + imag : z.real)
    }
}
