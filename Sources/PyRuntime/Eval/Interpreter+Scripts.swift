import Foundation

/// Running whole programs the way `python3 FILE`, `python3 -c CODE` and `python3 -i` do.
extension Interpreter {
    /// Prepares `__main__`, `sys.argv` and `sys.path`.
    public func prepareMain(argv: [String], scriptDirectory: String) -> PyDict {
        Runtime.bootstrap()
        self.argv.elements = argv.map { .str($0) }
        self.path.elements = [.str(scriptDirectory)]
        let main = PyModule(name: "__main__")
        main.dict!.setItem(interned: Names.__builtins__, .object(Runtime.builtins))
        main.dict!.setItem(interned: Names.__doc__, .none)
        modules.setItem("__main__", .object(main))
        return main.dict!
    }

    /// Runs `source` as `__main__`; returns the process exit status (0, 1 after an uncaught
    /// exception whose traceback went to stderr, or the `SystemExit` code).
    public func runMain(source: String, filename: String, argv: [String], scriptDirectory: String) -> Int32 {
        let globals = prepareMain(argv: argv, scriptDirectory: scriptDirectory)
        if filename != "<string>" {
            globals.setItem(interned: Names.__file__, .str(filename))
        }
        do throws(PyException) {
            try runSource(source, filename: filename, globals: globals)
            Output.flushAll()
            return 0
        } catch {
            return exitStatus(for: error)
        }
    }

    /// Reports an uncaught exception as CPython does (through `sys.excepthook`) and gives the
    /// exit status: 1, or what a `SystemExit` asks for.
    public func exitStatus(for error: PyException) -> Int32 {
        defer { Output.flushAll() }
        if error.matches(Types.systemExit) { return Output.exitStatus(forSystemExit: error.value) }
        Output.printUncaught(error.value)
        return 1
    }
}
