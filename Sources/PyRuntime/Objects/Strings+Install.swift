extension Runtime {
    /// str, bytes: methods and dunders (owned by the strings work).
    static func installStringTypes() {}
}
