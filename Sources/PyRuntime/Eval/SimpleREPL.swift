import Foundation
import PySyntax

/// A plain `python3 -i`-like loop (the notebook REPL is the Notebook module's job): reads a
/// statement, asks for more lines while the input is incomplete (CPython's codeop rule), runs it
/// in interactive mode so expression values are echoed.
public enum SimpleREPL {
    public static func run() -> Int32 {
        let interp = Interpreter.shared
        let globals = interp.prepareMain(argv: [""], scriptDirectory: "")
        let interactive = isatty(0) != 0
        var buffer = ""
        var cell = 0
        while true {
            if interactive {
                Output.writeStdout(buffer.isEmpty ? ">>> " : "... ")
            }
            Output.flushAll()
            guard let line = readLine(strippingNewline: false) else {
                if interactive { Output.writeStdout("\n") }
                Output.flushAll()
                return 0
            }
            buffer += line.hasSuffix("\n") ? line : line + "\n"
            let source = buffer
            do {
                _ = try parse(source, filename: "<stdin>", mode: .single)
            } catch {
                // Incomplete: keep reading, unless the user ended the block with an empty line.
                if error.isAtEndOfInput && !(line == "\n" && source.hasSuffix("\n\n")) { continue }
            }
            if source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                buffer = ""
                continue
            }
            buffer = ""
            cell += 1
            SourceCache.register(filename: "<stdin>", source: source)
            do throws(PyException) {
                let code = try interp.compileSource(source, filename: "<stdin>", mode: .single)
                _ = try interp.runCode(code, globals: globals, locals: globals)
            } catch {
                if error.matches(Types.systemExit) { return interp.exitStatus(for: error) }
                _ = interp.exitStatus(for: error)
            }
        }
    }
}
