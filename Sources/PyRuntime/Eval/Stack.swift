import CSwiftRuntime

/// Value-stack primitives for the eval loop. Slots above the stack pointer are uninitialised
/// memory, so a push initialises and a pop moves out: no retain/release beyond the value's own.
///
/// Swift copies and destroys a `PyValue` through out-of-line helpers that switch on the case;
/// `copy(_:)` and `discard(_:)` test for `.object` inline instead, so the unboxed scalars that
/// dominate arithmetic loops cost no call at all.
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
    var i = 0
    while i < n {
        sp -= 1
        discard((s + sp).move())
        i += 1
    }
}

/// Ends the life of `v`: a release for an object, nothing for a scalar.
@inline(__always) func discard(_ v: consuming PyValue) {
    switch consume v {
    case .object(let o): _ = o
    case .null, .none, .bool, .int, .float: break
    }
}

/// A copy of the value at `p`: a retain for an object, a plain load for a scalar.
@inline(__always) func copy(_ p: UnsafeMutablePointer<PyValue>) -> PyValue {
    if case .object(let o) = p.pointee {
        _ = swift_nonatomic_retain(Unmanaged.passUnretained(o).toOpaque())
    }
    // The retain above is the copy's; this load just moves the bits.
    return UnsafeMutableRawPointer(p).assumingMemoryBound(to: PyValue.self).move()
}

/// Replaces the value at `p` with `v`, dropping the old one.
@inline(__always) func store(_ p: UnsafeMutablePointer<PyValue>, _ v: consuming PyValue) {
    let old = p.move()
    p.initialize(to: v)
    discard(old)
}

/// The object in the slot at `p`, not retained, or nil when the slot holds a scalar. Pattern
/// matching `case .object(let o)` on a stack slot makes Swift copy the value (a retain and a
/// release per instruction); reading the reference through `Unmanaged` borrows it instead. The
/// slot keeps the object alive while the caller uses it. A single-reference payload always sits
/// at offset 0 of the enum, which is what the load relies on.
@inline(__always) func borrowedObject(_ p: UnsafeMutablePointer<PyValue>) -> Unmanaged<PyObject>? {
    guard case .object = p.pointee else { return nil }
    return Unmanaged.fromOpaque(UnsafeRawPointer(p).load(as: UnsafeRawPointer.self))
}
