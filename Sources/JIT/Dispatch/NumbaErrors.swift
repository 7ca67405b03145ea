import PyRuntime

/// `numba.core.errors`: the exception and warning classes, and the text of a failed nopython
/// compile in Numba's form (the failing step, the reason, the source line with a caret, the
/// `During: ...` context).
enum NumbaErrors {
    static let module: PyModule = {
        let m = PyModule(name: "numba.core.errors")
        let source = """
        class NumbaError(Exception):
            pass
        class TypingError(NumbaError):
            pass
        class UnsupportedError(NumbaError):
            pass
        class NumbaWarning(Warning):
            pass
        class NumbaDeprecationWarning(NumbaWarning, DeprecationWarning):
            pass
        class NumbaPerformanceWarning(NumbaWarning):
            pass
        """
        m.dict!.setItem("__name__", .str("numba.core.errors"))
        let code = try! Interpreter.shared.compileSource(source, filename: "<numba.core.errors>", mode: .exec)
        _ = try! Interpreter.shared.runCode(code, globals: m.dict!, locals: m.dict!)
        return m
    }()

    static func type(_ name: String) -> PyType { module.dict!.lookup(name)!.object as! PyType }

    /// `File "<cell 60>", line 3:` with the `def` line and the line itself, caret under its
    /// first character.
    static func sourceBlock(_ f: PyFunction, line: Int) -> String {
        let code = f.code
        let lines = SourceCache.lines(code.filename) ?? []
        func text(_ n: Int) -> String? { n >= 1 && n <= lines.count ? lines[n - 1] : nil }
        var defLine = code.firstlineno
        while let t = text(defLine), !t.trimmingPrefixSpaces.hasPrefix("def "), defLine < line { defLine += 1 }
        var out = "File \"\(code.filename)\", line \(line):\n"
        guard let def = text(defLine) else { return out + "<source missing, REPL/exec in use?>\n" }
        out += def.trimmingPrefixSpaces + "\n"
        let target = line > defLine ? (text(line) ?? "") : def.trimmingPrefixSpaces
        if line > defLine { out += target + "\n" }
        out += String(target.prefix { $0 == " " }) + "^\n"
        return out
    }

    static func message(_ error: JITError, _ f: PyFunction) -> String {
        let file = f.code.filename
        switch error {
        case .typing(let message, let line, let during):
            var s = "Failed in nopython mode pipeline (step: nopython frontend)\n\(message)\n\n\(sourceBlock(f, line: line))\n"
            if let during { s += "During: \(during) at \(file) (\(line))\n\n\(sourceBlock(f, line: line))\n" }
            s += "During: Pass nopython_type_inference"
            // Beyond Numba: say what does compile, when we know.
            if message.hasPrefix("Unknown attribute 'qr' of type Module(<module 'scipy.linalg") {
                s += "\n\nHint: numpy.linalg.qr compiles in nopython mode; use it in place of SciPy's qr."
            }
            return s
        case .untypedGlobal(let name, let line):
            let value = f.globals.lookup(name) ?? Runtime.builtins.lookup(name)
            let kind = value.map { "Cannot determine Numba type of <class '\($0.type.name)'>" } ?? "NameError: name '\(name)' is not defined"
            return "Failed in nopython mode pipeline (step: nopython frontend)\nUntyped global name '\(name)': \(kind)\n\n\(sourceBlock(f, line: line))\nDuring: Pass nopython_type_inference"
        case .unsupported(let what):
            return "Failed in nopython mode pipeline (step: analyzing bytecode)\nUnsupported: \(what)"
        case .argument:
            return "Failed in nopython mode pipeline (step: nopython frontend)\nnon-precise type pyobject\nDuring: typing of argument at \(file) (\(f.code.firstlineno))\n\n\(sourceBlock(f, line: f.code.firstlineno))\nDuring: Pass nopython_type_inference"
        }
    }
}

extension JITError {
    /// The reason alone (what a caller's own failure quotes).
    var message: String {
        switch self {
        case .typing(let m, _, _): return m
        case .untypedGlobal(let n, _): return "Untyped global name '\(n)'"
        case .unsupported(let w): return "Unsupported: \(w)"
        case .argument(let i, let t): return "argument \(i): Cannot determine Numba type of <class '\(t)'>"
        }
    }
}

extension String {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
}
