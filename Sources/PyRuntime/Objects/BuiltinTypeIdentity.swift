/// The identities of the builtin types that the container fast paths test for, kept where
/// Swift initialises them statically.
///
/// `Types.list` is a lazily initialised global: each read is a call to `swift_once`, which the
/// optimizer cannot see through, so it also retains and releases whatever it holds across the
/// call. `len(x)`, `x[k]` and `x in d` compare an object's type with these plain words instead.
/// `Runtime.installContainerTypes` records them before any Python code runs.
enum BuiltinTypeIdentity {
    nonisolated(unsafe) static var list: UInt = 0
    nonisolated(unsafe) static var tuple: UInt = 0
    nonisolated(unsafe) static var dict: UInt = 0
    nonisolated(unsafe) static var set: UInt = 0
    nonisolated(unsafe) static var frozenset: UInt = 0

    static func record() {
        list = of(Types.list)
        tuple = of(Types.tuple)
        dict = of(Types.dict)
        set = of(Types.set)
        frozenset = of(Types.frozenset)
    }

    @inline(__always) static func of(_ t: PyType) -> UInt { UInt(bitPattern: ObjectIdentifier(t)) }
}

extension PyObject {
    /// The identity of this object's type, to compare with `BuiltinTypeIdentity`.
    @inline(__always) var typeIdentity: UInt { BuiltinTypeIdentity.of(type) }
}
