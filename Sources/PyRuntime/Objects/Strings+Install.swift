extension Runtime {
    /// str, bytes: methods and dunders, the str builtins (`chr`, `ord`, `ascii`, `format`) and
    /// the types themselves as constructors.
    static func installStringTypes() {
        installStr()
        installBytes()
        installStringBuiltins()
    }
}
