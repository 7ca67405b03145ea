/// Why a function did not compile in nopython mode: what becomes Numba's `TypingError` (or
/// `UnsupportedError`) text, with the source line it concerns.
enum JITError: Error {
    /// Bytecode the IR builder does not translate.
    case unsupported(String)
    case untypedGlobal(String, line: Int)
    /// A typing failure: Numba's message, the line, and the `During: ...` context.
    case typing(message: String, line: Int, during: String?)
    /// An argument whose Python type has no Numba type.
    case argument(index: Int, typeName: String)
}
