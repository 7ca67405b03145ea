/// A byte buffer that the formatters (`%`, `str.format`, float digits) reuse from call to call, so building a
/// result allocates only the final string.
///
/// A call takes the buffer and puts it back when done; a nested call (a `__format__` or
/// `__str__` that formats again) finds none and uses a fresh one, so no two users share it.
enum ScratchBytes {
    nonisolated(unsafe) private static var spare: [UInt8] = []

    /// Buffers grown past this are dropped rather than kept.
    private static let keepLimit = 1 << 16

    static func with<R, E: Error>(capacity: Int, _ body: (inout [UInt8]) throws(E) -> R) throws(E) -> R {
        var buffer: [UInt8] = []
        swap(&buffer, &spare)
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(capacity)
        defer {
            if buffer.capacity <= keepLimit { swap(&buffer, &spare) }
        }
        return try body(&buffer)
    }
}
