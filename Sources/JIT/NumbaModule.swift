import Foundation
import PyRuntime

/// `import numba`: `jit`, `njit`, `typeof`, the type objects (`numba.int64`), `numba.types`,
/// `numba.core.errors`. Registered by `Numba.install()`, made on first import.
public enum Numba {
    public static func install() {
        let numba: () throws(PyException) -> PyModule = { module }
        let errors: () throws(PyException) -> PyModule = { NumbaErrors.module }
        let types: () throws(PyException) -> PyModule = { typesModule }
        let core: () throws(PyException) -> PyModule = { coreModule }
        Interpreter.shared.builtinModuleFactories["numba"] = numba
        Interpreter.shared.builtinModuleFactories["numba.core"] = core
        Interpreter.shared.builtinModuleFactories["numba.core.errors"] = errors
        Interpreter.shared.builtinModuleFactories["numba.types"] = types
    }

    /// Numba 0.58's `@jit` (falls back to object mode, the tutorial's behaviour) unless
    /// `JITBOOK_NUMBA_SEMANTICS` is 0.59 or later, where `@jit` means nopython.
    static let fallbackSemantics: Bool = {
        guard let v = ProcessInfo.processInfo.environment["JITBOOK_NUMBA_SEMANTICS"] else { return true }
        let parts = v.split(separator: ".").compactMap { Int($0) }
        guard parts.count >= 2 else { return true }
        return (parts[0], parts[1]) < (0, 59)
    }()

    static let typeNames: [(String, NumbaType)] = [
        ("int64", .int64), ("float64", .float64), ("boolean", .boolean), ("bool_", .boolean), ("b1", .boolean),
        ("complex128", .complex128), ("none", .none), ("void", .none), ("intp", .int64), ("double", .float64),
        ("int_", .int64), ("float_", .float64), ("pyobject", .pyobject),
    ]

    static let typesModule: PyModule = {
        let m = PyModule(name: "numba.core.types")
        for (name, t) in typeNames { m.dict!.setItem(name, .object(PyNumbaType(t))) }
        return m
    }()

    static let coreModule: PyModule = {
        let m = PyModule(name: "numba.core")
        m.dict!.setItem("errors", .object(NumbaErrors.module))
        m.dict!.setItem("types", .object(typesModule))
        return m
    }()

    static let module: PyModule = {
        let m = PyModule(name: "numba")
        let d = m.dict!
        d.setItem("__version__", .str(fallbackSemantics ? "0.58.1" : "0.68.1"))
        d.setItem("core", .object(coreModule))
        d.setItem("types", .object(typesModule))
        for (name, t) in typeNames { d.setItem(name, .object(PyNumbaType(t))) }
        for name in ["NumbaWarning", "NumbaDeprecationWarning", "NumbaPerformanceWarning", "TypingError", "NumbaError"] {
            d.setItem(name, .object(NumbaErrors.type(name)))
        }
        func function(_ name: String, _ body: @escaping NativeFunction) {
            d.setItem(name, .object(PyBuiltinFunction(name: name, module: "numba", body)))
        }
        function("jit") { (a) throws(PyException) -> PyValue in try decorate(a, nopythonByDefault: !fallbackSemantics, name: "jit") }
        function("njit") { (a) throws(PyException) -> PyValue in try decorate(a, nopythonByDefault: true, name: "njit") }
        function("typeof") { (a) throws(PyException) -> PyValue in
            guard a.count == 1 else { throw .typeError("typeof() takes 1 argument") }
            guard let t = Typeof.type(of: a[0]) else {
                throw .valueError("cannot determine Numba type of \(try Protocol.repr(.object(a[0].type)))")
            }
            return .object(PyNumbaType(t))
        }
        return m
    }()

    /// `jit`/`njit` in every form: `@jit`, `@jit()`, `@jit(nopython=True, ...)`, `jit(f)`,
    /// eager signatures as a string, a list of them, or a signature object.
    private static func decorate(_ a: Arguments, nopythonByDefault: Bool, name: String) throws(PyException) -> PyValue {
        var options = JITOptions(nopython: nopythonByDefault)
        for (k, key) in a.kwnames.enumerated() {
            let v = a.values[a.count + k]
            switch key.value {
            // From Numba 0.59 on, `nopython=False` has no effect.
            case "nopython": options.nopython = try Protocol.isTrue(v) || name == "njit" || !fallbackSemantics
            case "forceobj": options.forceobj = try Protocol.isTrue(v)
            case "fastmath": options.fastmath = try Protocol.isTrue(v)
            case "boundscheck": options.boundscheck = try Protocol.isTrue(v)
            case "cache", "error_model", "parallel", "nogil", "inline", "locals", "debug", "no_cpython_wrapper", "no_cfunc_wrapper":
                break
            default:
                throw .typeError("\(name)() got an unexpected keyword argument '\(key.value)'")
            }
        }
        if options.forceobj { options.nopython = false }
        var signatures: [PyValue] = []
        if a.count >= 1 {
            if let f = a[0].object as? PyFunction { return .object(Dispatcher(f, options: options)) }
            if let l = a[0].object as? PyList { signatures = l.elements } else { signatures = [a[0]] }
        }
        let parsed = try signatures.map { (s) throws(PyException) -> ([NumbaType], NumbaType?) in try parseSignature(s) }
        let decorator = PyBuiltinFunction(name: "wrapper", module: "numba") { (b) throws(PyException) -> PyValue in
            guard b.count == 1, let f = b[0].object as? PyFunction else {
                throw .typeError("The decorated object is not a function (got type \(b.count == 1 ? b[0].type.name : "nothing")).")
            }
            let d = Dispatcher(f, options: options)
            if !parsed.isEmpty {
                d.explicitSignatures = true
                for (args, result) in parsed {
                    do throws(JITError) { _ = try d.compile(args, declaredReturn: result) } catch { throw d.typingFailure(error) }
                }
            }
            return .object(d)
        }
        return .object(decorator)
    }

    /// `"float64(float64, float64)"`, `int64(int64)` (a signature object) or a bare tuple of types.
    static func parseSignature(_ v: PyValue) throws(PyException) -> ([NumbaType], NumbaType?) {
        if let s = v.object as? PyNumbaSignature { return (s.args, s.result) }
        guard let text = (v.object as? PyStr)?.value else {
            throw .typeError("invalid signature: \(try Protocol.repr(v))")
        }
        func type(_ name: Substring) throws(PyException) -> NumbaType {
            let n = name.trimmingCharacters(in: .whitespaces)
            if let t = typeNames.first(where: { $0.0 == n })?.1 { return t }
            if n == "bool" { return .boolean }
            throw .typeError("invalid signature: unknown type '\(n)' in \(text)")
        }
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
            return ([], try type(Substring(text)))
        }
        let result = try type(text[..<open])
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let args = try inner.split(separator: ",").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { (p) throws(PyException) -> NumbaType in try type(p) }
        return (args, result)
    }
}
