/// Value-stack primitives for the eval loop. Slots above the stack pointer are uninitialised
/// memory, so a push initialises and a pop moves out: no retain/release beyond the value's own.
@inline(__always) func push(_ s: UnsafeMutablePointer<PyValue>, _ sp: inout Int, _ v: PyValue) {
    (s + sp).initialize(to: v)
    sp += 1
}

@inline(__always) func pop(_ s: UnsafeMutablePointer<PyValue>, _ sp: inout Int) -> PyValue {
    sp -= 1
    return (s + sp).move()
}

/// Pops and drops `n` values.
@inline(__always) func drop(_ s: UnsafeMutablePointer<PyValue>, _ sp: inout Int, _ n: Int) {
    sp -= n
    (s + sp).deinitialize(count: n)
}
