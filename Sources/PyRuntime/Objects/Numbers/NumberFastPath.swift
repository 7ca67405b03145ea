/// The eval loop's first try for `BINARY_OP` and `COMPARE_OP` on unboxed numbers (CPython 3.11
/// specialises these as `BINARY_OP_ADD_INT`, `COMPARE_OP_FLOAT_JUMP`, ...).
///
/// Each function returns nil when the operands are not an int/int, float/float or int/float
/// pair, and the caller goes on to the generic `Protocol.binaryOp` / `Protocol.richCompare`.
/// Results and errors are exactly those of the generic path.
public enum NumberFastPath {

    /// `a op b` for two unboxed numbers; nil for other operands or for an operator the pair does
    /// not support (`1.0 & 2`), which the generic path turns into the TypeError.
    @inline(__always)
    public static func binary(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue? {
        switch a {
        case .int(let x):
            switch b {
            case .int(let y): return try IntMath.binary(op, x, y)
            case .float(let y): return try FloatMath.binary(op, Double(x), y)
            default: return nil
            }
        case .float(let x):
            switch b {
            case .float(let y): return try FloatMath.binary(op, x, y)
            case .int(let y): return try FloatMath.binary(op, x, Double(y))
            default: return nil
            }
        default: return nil
        }
    }

    /// `a op b` when one operand is a complex and the other a complex, float or int (Mandelbrot's
    /// `z * z + c`), without dunder dispatch; nil otherwise or for operators complex lacks.
    @inline(__always)
    public static func complexBinary(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue? {
        let x: Complex, y: Complex
        switch (a, b) {
        case (.object(let p as PyComplex), .object(let q as PyComplex)): (x, y) = (p.value, q.value)
        case (.object(let p as PyComplex), .float(let d)): (x, y) = (p.value, Complex(d, 0))
        case (.float(let d), .object(let q as PyComplex)): (x, y) = (Complex(d, 0), q.value)
        case (.object(let p as PyComplex), .int(let i)): (x, y) = (p.value, Complex(Double(i), 0))
        case (.int(let i), .object(let q as PyComplex)): (x, y) = (Complex(Double(i), 0), q.value)
        default: return nil
        }
        return try ComplexMath.binary(op, x, y)
    }

    /// `a + b` on two word-sized ints (overflow promotes to a big int).
    @inline(__always) public static func add(_ a: Int, _ b: Int) -> PyValue {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? .int(BigInt(a) + BigInt(b)) : .int(r)
    }

    /// `a - b` on two word-sized ints.
    @inline(__always) public static func subtract(_ a: Int, _ b: Int) -> PyValue {
        let (r, o) = a.subtractingReportingOverflow(b)
        return o ? .int(BigInt(a) - BigInt(b)) : .int(r)
    }

    /// `a * b` on two word-sized ints.
    @inline(__always) public static func multiply(_ a: Int, _ b: Int) -> PyValue {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? .int(BigInt(a) * BigInt(b)) : .int(r)
    }

    /// `a op b` for two unboxed numbers as a Bool (int/float comparisons are exact, as CPython's
    /// `float_richcompare`: `2**53 + 1 == float(2**53)` is False); nil for other operands.
    @inline(__always)
    public static func compare(_ op: Protocol.CompareOp, _ a: PyValue, _ b: PyValue) -> Bool? {
        switch a {
        case .int(let x):
            switch b {
            case .int(let y): return ordered(op, x, y)
            case .float(let y): return result(op, IntMath.compare(x, y))
            default: return nil
            }
        case .float(let x):
            switch b {
            case .float(let y): return ordered(op, x, y)
            case .int(let y): return result(op, IntMath.compare(y, x).map { -$0 })
            default: return nil
            }
        default: return nil
        }
    }

    @inline(__always) static func ordered<T: Comparable>(_ op: Protocol.CompareOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }

    /// The outcome of `op` from an ordering (-1, 0, 1), or from nil for an unordered nan.
    @inline(__always) static func result(_ op: Protocol.CompareOp, _ c: Int?) -> Bool {
        guard let c else { return op == .ne }
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .eq: return c == 0
        case .ne: return c != 0
        case .gt: return c > 0
        case .ge: return c >= 0
        }
    }
}

import BigInt
