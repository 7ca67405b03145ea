extension Runtime {
    static func installObjectAndType() {}
    static func installExceptionTypes() {
        installExceptions()
        installIO()
    }
    static func installFunctionTypes() {}
}
