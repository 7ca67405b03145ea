import PyBytecode

/// The `dis` module (Lib/dis.py): `dis.dis` and `dis.disassemble` over our compiler's code
/// objects, printed in CPython 3.11's layout by PyBytecode's `Disassembler`.
public enum DisModule {
    /// A code object's address as its repr shows it (`<code object f at 0x7f...>`): the same
    /// for every `f.__code__` wrapper of one code object.
    public static func address(of code: CodeObject) -> String {
        let bits = UInt(bitPattern: Unmanaged.passUnretained(code).toOpaque())
        return "0x" + String(bits, radix: 16).leftPadded(to: 12)
    }

    static func register() {
        let factory: () throws(PyException) -> PyModule = { () throws(PyException) -> PyModule in
            make()
        }
        Interpreter.shared.builtinModuleFactories["dis"] = factory
    }

    public static func make() -> PyModule {
        let m = PyModule(name: "dis")
        let d = m.dict!
        d.setItem("dis", .object(PyBuiltinFunction(name: "dis", module: "dis") {
            (a) throws(PyException) -> PyValue in
            let (x, file) = try arguments(a, "dis")
            try write(try disassembly(of: x, recursive: true), to: file)
            return .none
        }))
        d.setItem("disassemble", .object(PyBuiltinFunction(name: "disassemble", module: "dis") {
            (a) throws(PyException) -> PyValue in
            let (x, file) = try arguments(a, "disassemble")
            guard let code = x.as(PyCode.self)?.code else {
                throw .typeError("disassemble() expects a code object, not \(x.type.name)")
            }
            try write(Disassembler.disassemble(code, codeAddress: address(of:)), to: file)
            return .none
        }))
        installInstructionAPI(d)
        return m
    }

    /// `(x, *, file=None)`; the other keywords of CPython's `dis` (depth, show_caches,
    /// adaptive) are accepted and, for ordinary code, change nothing.
    private static func arguments(_ a: Arguments, _ name: String) throws(PyException) -> (PyValue, PyValue) {
        guard a.count <= 1 else {
            throw .typeError("\(name)() takes from 0 to 1 positional arguments but \(a.count) were given")
        }
        var file: PyValue = .none
        for (k, v) in a.keywords {
            switch k.value {
            case "file": file = v
            case "depth", "show_caches", "adaptive", "lasti": break
            default: throw .typeError("\(name)() got an unexpected keyword argument '\(k.value)'")
            }
        }
        guard a.count == 1 else { throw .typeError("\(name)() without an argument needs a traceback (not supported)") }
        return (a[0], file)
    }

    private static func write(_ text: String, to file: PyValue) throws(PyException) {
        if file.isNone { try Output.writeToSysStdout(text) } else { try IOBuiltins.write(text, to: file) }
    }

    /// What `dis.dis(x)` prints: a method's function, a function's code, each code-bearing
    /// attribute of a class or module (sorted by name), a code object, or source text.
    static func disassembly(of value: PyValue, recursive: Bool) throws(PyException) -> String {
        var x = value
        if let m = x.as(PyMethod.self) { x = m.function }
        if let sm = x.as(PyStaticMethod.self) { x = sm.function }
        if let cm = x.as(PyClassMethod.self) { x = cm.function }
        if let f = x.as(PyFunction.self) { x = .object(PyCode(f.code)) }
        // Anything else with a `__code__` (a Numba dispatcher), as Lib/dis.py looks it up.
        if case .object(let o) = x, !(o is PyCode), !(o is PyType), !(o is PyModule), !(o is PyStr),
           let code = try? Protocol.getAttr(x, Names.intern("__code__")), code.as(PyCode.self) != nil {
            x = code
        }
        if let code = x.as(PyCode.self)?.code {
            return Disassembler.dis(code, codeAddress: address(of:))
        }
        if x.as(PyType.self) != nil || x.as(PyModule.self) != nil, case .object(let o) = x,
           let dict = o.dict {
            var out = ""
            let items = dict.items.compactMap { (k, v) -> (String, PyValue)? in
                guard let s = k.as(PyStr.self) else { return nil }
                return (s.value, v)
            }.sorted { $0.0 < $1.0 }
            for (name, v) in items where hasCode(v) {
                out += "Disassembly of \(name):\n"
                do throws(PyException) {
                    out += try disassembly(of: v, recursive: recursive)
                } catch {
                    guard error.matches(Types.typeError) else { throw error }
                    out += "Sorry: \((try? Protocol.str(.object(error.value))) ?? "")\n"
                }
                out += "\n"
            }
            return out
        }
        if let s = x.as(PyStr.self) {
            let interp = Interpreter.shared
            let code: CodeObject
            do throws(PyException) {
                code = try interp.compileSource(s.value, filename: "<dis>", mode: .eval)
            } catch {
                code = try interp.compileSource(s.value, filename: "<dis>", mode: .exec)
            }
            return Disassembler.dis(code, codeAddress: address(of:))
        }
        throw .typeError("don't know how to disassemble \(x.type.name) objects")
    }

    /// Lib/dis.py's `_have_code`: methods, functions, code objects, classmethods,
    /// staticmethods and classes.
    private static func hasCode(_ v: PyValue) -> Bool {
        guard case .object(let o) = v else { return false }
        return o is PyMethod || o is PyFunction || o is PyCode || o is PyClassMethod
            || o is PyStaticMethod || o is PyType
    }
}
