import Foundation
import PySyntax
import PyBytecode

// `import`: builtin modules by name, then `.py` files along `sys.path` (CPython's importlib,
// reduced to what scripts beside each other need).

extension Interpreter {
    /// `IMPORT_NAME`: returns the top-level package for `import a.b`, the module itself when
    /// `fromlist` is non-empty.
    func importModule(_ name: String, globals: PyDict, fromlist: PyValue, level: Int) throws(PyException) -> PyValue {
        var fullName = name
        if level > 0 {
            // Relative imports resolve against the importing module's package.
            let package = (globals.lookup(interned: Names.__package__)?.object as? PyStr)?.value
                ?? (globals.lookup(interned: Names.__name__)?.object as? PyStr)?.value ?? ""
            var parts = package.split(separator: ".").map(String.init)
            if level > 1 { parts.removeLast(min(parts.count, level - 1)) }
            guard !parts.isEmpty else {
                throw PyException(Types.importError, "attempted relative import with no known parent package")
            }
            fullName = (parts + (name.isEmpty ? [] : [name])).joined(separator: ".")
        }
        let components = fullName.split(separator: ".").map(String.init)
        var module: PyValue = .none
        var prefix = ""
        var top: PyValue = .none
        for c in components {
            prefix = prefix.isEmpty ? c : prefix + "." + c
            module = try loadModule(prefix)
            if top.isNone { top = module }
        }
        let hasFromlist = (try? Protocol.isTrue(fromlist)) ?? false
        return hasFromlist || level > 0 ? module : top
    }

    /// The module named `name` from `sys.modules`, a builtin factory, or a `.py` file.
    public func loadModule(_ name: String) throws(PyException) -> PyValue {
        if let m = modules.lookup(name) { return m }
        if let factory = builtinModuleFactories[name] {
            let m = try factory()
            modules.setItem(name, .object(m))
            return .object(m)
        }
        let relative = name.replacingOccurrences(of: ".", with: "/")
        for entry in path.elements {
            guard case .object(let p as PyStr) = entry else { continue }
            let base = p.value.isEmpty ? FileManager.default.currentDirectoryPath : p.value
            for candidate in ["\(base)/\(relative).py", "\(base)/\(relative)/__init__.py"] {
                if FileManager.default.fileExists(atPath: candidate) {
                    return .object(try runModuleFile(name: name, path: candidate))
                }
            }
        }
        let e = PyException(Types.moduleNotFoundError, "No module named '\(name)'")
        e.value.dict!.setItem("name", .str(name))
        throw e
    }

    /// Executes a `.py` file as module `name` and registers it in `sys.modules` first (so
    /// circular imports see the partial module, as in CPython).
    func runModuleFile(name: String, path: String) throws(PyException) -> PyModule {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PyException(Types.importError, "cannot read \(path)")
        }
        let module = PyModule(name: name)
        module.dict!.setItem(interned: Names.__file__, .str(path))
        module.dict!.setItem(interned: Names.__builtins__, .object(Runtime.builtins))
        let isPackage = path.hasSuffix("/__init__.py")
        let package = isPackage ? name : String(name.split(separator: ".").dropLast().joined(separator: "."))
        module.dict!.setItem(interned: Names.__package__, .str(package))
        modules.setItem(name, .object(module))
        do throws(PyException) {
            try runSource(source, filename: path, globals: module.dict!)
        } catch {
            _ = try? modules.removeItem(.str(name))
            throw error
        }
        return module
    }

    /// `IMPORT_FROM`: `from m import name`, falling back to a submodule.
    func importFrom(_ module: PyValue, _ name: PyStr) throws(PyException) -> PyValue {
        if let v = try Protocol.lookupAttr(module, name) { return v }
        if case .object(let m as PyModule) = module {
            if let sub = try? loadModule("\(m.name).\(name.value)") { return sub }
            let file = (m.dict!.lookup(interned: Names.__file__)?.object as? PyStr)?.value
            let location = file.map { " (\($0))" } ?? " (unknown location)"
            let e = PyException(Types.importError, "cannot import name '\(name.value)' from '\(m.name)'\(location)")
            e.value.dict!.setItem("name", .str(m.name))
            throw e
        }
        throw PyException(Types.importError, "cannot import name '\(name.value)'")
    }

    /// `from m import *`: `__all__`, or every name not starting with an underscore.
    func importStar(_ module: PyValue, into namespace: PyDict) throws(PyException) {
        guard case .object(let m) = module, let dict = m.dict else { return }
        if let all = dict.lookup(interned: Names.__all__) {
            for n in try Protocol.toArray(all) {
                guard case .object(let s as PyStr) = n else { continue }
                try namespace.setItem(n, try Protocol.getAttr(module, Names.intern(s.value)))
            }
            return
        }
        for (k, v) in dict.items {
            if case .object(let s as PyStr) = k, !s.value.hasPrefix("_") { try namespace.setItem(k, v) }
        }
    }

    /// `PRINT_EXPR` (interactive mode): `sys.displayhook` prints the repr and sets `_`.
    func displayHook(_ value: PyValue) throws(PyException) {
        if value.isNone { return }
        Runtime.builtins.setItem("_", .none)
        try Output.writeStdout(try Protocol.repr(value) + "\n")
        Runtime.builtins.setItem("_", value)
    }

    // MARK: Running source

    /// Compiles `source` (a SyntaxError becomes a Python SyntaxError).
    public func compileSource(_ source: String, filename: String, mode: ParseMode) throws(PyException) -> CodeObject {
        do {
            let mod = try parse(source, filename: filename, mode: mode)
            return try compile(mod, filename: filename, mode: mode)
        } catch {
            throw Runtime.syntaxError(from: error)
        }
    }

    /// Runs module-level code in `globals` (also its locals), registering the source so
    /// tracebacks can show its lines.
    public func runSource(_ source: String, filename: String, globals: PyDict) throws(PyException) {
        SourceCache.register(filename: filename, source: source)
        let code = try compileSource(source, filename: filename, mode: .exec)
        _ = try runCode(code, globals: globals, locals: globals)
    }

    /// Runs a module-level or `exec` code object.
    public func runCode(_ code: CodeObject, globals: PyDict, locals: PyDict) throws(PyException) -> PyValue {
        if globals.lookup(interned: Names.__builtins__) == nil {
            globals.setItem(interned: Names.__builtins__, .object(Runtime.builtins))
        }
        // `__builtins__` may be a dict or the module (`{"__builtins__": {}}` sandboxes).
        let builtins: PyDict
        switch globals.lookup(interned: Names.__builtins__) {
        case .object(let d as PyDict)?: builtins = d
        case .object(let m as PyModule)?: builtins = m.dict!
        default: builtins = Runtime.builtins
        }
        let frame = pushFrame(runtime: CodeRuntime.of(code), globals: globals,
                              builtins: builtins, locals: locals, function: nil)
        return try run(frame)
    }
}
