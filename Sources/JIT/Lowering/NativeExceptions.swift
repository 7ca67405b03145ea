import PyRuntime

/// The exceptions compiled code raises: it stores the index of one of these in its `excinfo`
/// slot and returns a non-zero status; the dispatcher raises it in the interpreter.
enum NativeExceptions {
    nonisolated(unsafe) private static var table: [(type: PyType, message: String)] = []

    /// The index for an exception of `type` with `message`, registered on first use.
    static func index(_ type: PyType, _ message: String) -> Int64 {
        if let i = table.firstIndex(where: { $0.type === type && $0.message == message }) { return Int64(i) }
        table.append((type, message))
        return Int64(table.count - 1)
    }

    static func exception(at index: Int64) -> PyException {
        guard index >= 0 && Int(index) < table.count else { return PyException(Types.systemError, "unknown native exception") }
        let (type, message) = table[Int(index)]
        return PyException(type, message)
    }
}
