extension Runtime {
    /// int, bool, float, complex: methods and dunders (owned by the numbers work).
    static func installNumberTypes() {}
}
