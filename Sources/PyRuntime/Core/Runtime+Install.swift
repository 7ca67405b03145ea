extension Runtime {
    static func installObjectAndType() {}
    static func installExceptionTypes() { installExceptions() }
    static func installFunctionTypes() {}
}
