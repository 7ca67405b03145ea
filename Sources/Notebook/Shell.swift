import Foundation
import PyBytecode
import PyRuntime
import PySyntax

/// The notebook's interactive shell (IPython's `InteractiveShell`): one user namespace, cells
/// numbered by the execution count, `In`/`Out` and the `_` variables, magics, and CPython-form
/// tracebacks for code that carries the file name `<cell n>`.
///
/// Everything runs on the interpreter's thread; a cell never ends the process (only `exit`).
public final class Shell {
    /// The one shell of the process, for the magics and `get_ipython()`.
    nonisolated(unsafe) public private(set) static var current: Shell!

    public let interpreter = Interpreter.shared
    /// `__main__`'s dict: the names cells define.
    public let namespace: PyDict
    /// The number the next cell gets (IPython's `execution_count`); counts failing cells and
    /// magics too, not empty input.
    public private(set) var executionCount = 1
    /// `In`: the raw text of every cell, `In[0]` empty as in IPython.
    let inputs = PyList([.str("")])
    /// `Out`: the displayed value of each cell that showed one.
    let outputs = PyDict()
    /// Cells as typed, for `%history` and the history file (index = execution count - 1).
    public private(set) var history: [String] = []
    /// The magics, by name (Magics.swift).
    var lineMagics: [String: LineMagic] = [:]
    var cellMagics: [String: CellMagic] = [:]
    /// Set by `%load`: the text the next prompt starts with.
    public var pendingInput: String?
    /// The lesson being played, if any.
    var lesson: LessonPlayer?
    /// The directory `%cd` moved away from, for `%cd -`.
    var previousDirectory: String?
    /// Called after each cell with its number and text (the line editor appends to the history
    /// file so a kill loses nothing).
    public var onCellStored: ((Int, String) -> Void)?
    /// Where `Out[n]` values go instead of stdout (the executor records them for `.ipynb`).
    public var displayHandler: ((Int, String) -> Void)?
    /// Told of each exception that escapes a cell, before its traceback prints.
    public var errorHandler: ((PyBaseException) -> Void)?
    /// The prelude's namespace: `UsageError`, `TimeitResult`, the shell object.
    var shellHelpers: PyDict?
    /// The namespace as the shell set it up, before any cell ran: hidden from `%who`.
    private var hiddenNames = PyDict()

    public enum CellOutcome: Equatable {
        case succeeded
        /// The cell raised (its traceback is printed); names it defined before stay defined.
        case failed
        /// `exit`, `quit` or Ctrl-D: leave the loop.
        case exitRequested
        /// Nothing to run (blank input).
        case empty
    }

    public init(argv: [String] = [""]) {
        namespace = Interpreter.shared.prepareMain(argv: argv, scriptDirectory: "")
        namespace.setItem("In", .object(inputs))
        namespace.setItem("Out", .object(outputs))
        for name in ["_", "__", "___", "_i", "_ii", "_iii"] { namespace.setItem(name, .str("")) }
        Shell.current = self
        installMagics()
        installShellObject()
        hiddenNames = namespace.copy()
    }

    // MARK: Running a cell

    /// Runs one cell as IPython's `run_cell` does: stores its input, transforms magics and help
    /// syntax, runs the statements, shows the last expression's value as `Out[n]`.
    @discardableResult
    public func runCell(_ raw: String) -> CellOutcome {
        let text = raw.hasSuffix("\n") ? String(raw.dropLast()) : raw
        if text.allSatisfy({ $0.isWhitespace }) { return .empty }
        let stripped = text.trimmingCharacters(in: .whitespaces)
        if ["exit", "quit", "exit()", "quit()"].contains(stripped) { return .exitRequested }

        let n = executionCount
        storeInput(text, number: n)
        executionCount += 1
        defer { Output.flushAll() }

        let filename = "<cell \(n)>"
        SourceCache.register(filename: filename, source: text + "\n")
        do throws(PyException) {
            let source = CellTransformer.transform(text)
            let (body, last) = try compileCell(source, filename: filename)
            if let body { _ = try interpreter.runCode(body, globals: namespace, locals: namespace) }
            if let last {
                let value = try interpreter.runCode(last, globals: namespace, locals: namespace)
                if !CellTransformer.endsWithSemicolon(text) { try display(value, number: n) }
            }
            advanceLesson(after: text)
            return .succeeded
        } catch {
            report(error)
            advanceLesson(after: text)
            return .failed
        }
    }

    /// Once the cell a lesson offered has run, the lesson shows and offers the next one.
    private func advanceLesson(after text: String) {
        guard let lesson, lesson.offered == text else { return }
        Output.flushAll()
        do throws(PyException) {
            try lesson.show(codeCell: lesson.current + 1, shell: self)
        } catch {
            report(error)
        }
    }

    /// The cell's code: its statements, and the last one apart when it is an expression whose
    /// value is displayed (IPython's `ast_node_interactivity = 'last_expr'`).
    func compileCell(_ source: String, filename: String) throws(PyException) -> (CodeObject?, CodeObject?) {
        do {
            guard case .module(var statements) = try parse(source, filename: filename, mode: .exec) else {
                return (nil, nil)
            }
            var last: CodeObject?
            if case .expr(let e)? = statements.last?.kind {
                statements.removeLast()
                last = try compile(.expression(e), filename: filename, mode: .eval, source: source)
            }
            let body = statements.isEmpty && last != nil
                ? nil : try compile(.module(statements), filename: filename, mode: .exec, source: source)
            return (body, last)
        } catch {
            throw Runtime.syntaxError(from: error)
        }
    }

    /// IPython's history bookkeeping: `In[n]`, `_i<n>`, and `_i`, `_ii`, `_iii` (the three
    /// previous inputs, as IPython rotates them before the cell runs).
    private func storeInput(_ text: String, number n: Int) {
        history.append(text)
        inputs.elements.append(.str(text))
        let previous = namespace.lookup("_i00") ?? .str("")
        namespace.setItem("_iii", namespace.lookup("_ii") ?? .str(""))
        namespace.setItem("_ii", namespace.lookup("_i") ?? .str(""))
        namespace.setItem("_i", previous)
        namespace.setItem("_i00", .str(text))
        namespace.setItem("_i\(n)", .str(text))
        onCellStored?(n, text)
    }

    /// The display hook: `Out[n]: repr` (a repr of several lines starts on the next line), and
    /// `Out[n]`, `_n`, `_`, `__`, `___` updated. None shows nothing.
    func display(_ value: PyValue, number n: Int) throws(PyException) {
        if value.isNone { return }
        let repr = try Protocol.repr(value)
        if let displayHandler {
            displayHandler(n, repr)
        } else {
            let prompt = Terminal.style("Out[\(n)]: ", .outPrompt)
            try Output.writeToSysStdout(prompt + (repr.contains("\n") ? "\n" : "") + repr + "\n")
        }
        try outputs.setItem(.int(n), value)
        namespace.setItem("___", namespace.lookup("__") ?? .str(""))
        namespace.setItem("__", namespace.lookup("_") ?? .str(""))
        namespace.setItem("_", value)
        namespace.setItem("_\(n)", value)
    }

    /// Prints an exception that escaped a cell: CPython's traceback on stderr; `SystemExit`
    /// as IPython reports it, without leaving.
    public func report(_ error: PyException) {
        Output.stdout.flush()
        errorHandler?(error.value)
        if error.type.name == "UsageError", error.type === shellHelpers?.lookup("UsageError")?.object {
            let message = error.value.args.first.flatMap { try? Protocol.str($0) } ?? ""
            Output.writeStderr("UsageError: \(message)\n")
            return
        }
        if error.matches(Types.systemExit) {
            let code = error.value.args.first.flatMap { try? Protocol.str($0) } ?? "None"
            Output.writeStderr("An exception has occurred, use %tb to see the full traceback.\n\n"
                               + "SystemExit: \(code)\n\n")
            return
        }
        Output.printUncaught(error.value)
    }

    // MARK: Namespace helpers for the magics

    /// The names a user defined (not the shell's own `In`, `Out`, `_` variables, modules'
    /// dunders or `get_ipython`), in definition order.
    var userNames: [String] {
        namespace.keys.compactMap { k -> String? in
            guard case .object(let o) = k, let s = o as? PyStr else { return nil }
            let name = s.value
            if name.hasPrefix("_") { return nil }
            // The shell's own names, unless the user rebound them (IPython's user_ns_hidden).
            if let initial = hiddenNames.lookup(name), let now = namespace.lookup(name), initial.isIdentical(to: now) {
                return nil
            }
            return name
        }
    }

    /// Empties the namespace as `%reset -f` does, keeping the shell's machinery.
    func resetNamespace() {
        let keep = ["__name__", "__builtins__", "__doc__", "In", "Out", "get_ipython"]
        let saved = keep.compactMap { name in namespace.lookup(name).map { (name, $0) } }
        namespace.removeAll()
        for (name, value) in saved { namespace.setItem(name, value) }
        outputs.removeAll()
        for name in ["_", "__", "___", "_i", "_ii", "_iii"] { namespace.setItem(name, .str("")) }
    }
}
