/// Why a function did not compile in nopython mode: what becomes Numba's `TypingError` (or
/// `UnsupportedError`) text, with the source lines it concerns.
enum JITError: Error {
    /// Bytecode the IR builder does not translate.
    case unsupported(String)
    case untypedGlobal(String, line: Int)
    /// A typing failure: Numba's message, the line, and the `During: ...` context.
    case typing(message: String, line: Int, during: String?)
    /// An argument whose Python type has no Numba type.
    case argument(index: Int, typeName: String)
    /// A variable whose assignments give types that do not unify.
    case unify(variable: String, NumbaType, NumbaType, line: Int)
    /// Returns of types that do not unify: each return's value name, type and line.
    case returnTypes([(name: String, type: NumbaType, line: Int)])
    /// A jitted function this one calls failed to compile.
    indirect case callee(JITError, Dispatcher, line: Int)
}
