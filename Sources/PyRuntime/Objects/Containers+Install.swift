extension Runtime {
    /// list, tuple, dict, set, frozenset, range, slice and their iterators and views, plus the
    /// iteration builtins (`len`, `iter`, `next`, `enumerate`, `zip`, `map`, `filter`,
    /// `reversed`, `sorted`, `min`, `max`, `sum`, `any`, `all`) and the container types as
    /// builtins. Each type installs from its own file under Objects/Containers/.
    static func installContainerTypes() {
        BuiltinTypeIdentity.record()
        installList()
        installTuple()
        installDict()
        installDictViews()
        installSets()
        installRange()
        installSlice()
        installIteratorProtocol()
        installIterationBuiltins()
    }
}
