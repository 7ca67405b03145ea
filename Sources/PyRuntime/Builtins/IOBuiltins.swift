#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `print`, `input` and `open` (Python/bltinmodule.c), and the write-through-a-file-object
/// helpers the rest of the runtime uses.
public enum IOBuiltins {
    /// A line editor for `input()` when stdin and stdout are the terminal (the CLI or notebook
    /// sets this to libedit; CPython uses GNU readline there). Given the prompt, it returns the
    /// line without its newline, or nil at end of input.
    public nonisolated(unsafe) static var lineEditor: ((String) -> String?)?

    static func install() {
        Runtime.registerBuiltin("print", doc: printDoc) { (a) throws(PyException) -> PyValue in
            try print(a)
        }
        Runtime.registerBuiltin("input", doc: "Read a string from standard input.  The trailing newline is stripped.") {
            (a) throws(PyException) -> PyValue in try input(a)
        }
        Runtime.registerBuiltin("open", doc: "Open file and return a stream.  Raise OSError upon failure.") {
            (a) throws(PyException) -> PyValue in try IOTypes.open(a)
        }
    }

    static let printDoc = """
        print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)

        Prints the values to a stream, or to sys.stdout by default.
        """

    /// A direct writer for `file` when it is one of our text files writing UTF-8 as is.
    @inline(__always)
    static func fastWriter(_ file: PyValue) -> OutputStream? {
        guard case .object(let o) = file, let f = o as? PyTextFile, !f.closed, let w = f.writer,
              f.reader == nil, f.codec == .utf8, f.writeNewline == nil else { return nil }
        return w
    }

    /// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
    public static func print(_ a: Arguments) throws(PyException) -> PyValue {
        var sepValue: PyValue = .none, endValue: PyValue = .none, file: PyValue = .none
        var flush = false
        for (k, v) in a.keywords {
            switch k.value {
            case "sep": sepValue = v
            case "end": endValue = v
            case "file": file = v
            case "flush": flush = try Protocol.isTrue(v)
            default: throw .typeError("'\(k.value)' is an invalid keyword argument for print()")
            }
        }
        if file.isNone {
            file = SysModule.stream("stdout")
            if file.isNone { return .none }
        }
        let sep = try stringOrNone(sepValue, "sep") ?? " "
        let end = try stringOrNone(endValue, "end") ?? "\n"

        if let w = fastWriter(file) {
            if w.flushFirst == nil {
                // Block or line buffered: straight into the buffer, no intermediate string.
                for i in 0..<a.count {
                    if i > 0 { w.write(sep) }
                    w.write(try Protocol.str(a[i]))
                }
                w.write(end)
            } else {
                var line = ""
                for i in 0..<a.count {
                    if i > 0 { line += sep }
                    line += try Protocol.str(a[i])
                }
                w.write(line + end)
            }
            if flush { w.flush() }
            try w.checkError()
            return .none
        }
        for i in 0..<a.count {
            if i > 0 { try write(sep, to: file) }
            try writeObject(a[i], to: file)
        }
        try write(end, to: file)
        if flush { try IOBuiltins.flush(file) }
        return .none
    }

    private static func stringOrNone(_ v: PyValue, _ what: String) throws(PyException) -> String? {
        if v.isNone { return nil }
        guard case .object(let o) = v, let s = o as? PyStr else {
            throw .typeError("\(what) must be None or a string, not \(v.type.name)")
        }
        return s.value
    }

    /// `PyFile_WriteString`: `file.write(s)`.
    public static func write(_ s: String, to file: PyValue) throws(PyException) {
        if let w = fastWriter(file) {
            w.write(s)
            try w.checkError()
            return
        }
        if case .object(let o) = file, let f = o as? PyTextFile {
            try f.write(s)
            return
        }
        let method = try Protocol.getAttr(file, Names.write)
        _ = try Protocol.call(method, [.str(s)])
    }

    /// `PyFile_WriteObject(v, file, Py_PRINT_RAW)`: `file.write(str(v))`.
    static func writeObject(_ v: PyValue, to file: PyValue) throws(PyException) {
        if case .object(let o) = file, o is PyTextFile {
            try write(Protocol.str(v), to: file)
            return
        }
        let method = try Protocol.getAttr(file, Names.write)
        _ = try Protocol.call(method, [.str(try Protocol.str(v))])
    }

    /// `file.flush()`.
    public static func flush(_ file: PyValue) throws(PyException) {
        if case .object(let o) = file, let f = o as? PyTextFile {
            try f.flush()
            return
        }
        _ = try Protocol.call(Protocol.getAttr(file, Names.flush), [])
    }

    /// `input(prompt='')`.
    public static func input(_ a: Arguments) throws(PyException) -> PyValue {
        let args = try a.positional("input", min: 0, max: 1)
        let fin = SysModule.stream("stdin")
        let fout = SysModule.stream("stdout")
        let ferr = SysModule.stream("stderr")
        if fin.isNone { throw .runtimeError("input(): lost sys.stdin") }
        if fout.isNone { throw .runtimeError("input(): lost sys.stdout") }
        if !ferr.isNone { _ = try? flush(ferr) }

        // The terminal with a line editor: CPython's PyOS_Readline path.
        if let editor = lineEditor, case .object(let i as PyTextFile) = fin, i.fd == 0,
           case .object(let o as PyTextFile) = fout, o.fd == 1, isatty(0) != 0, isatty(1) != 0 {
            let prompt = try args.first.map { (p) throws(PyException) -> String in try Protocol.str(p) } ?? ""
            Output.flushAll()
            guard let line = editor(prompt) else {
                if Interpreter.interruptRequested {
                    Interpreter.interruptRequested = false
                    throw PyException(Types.keyboardInterrupt, args: [])
                }
                throw PyException(Types.eofError, "EOF when reading a line")
            }
            return .str(line)
        }
        if let p = args.first { try writeObject(p, to: fout) }
        try flush(fout)
        let line: String
        if case .object(let o) = fin, let f = o as? PyTextFile {
            line = try f.decode(f.prepareRead().readLine())
        } else {
            let r = try Protocol.call(Protocol.getAttr(fin, Names.readline), [])
            guard case .object(let o) = r, let s = o as? PyStr else {
                throw .typeError("object.readline() returned non-string")
            }
            line = s.value
        }
        if line.isEmpty { throw PyException(Types.eofError, "EOF when reading a line") }
        // Only the `\n` goes ("\r\n" is one Character to Swift, so work on scalars).
        var scalars = line.unicodeScalars
        if scalars.last == "\n" { scalars.removeLast() }
        return .str(String(scalars))
    }
}

extension Runtime {
    /// The I/O side of the runtime: `print`/`input`/`open`, the `_io.TextIOWrapper` type, and
    /// the `sys` and `time` module factories.
    static func installIO() {
        IOTypes.installTextIOWrapper()
        IOBuiltins.install()
        SysModule.installTypes()
        // Bound to a typed local first: storing a typed-throws closure literal or function
        // reference straight into the dictionary crashes Swift 6.3's IRGen.
        let sys: () throws(PyException) -> PyModule = { () throws(PyException) -> PyModule in
            try SysModule.make()
        }
        Interpreter.shared.builtinModuleFactories["sys"] = sys
        TimeModule.register()
    }
}
