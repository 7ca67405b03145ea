/// Start-up of the object system: installs every builtin type's methods, once.
///
/// Each group of types installs itself from its own file (`Objects/*+Install.swift`), so adding a
/// type never touches this file beyond one line.
public enum Runtime {
    nonisolated(unsafe) private static var bootstrapped = false

    /// Installs the builtin types' methods. Idempotent; call before running any code.
    public static func bootstrap() {
        guard !bootstrapped else { return }
        bootstrapped = true
        installObjectAndType()
        installNumberTypes()
        installStringTypes()
        installContainerTypes()
        installExceptions()
        installIO()
        installFunctionTypes()
        installModuleFactories()
    }
}

extension Runtime {
    /// The `builtins` namespace: filled by the installers (`registerBuiltin`), then by the
    /// interpreter with the types and exceptions.
    public static let builtins = PyDict()

    /// Adds a builtin function (`len`, `abs`, ...) to the `builtins` namespace.
    public static func registerBuiltin(_ name: String, doc: String? = nil,
                                       _ function: @escaping NativeFunction) {
        builtins.setItem(name, .object(PyBuiltinFunction(name: name, doc: doc, function)))
    }

    /// Adds a builtin type (`int`, `list`, ...) or other object under `name`.
    public static func registerBuiltin(_ name: String, value: PyValue) {
        builtins.setItem(name, value)
    }
}
