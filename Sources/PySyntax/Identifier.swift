// Identifier normalisation. CPython applies NFKC to non-ASCII identifiers
// (`_PyPegen_new_identifier`), so that e.g. "ﬁ" and "fi" name the same variable.

enum Identifier {
    /// The identifier as CPython stores it. ASCII names are returned unchanged; non-ASCII names
    /// are returned as written, since NFKC needs Unicode decomposition tables that the Swift
    /// standard library does not expose (a known gap: names that differ only by compatibility
    /// forms are distinct here).
    @inline(__always)
    static func normalize(_ s: String) -> String { s }
}
