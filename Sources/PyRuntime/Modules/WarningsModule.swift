import Foundation

/// `warnings`: `warn` with CPython's default filters and its one-line report
/// (`file:line: Category: message` and the source line), `simplefilter`, `filterwarnings`,
/// `resetwarnings`. Native code warns through `Warnings.warn`.
public enum Warnings {
    struct Filter {
        var action: String
        var category: PyType
        var module: String?
    }

    /// Filters added by the program, newest first; CPython's defaults come after them.
    nonisolated(unsafe) static var filters: [Filter] = []
    /// What was shown once per place (`__warningregistry__`) or once at all (`once`).
    nonisolated(unsafe) static var shown: Set<String> = []

    /// Issues a warning at the Python frame `stackLevel` levels up (1: the frame running now).
    public static func warn(_ category: PyType, _ message: String, stackLevel: Int = 1) throws(PyException) {
        var frame = Interpreter.shared.currentFrame
        var level = 1
        while level < stackLevel, let f = frame {
            frame = f.back
            level += 1
        }
        let entry = frame?.tracebackEntry()
        var module = "sys"
        if let f = frame, case .object(let o)? = f.globals.lookup(interned: Names.__name__), let s = o as? PyStr {
            module = s.value
        }
        try warn(category, message, filename: entry?.filename ?? "sys", lineno: entry?.lineno ?? 1, module: module)
    }

    /// `warnings.warn_explicit`: a warning attributed to `filename:lineno`. With `registry`
    /// false it shows every time the filters allow (as code that resets the registry sees).
    public static func warn(_ category: PyType, _ message: String, filename: String, lineno: Int, module: String,
                            registry: Bool = true) throws(PyException) {
        switch action(for: category, module: module) {
        case "ignore":
            return
        case "error":
            throw PyException(category, message)
        case "always":
            break
        case "once":
            if !shown.insert("once|\(category.name)|\(message)").inserted { return }
        case "module":
            if !shown.insert("module|\(module)|\(category.name)|\(message)").inserted { return }
        default:
            if registry && !shown.insert("default|\(filename)|\(lineno)|\(category.name)|\(message)").inserted { return }
        }
        var text = "\(filename):\(lineno): \(category.name): \(message)\n"
        if let line = SourceCache.line(filename, lineno) {
            let stripped = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !stripped.isEmpty { text += "  \(stripped)\n" }
        }
        Output.stdout.flush()
        do {
            try IOBuiltins.write(text, to: SysModule.stream("stderr"))
        } catch {
            Output.stderr.write(text)
        }
    }

    /// The first matching filter's action; CPython 3.11's defaults after the program's own.
    static func action(for category: PyType, module: String) -> String {
        for f in filters where category.isSubtype(of: f.category) && (f.module.map { $0 == module } ?? true) {
            return f.action
        }
        if category.isSubtype(of: Types.deprecationWarning) { return module == "__main__" ? "default" : "ignore" }
        if category.isSubtype(of: Types.pendingDeprecationWarning) || category.isSubtype(of: Types.importWarning) {
            return "ignore"
        }
        return "default"
    }

    static func install() {
        let factory: () throws(PyException) -> PyModule = { make() }
        Interpreter.shared.builtinModuleFactories["warnings"] = factory
    }

    static func make() -> PyModule {
        let m = PyModule(name: "warnings")
        func function(_ name: String, _ body: @escaping NativeFunction) {
            m.dict!.setItem(name, .object(PyBuiltinFunction(name: name, module: "warnings", body)))
        }
        function("warn") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("warn", ["message", "category", "stacklevel", "source"], required: 1)
            var category = Types.userWarning
            var text: String
            if case .object(let o) = b[0]!, let e = o as? PyBaseException, e.type.isSubtype(of: Types.warning) {
                category = e.type
                text = try Protocol.str(b[0]!)
            } else {
                text = try Protocol.str(b[0]!)
                if let c = b[1], !c.isNone {
                    guard case .object(let o) = c, let t = o as? PyType, t.isSubtype(of: Types.warning) else {
                        throw .typeError("category must be a Warning subclass, not '\(c.type.name)'")
                    }
                    category = t
                }
            }
            let level = try b[2].map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 1
            // Level 1 is warn's caller: the Python frame running now.
            try warn(category, text, stackLevel: level)
            return .none
        }
        func addFilter(_ action: PyValue, _ category: PyValue?, _ module: PyValue?) throws(PyException) {
            let name = try Protocol.str(action)
            guard ["error", "ignore", "always", "default", "module", "once"].contains(name) else {
                throw .valueError("invalid action: '\(name)'")
            }
            var type = Types.warning
            if let c = category, case .object(let o) = c, let t = o as? PyType { type = t }
            var moduleName: String?
            if let mv = module, !mv.isNone, let s = try? Protocol.str(mv), !s.isEmpty { moduleName = s }
            filters.insert(Filter(action: name, category: type, module: moduleName), at: 0)
        }
        function("simplefilter") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("simplefilter", ["action", "category", "lineno", "append"], required: 1)
            try addFilter(b[0]!, b[1], nil)
            return .none
        }
        function("filterwarnings") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("filterwarnings", ["action", "message", "category", "module", "lineno", "append"], required: 1)
            try addFilter(b[0]!, b[2], b[3])
            return .none
        }
        function("resetwarnings") { (_) throws(PyException) -> PyValue in
            filters = []
            return .none
        }
        return m
    }
}
