extension Runtime {
    static func installObjectAndType() {}
    static func installExceptionTypes() {}
    static func installFunctionTypes() {}
}
