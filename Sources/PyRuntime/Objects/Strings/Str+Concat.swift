/// str operations the eval loop calls directly.
public enum StrOps {
    /// `a + b` for two strs (the `BINARY_OP` fast path for string building).
    @inline(__always) public static func concat(_ a: PyStr, _ b: PyStr) -> PyStr {
        if a.value.isEmpty { return b }
        if b.value.isEmpty { return a }
        return PyStr(a.value + b.value, isASCII: a.isASCII && b.isASCII)
    }
}
