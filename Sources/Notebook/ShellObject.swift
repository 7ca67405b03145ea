import Foundation
import PyRuntime

/// What Python code sees of the shell: `get_ipython()` (an `InteractiveShell` with
/// `run_line_magic`, `run_cell_magic` and `system`, the calls the cell transformer writes),
/// `UsageError`, `TimeitResult` and `help`. Written in Python, as IPython's are, over a few
/// native functions; compiled once when the shell starts.
extension Shell {
    static let prelude = """
    class UsageError(Exception):
        "A magic was called wrongly: the shell prints only the message."

    class InteractiveShell:
        "The Jitbook shell running this session (what get_ipython() returns)."
        def run_line_magic(self, magic_name, line):
            return _line_magic(magic_name, line)
        def run_cell_magic(self, magic_name, line, cell):
            return _cell_magic(magic_name, line, cell)
        def system(self, cmd):
            return _system(cmd)
        def __repr__(self):
            return "<jitbook.InteractiveShell>"

    _shell = InteractiveShell()

    def get_ipython():
        "The running shell."
        return _shell

    class TimeitResult:
        "The measurement %timeit -o returns; times are seconds per loop."
        def __init__(self, loops, repeat, best, worst, all_runs, compile_time, precision):
            self.loops = loops
            self.repeat = repeat
            self.best = best
            self.worst = worst
            self.all_runs = all_runs
            self.compile_time = compile_time
            self._precision = precision
            self.timings = [run / loops for run in all_runs]

        @property
        def average(self):
            return sum(self.timings) / len(self.timings)

        @property
        def stdev(self):
            mean = self.average
            return (sum((t - mean) ** 2 for t in self.timings) / len(self.timings)) ** 0.5

        def __str__(self):
            return _timeit_summary(self.average, self.stdev, self.repeat, self.loops, self._precision)

        def __repr__(self):
            return "<TimeitResult : " + str(self) + ">"
    """

    /// Runs the prelude and puts `get_ipython` and `help` in the user namespace.
    func installShellObject() {
        let helpers = PyDict()
        helpers.setItem("__name__", .str("jitbook.shell"))
        func native(_ name: String, _ body: @escaping NativeFunction) {
            helpers.setItem(name, .object(PyBuiltinFunction(name: name, module: "jitbook.shell", body)))
        }
        native("_line_magic") { [unowned self] (a) throws(PyException) -> PyValue in
            try self.runLineMagic(try Self.string(a, 0), try Self.string(a, 1))
        }
        native("_cell_magic") { [unowned self] (a) throws(PyException) -> PyValue in
            try self.runCellMagic(try Self.string(a, 0), try Self.string(a, 1), try Self.string(a, 2))
        }
        native("_system") { (a) throws(PyException) -> PyValue in
            Output.flushAll()
            _ = Shell.runShellCommand(try Self.string(a, 0))
            return .none
        }
        native("_timeit_summary") { (a) throws(PyException) -> PyValue in
            guard a.count == 5, let mean = a[0].asDouble, let stdev = a[1].asDouble,
                  case .int(let runs) = a[2], case .int(let loops) = a[3], case .int(let precision) = a[4] else {
                throw .typeError("_timeit_summary() takes (average, stdev, repeat, loops, precision)")
            }
            return .str(TimeFormat.summary(average: mean, stdev: stdev, runs: runs, loops: loops, precision: precision))
        }
        do throws(PyException) {
            let code = try interpreter.compileSource(Self.prelude, filename: "<jitbook shell>", mode: .exec)
            _ = try interpreter.runCode(code, globals: helpers, locals: helpers)
        } catch {
            fatalError("the shell prelude failed: \(error.value)")
        }
        shellHelpers = helpers
        namespace.setItem("get_ipython", helpers.lookup("get_ipython")!)
        namespace.setItem("help", .object(PyBuiltinFunction(name: "help", module: "builtins") { (a) throws(PyException) -> PyValue in
            try Output.writeToSysStdout(try Help.pydoc(a.count > 0 ? a[0] : .none))
            return .none
        }))
    }

    /// A str argument of a native helper.
    static func string(_ a: Arguments, _ i: Int) throws(PyException) -> String {
        guard i < a.count, case .object(let o) = a[i], let s = o as? PyStr else {
            throw .typeError("expected a str argument")
        }
        return s.value
    }

    /// A `UsageError` for a misused magic: the shell prints just `UsageError: message`.
    func usageError(_ message: String) -> PyException {
        let type = shellHelpers?.lookup("UsageError")
        if case .object(let t as PyType)? = type { return PyException(t, message) }
        return PyException(Types.valueError, message)
    }

    /// `!cmd`: runs it through `/bin/sh`, its output straight to the terminal; the exit status.
    static func runShellCommand(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            Output.writeStderr("/bin/sh: \(error)\n")
            return 127
        }
    }
}
