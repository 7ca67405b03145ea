/// Operator dispatch (Objects/abstract.c: `binary_op1`, `binary_iop1`, `ternary_op`, and the
/// unary `PyNumber_*` functions), over the dunders in the type dicts.
///
/// Builtin types install their operators as native dunders, so one mechanism serves `1 + 2.0`,
/// `"a" * 3` and user classes. The number pairs never get here from the eval loop's fast path
/// (`NumberFastPath`), but they are handled first anyway so every caller is fast.
extension Protocol {

    /// `a op b` for a `BINARY_OP`: in-place operations try `__iadd__` first and fall back to the
    /// binary form; then `a.__add__(b)` and `b.__radd__(a)`, the reflected one first when `b`'s
    /// type is a subclass of `a`'s that overrides it. Raises CPython's TypeError
    /// ("unsupported operand type(s) for +: 'int' and 'str'") when every method declines.
    public static func binaryOp(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        if let r = try NumberFastPath.binary(op, a, b) { return r }
        if let r = try NumberFastPath.complexBinary(op, a, b) { return r }
        if case .object(let x) = a, ObjectIdentifier(Swift.type(of: x)) == ObjectIdentifier(PyStr.self) {
            // str on the left (str cannot be subclassed, so this is exactly `str`): what
            // `unicode_mod` and `sq_concat`/`sq_repeat` do, without the dunder dispatch.
            let sx = unsafeDowncast(x, to: PyStr.self)
            switch op.base {
            case .add:
                if case .object(let y as PyStr) = b { return .object(StrOps.concat(sx, y)) }
            case .remainder:
                // A str on the right could only be a str too: `unicode_mod` formats either way.
                return .str(try PercentFormat.format(sx.value, b))
            case .multiply:
                if case .int(let n) = b { return .object(try StrOps.repeated(sx, n)) }
            default: break
            }
        }
        if op.isInplace, let m = a.type.lookup(op.inplaceDunder), !m.isNone {
            let r = try callMethod(m, self: a, b)
            if !r.isNotImplemented { return r }
        }
        let ta = a.type
        if (op.base == .add || op.base == .multiply) && isBuiltinSequence(ta) {
            return try sequenceOp(op, a, b)
        }
        if op.base == .multiply && isBuiltinSequence(b.type) {
            // `n * seq`: the number's own method first, then repetition (`sequence_repeat`).
            if let m = ta.lookup(op.dunder), !m.isNone {
                let x = try callMethod(m, self: a, b)
                if !x.isNotImplemented { return x }
            }
            if !IntMath.isInt(a) && ta.lookup(Names.__index__) == nil {
                throw .typeError("can't multiply sequence by non-int of type '\(ta.name)'")
            }
            if let m = b.type.lookup(op.reflectedDunder), !m.isNone {
                let x = try callMethod(m, self: b, a)
                if !x.isNotImplemented { return x }
            }
            throw binaryOpError(op, a, b)
        }
        let r = try binaryOp1(op.base, a, b)
        if !r.isNotImplemented { return r }
        throw binaryOpError(op, a, b)
    }

    /// `+` and `*` with a builtin sequence on the left (`PyNumber_Add` / `PyNumber_Multiply`):
    /// sequences have no number slots, so only the right operand's reflected method is tried
    /// first; then concatenation or repetition, whose own errors are CPython's
    /// ('can only concatenate str (not "int") to str').
    private static func sequenceOp(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        let ta = a.type, tb = b.type
        if tb !== ta && !isBuiltinSequence(tb), let r = tb.lookup(op.reflectedDunder), !r.isNone {
            let x = try callMethod(r, self: b, a)
            if !x.isNotImplemented { return x }
        }
        if op.base == .multiply && !IntMath.isInt(b) && tb.lookup(Names.__index__) == nil {
            throw .typeError("can't multiply sequence by non-int of type '\(tb.name)'")
        }
        guard let m = ta.lookup(op.dunder), !m.isNone else { throw binaryOpError(op, a, b) }
        let x = try callMethod(m, self: a, b)
        if x.isNotImplemented { throw binaryOpError(op, a, b) }
        return x
    }

    /// `binary_op1`: the result, or NotImplemented when neither operand handles `op`.
    static func binaryOp1(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        try binaryDispatch(op.dunder, op.reflectedDunder, a, b)
    }

    /// `binary_op1` over any pair of dunders (`__divmod__` / `__rdivmod__` too).
    static func binaryDispatch(_ dunder: PyStr, _ reflected: PyStr, _ a: PyValue,
                               _ b: PyValue) throws(PyException) -> PyValue {
        let ta = a.type, tb = b.type
        let left = ta.lookup(dunder).flatMap { $0.isNone ? nil : $0 }
        if ta === tb {
            // Same type: the reflected method is never tried (`SLOT1BINFULL`).
            guard let left else { return .notImplemented }
            return try callMethod(left, self: a, b)
        }
        var right = tb.lookup(reflected).flatMap { $0.isNone ? nil : $0 }
        if let left {
            if let r = right, tb.isSubtype(of: ta) {
                let inherited = ta.lookup(reflected)
                if !(inherited?.isIdentical(to: r) ?? false) {
                    let x = try callMethod(r, self: b, a)
                    if !x.isNotImplemented { return x }
                    right = nil
                }
            }
            let x = try callMethod(left, self: a, b)
            if !x.isNotImplemented { return x }
        }
        if let right { return try callMethod(right, self: b, a) }
        return .notImplemented
    }

    /// The TypeError for an operation no operand supports, with the sequence messages CPython
    /// produces from `sq_concat` and `sq_repeat`.
    static func binaryOpError(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) -> PyException {
        let ta = a.type, tb = b.type
        switch op.base {
        case .add:
            if ta === Types.str || ta === Types.list || ta === Types.tuple {
                return .typeError("can only concatenate \(ta.name) (not \"\(tb.name)\") to \(ta.name)")
            }
            if ta === Types.bytes || ta === Types.bytearray {
                return .typeError("can't concat \(tb.name) to \(ta.name)")
            }
        case .multiply:
            if isBuiltinSequence(ta) || isBuiltinSequence(tb) {
                let other = isBuiltinSequence(ta) ? tb : ta
                return .typeError("can't multiply sequence by non-int of type '\(other.name)'")
            }
        default: break
        }
        return .typeError("unsupported operand type(s) for \(op.errorSymbol): '\(ta.name)' and '\(tb.name)'")
    }

    /// Exactly str, list, tuple, bytes or bytearray: a byte compare per test (`Types.str` would
    /// cost a lazy-global check on every binary operation between objects).
    static func isBuiltinSequence(_ t: PyType) -> Bool {
        switch t.kind {
        case .str, .list, .tuple, .bytes, .bytearray: return true
        default: return false
        }
    }

    /// `pow(a, b, m)` (`ternary_op`): ints use modular exponentiation; other types get
    /// `a.__pow__(b, m)`.
    public static func power(_ a: PyValue, _ b: PyValue, modulus m: PyValue) throws(PyException) -> PyValue {
        if m.isNone { return try binaryOp(.power, a, b) }
        if let x = IntMath.big(a), let y = IntMath.big(b), let z = IntMath.big(m) {
            return try IntMath.power(x, y, modulus: z)
        }
        // float_pow and complex_pow reject a modulus; the first non-int operand decides which.
        if ComplexMath.isNumber(a) && ComplexMath.isNumber(b) && ComplexMath.isNumber(m) {
            for v in [a, b, m] where !IntMath.isInt(v) {
                if v.type === Types.complex { throw .valueError("complex modulo") }
                throw .typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
        }
        if !(IntMath.isInt(a) || a.type === Types.float || a.type === Types.complex),
           let f = a.type.lookup(Names.intern("__pow__")), !f.isNone {
            let r = try callMethod(f, self: a, [b, m])
            if !r.isNotImplemented { return r }
        }
        throw .typeError("unsupported operand type(s) for ** or pow(): '\(a.type.name)', '\(b.type.name)', '\(m.type.name)'")
    }

    /// `divmod(a, b)`.
    public static func divmod(_ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        if IntMath.isInt(a) && IntMath.isInt(b) {
            let (q, r) = try IntMath.divmod(a, b)
            return .object(PyTuple([q, r]))
        }
        let r = try binaryDispatch(Names.intern("__divmod__"), Names.intern("__rdivmod__"), a, b)
        if !r.isNotImplemented { return r }
        throw .typeError("unsupported operand type(s) for divmod(): '\(a.type.name)' and '\(b.type.name)'")
    }

    // MARK: Unary operators

    /// `-v` (`UNARY_NEGATIVE`).
    public static func negative(_ v: PyValue) throws(PyException) -> PyValue {
        switch v {
        case .int(let i) where i != .min: return .int(-i)
        case .float(let d): return .float(-d)
        default: return try unary(v, Names.__neg__, "unary -")
        }
    }

    /// `+v` (`UNARY_POSITIVE`).
    public static func positive(_ v: PyValue) throws(PyException) -> PyValue {
        switch v {
        case .int, .float: return v
        default: return try unary(v, Names.__pos__, "unary +")
        }
    }

    /// `~v` (`UNARY_INVERT`).
    public static func invert(_ v: PyValue) throws(PyException) -> PyValue {
        if case .int(let i) = v { return .int(~i) }
        return try unary(v, Names.__invert__, "unary ~")
    }

    /// `not v` (`UNARY_NOT`).
    @inline(__always) public static func not(_ v: PyValue) throws(PyException) -> PyValue {
        .bool(!(try isTrue(v)))
    }

    /// `abs(v)`.
    public static func absolute(_ v: PyValue) throws(PyException) -> PyValue {
        switch v {
        case .int(let i) where i != .min: return .int(Swift.abs(i))
        case .float(let d): return .float(Swift.abs(d))
        case .object(let c as PyComplex) where c.type === Types.complex:
            return .float(try ComplexMath.absolute(c.value))
        default: return try unary(v, Names.__abs__, "abs()")
        }
    }

    private static func unary(_ v: PyValue, _ name: PyStr, _ what: String) throws(PyException) -> PyValue {
        guard let m = v.type.lookup(name), !m.isNone else {
            throw .typeError("bad operand type for \(what): '\(v.type.name)'")
        }
        return try callMethod(m, self: v, [])
    }
}
