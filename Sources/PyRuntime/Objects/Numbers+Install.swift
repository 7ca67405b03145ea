extension Runtime {
    /// int, bool, float, complex: methods and dunders, the number builtins (`abs`, `round`,
    /// `divmod`, `pow`, `bin`, `oct`, `hex`) and the types themselves as constructors.
    static func installNumberTypes() {
        installInt()
        installFloat()
        installComplex()
        installNumberBuiltins()
    }
}
