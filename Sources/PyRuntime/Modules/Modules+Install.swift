extension Runtime {
    /// The pure builtin modules, made on first import. (`sys` and `time` register with the I/O
    /// side, `traceback` with the exceptions.)
    static func installModuleFactories() {
        // Typed locals first: a typed-throws closure stored straight into the dictionary crashes
        // Swift 6.3's IRGen.
        let math: () throws(PyException) -> PyModule = { MathModule.make() }
        let random: () throws(PyException) -> PyModule = { RandomModule.make() }
        Interpreter.shared.builtinModuleFactories["math"] = math
        Interpreter.shared.builtinModuleFactories["random"] = random
        let gc: () throws(PyException) -> PyModule = { GCModule.make() }
        Interpreter.shared.builtinModuleFactories["gc"] = gc
        DisModule.register()
        Warnings.install()
    }
}
