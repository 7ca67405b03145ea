extension Runtime {
    /// list, tuple, dict, set, frozenset, range, slice and their iterators and views.
    static func installContainerTypes() {}
}
