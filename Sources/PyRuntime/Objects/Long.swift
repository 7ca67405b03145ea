import BigInt

/// An `int` too big for a machine word. Ints that fit are unboxed `PyValue.int`; every
/// operation normalises its result back to `.int` when it fits (`PyValue.int(_: BigInt)`).
public final class PyLong: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) {
        self.value = value
        super.init(type: Types.int)
    }
}
