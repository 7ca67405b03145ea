/// The `traceback` module's printing and formatting functions (Lib/traceback.py), over
/// `TracebackPrinter`'s Python-side rendering. Not here: `extract_*`, `StackSummary`,
/// `TracebackException` and the stack functions, which need frame objects.
public enum TracebackModule {
    /// Registers the module's factory (`Interpreter.shared.builtinModuleFactories["traceback"]`).
    static func register() {
        let factory: () throws(PyException) -> PyModule = { () throws(PyException) -> PyModule in
            make()
        }
        Interpreter.shared.builtinModuleFactories["traceback"] = factory
    }

    public static func make() -> PyModule {
        let m = PyModule(name: "traceback")
        let d = m.dict!
        d.setItem("__doc__", .str("Extract, format and print information about Python stack traces."))
        func def(_ name: String, _ f: @escaping NativeFunction) {
            d.setItem(name, .object(PyBuiltinFunction(name: name, module: "traceback", f)))
        }
        let exceptionNames = ["exc", "value", "tb", "limit", "chain"]
        def("format_exception") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("format_exception", exceptionNames, required: 1, positionalOnly: 1)
            return list(try chunks(p[0]!, value: p[1], tb: p[2], chain: p[4]))
        }
        def("print_exception") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("print_exception", exceptionNames + ["file"], required: 1, positionalOnly: 1)
            try emit(try chunks(p[0]!, value: p[1], tb: p[2], chain: p[4]), file: p[5])
            return .none
        }
        def("format_exc") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("format_exc", ["limit", "chain"], required: 0)
            return .str(try chunks(handled(), value: nil, tb: nil, chain: p[1]).joined())
        }
        def("print_exc") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("print_exc", ["limit", "file", "chain"], required: 0)
            try emit(try chunks(handled(), value: nil, tb: nil, chain: p[2]), file: p[1])
            return .none
        }
        def("format_exception_only") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("format_exception_only", ["exc", "value"], required: 1, positionalOnly: 1)
            let v = p[1] ?? p[0]!
            guard case .object(let o) = v, let e = o as? PyBaseException else {
                return list(["\(v.isNone ? "NoneType" : v.type.name): \(try Protocol.str(v))\n"])
            }
            return list(TracebackPrinter.pythonExceptionOnly(e))
        }
        def("format_tb") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("format_tb", ["tb", "limit"], required: 1)
            return list(TracebackPrinter.pythonFrames(entries(p[0]!)))
        }
        def("print_tb") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("print_tb", ["tb", "limit", "file"], required: 1)
            try emit(TracebackPrinter.pythonFrames(entries(p[0]!)), file: p[2])
            return .none
        }
        return m
    }

    private static func list(_ chunks: [String]) -> PyValue {
        .object(PyList(chunks.map { .str($0) }))
    }

    private static func handled() -> PyValue {
        Interpreter.shared.handledException.map { .object($0) } ?? .none
    }

    private static func entries(_ tb: PyValue) -> [TracebackEntry] {
        guard case .object(let o) = tb, let t = o as? TracebackObject else { return [] }
        return Array(t.entries[t.index...])
    }

    /// The chunks for `format_exception(exc)` or the older `(type, value, tb)` form.
    private static func chunks(_ exc: PyValue, value: PyValue?, tb: PyValue?,
                               chain: PyValue?) throws(PyException) -> [String] {
        let v = value ?? exc
        guard case .object(let o) = v, let e = o as? PyBaseException else {
            return ["NoneType: None\n"]
        }
        let doChain = try chain.map { (c) throws(PyException) -> Bool in try Protocol.isTrue(c) } ?? true
        guard let tb else { return TracebackPrinter.pythonChunks(e, chain: doChain) }
        // An explicit traceback replaces the exception's own while formatting.
        let saved = e.traceback
        e.traceback = entries(tb)
        defer { e.traceback = saved }
        return TracebackPrinter.pythonChunks(e, chain: doChain)
    }

    private static func emit(_ chunks: [String], file: PyValue?) throws(PyException) {
        let target = file.flatMap { $0.isNone ? nil : $0 } ?? SysModule.stream("stderr")
        for c in chunks { try IOBuiltins.write(c, to: target) }
    }
}
