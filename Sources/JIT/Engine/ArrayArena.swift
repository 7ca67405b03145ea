import PyNumPy

/// Arrays that compiled code makes (through runtime helpers such as `numpy.linalg.qr`) live
/// here until the outermost compiled call returns: the dispatcher boxes the results it returns
/// (which retains them) and then empties the arena, so an array made and dropped inside
/// compiled code is freed with it.
enum ArrayArena {
    nonisolated(unsafe) static var arrays: [PyNDArray] = []
    /// How many compiled calls are running (an object-mode function may call jitted ones).
    nonisolated(unsafe) static var depth = 0

    /// Keeps `a` alive and writes its array struct (object, data, shape, strides) at `slots`.
    static func write(_ a: PyNDArray, to slots: UnsafeMutablePointer<UInt64>) {
        arrays.append(a)
        slots[0] = UInt64(UInt(bitPattern: Unmanaged.passUnretained(a).toOpaque()))
        slots[1] = UInt64(UInt(bitPattern: a.data))
        for d in 0..<a.ndim {
            slots[2 + d] = UInt64(bitPattern: Int64(a.shape[d]))
            slots[2 + a.ndim + d] = UInt64(bitPattern: Int64(a.strides[d]))
        }
    }

    static func enter() { depth += 1 }

    static func leave() {
        depth -= 1
        if depth == 0 && !arrays.isEmpty { arrays.removeAll() }
    }
}
