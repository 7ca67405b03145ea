import Foundation
import PyRuntime

/// `numba.core.errors`: the exception and warning classes, and the text of a failed nopython
/// compile in Numba's form (the failing step, the reason, the source lines with a caret, the
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

    static let pass = "During: Pass nopython_type_inference"

    /// `os.path.relpath(path)`, as Numba shows a file in its source blocks.
    static func relativePath(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let cwd = FileManager.default.currentDirectoryPath.split(separator: "/")
        let target = path.split(separator: "/")
        var common = 0
        while common < min(cwd.count, target.count) && cwd[common] == target[common] { common += 1 }
        let up = Array(repeating: "..", count: cwd.count - common)
        return (up + target[common...].map(String.init)).joined(separator: "/")
    }

    /// Numba's `Loc.strformat`: `\nFile "x.py", line N:` then the line before and the line
    /// itself, caret under its first character; when neither is a `def`, the nearest `def`
    /// above and `<source elided>` first.
    static func sourceBlock(_ f: PyFunction, line: Int) -> String {
        let file = f.code.filename
        var body = ""
        if let lines = SourceCache.lines(file), line > 0 {
            let selected = Array(lines[max(0, line - 2)..<min(line, lines.count)])
            func spaces(_ s: String) -> Int { s.prefix { $0 == " " || $0 == "\t" }.count }
            if !selected.contains(where: { $0.contains("def ") }),
               let def = lines[..<max(0, line - 1)].reversed().first(where: { $0.contains("def ") }) {
                body += def + "\n" + String(repeating: " ", count: 4 + spaces(def)) + "<source elided>\n"
            }
            if let last = selected.last {
                for s in selected.dropLast() { body += s + "\n" }
                body += last + "\n" + String(repeating: " ", count: spaces(last)) + "^"
            }
        } else {
            body = "<source missing, REPL/exec in use?>"
        }
        return "\nFile \"\(relativePath(file))\", line \(line):\n" + body
    }

    static func message(_ error: JITError, _ f: PyFunction) -> String {
        let header = "Failed in nopython mode pipeline (step: nopython frontend)\n"
        let file = f.code.filename
        func withContext(_ reason: String, line: Int, during: String) -> String {
            header + reason + "\n" + sourceBlock(f, line: line) + "\n\nDuring: \(during) at \(file) (\(line))\n"
                + sourceBlock(f, line: line) + "\n\n" + pass
        }
        switch error {
        case .typing(let message, let line, let during):
            var s: String
            if let during { s = withContext(message, line: line, during: during) }
            else { s = header + message + "\n" + sourceBlock(f, line: line) + "\n\n" + pass }
            // Beyond Numba: say what does compile, when we know.
            if message.hasPrefix("Unknown attribute 'qr' of type Module(<module 'scipy.linalg") {
                s += "\n\nHint: numpy.linalg.qr compiles in nopython mode; use it in place of SciPy's qr."
            }
            return s
        case .unify(let variable, let a, let b, let line):
            return withContext("Cannot unify \(a) and \(b) for '\(variable)', defined at \(file) (\(line))", line: line,
                               during: "typing of assignment")
        case .returnTypes(let returns):
            var seen: [NumbaType] = []
            for r in returns where !seen.contains(r.type) { seen.append(r.type) }
            var s = header + "Can't unify return type from the following types: \(seen.map(\.description).joined(separator: ", "))\n"
            for r in returns {
                s += "Return of: IR name '\(r.name)', type '\(r.type)', location: " + sourceBlock(f, line: r.line) + "\n"
            }
            return s + pass
        case .untypedGlobal(let name, let line):
            let value = f.globals.lookup(name) ?? Runtime.builtins.lookup(name)
            let reason = value.map { "Cannot determine Numba type of <class '\($0.type.name)'>" } ?? "NameError: name '\(name)' is not defined"
            return header + "Untyped global name '\(name)': \(reason)\n" + sourceBlock(f, line: line) + "\n\n" + pass
        case .unsupported(let what):
            return "Failed in nopython mode pipeline (step: analyzing bytecode)\nUnsupported: \(what)"
        case .argument:
            return header + "non-precise type pyobject\nDuring: typing of argument at \(file) (\(f.code.firstlineno))\n"
                + sourceBlock(f, line: f.code.firstlineno) + "\n\n" + pass
        case .callee(let inner, let d, let line):
            let dispatcher = (try? Protocol.repr(.object(d.pyFunction))) ?? d.pyFunction.name
            return header + message(inner, d.pyFunction) + "\nDuring: resolving callee type: type(CPUDispatcher(\(dispatcher)))\n"
                + "During: typing of call at \(file) (\(line))\n" + sourceBlock(f, line: line) + "\n\n" + pass
        }
    }
}

extension JITError {
    /// The reason alone.
    var message: String {
        switch self {
        case .typing(let m, _, _): return m
        case .untypedGlobal(let n, _): return "Untyped global name '\(n)'"
        case .unsupported(let w): return "Unsupported: \(w)"
        case .argument(let i, let t): return "argument \(i): Cannot determine Numba type of <class '\(t)'>"
        case .unify(let v, let a, let b, _): return "Cannot unify \(a) and \(b) for '\(v)'"
        case .returnTypes(let r): return "Can't unify return type from the following types: \(r.map(\.type.description).joined(separator: ", "))"
        case .callee(let inner, _, _): return inner.message
        }
    }
}
