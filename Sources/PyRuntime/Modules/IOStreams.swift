#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer on a file descriptor: what a `TextIOWrapper` over a `BufferedWriter` is in
/// CPython, without the layers. `print` appends UTF-8 to the buffer; a write system call happens
/// when the buffer fills, at a newline when line buffered (stdout on a terminal), on `flush()`,
/// and at exit (`Output.flushAll()`).
public final class OutputStream {
    public let fd: Int32
    /// Flush after any write that contains a newline (CPython: stdout on a tty, and stderr).
    public var lineBuffered: Bool
    /// When set, text goes to this closure instead of the file descriptor (the notebook captures
    /// a cell's output this way). What was buffered before is flushed first.
    public var sink: ((String) -> Void)? {
        didSet { if sink != nil && oldValue == nil { flush() } }
    }
    /// Another stream to flush before this one writes (stdout, before stderr writes, so a
    /// traceback appears after the output that preceded it).
    var flushFirst: OutputStream?
    /// The errno of a failed write, until someone reports it (`takeError()`).
    private var pendingErrno: Int32 = 0

    private var buffer: [UInt8] = []
    static let capacity = 1 << 16

    public init(fd: Int32, lineBuffered: Bool) {
        self.fd = fd
        self.lineBuffered = lineBuffered
        buffer.reserveCapacity(Self.capacity)
    }

    /// Appends `s`; writes out when the buffering rule says so.
    /// - Complexity: amortised O(n) in the length of `s`.
    @inline(__always)
    public func write(_ s: String) {
        if let sink {
            sink(s)
            return
        }
        if let other = flushFirst { other.flush() }
        var s = s
        var sawNewline = false
        s.withUTF8 { bytes in
            buffer.append(contentsOf: bytes)
            if lineBuffered { sawNewline = bytes.contains(0x0A) }
        }
        if sawNewline || buffer.count >= Self.capacity || flushFirst != nil { flush() }
    }

    /// Appends raw bytes (already encoded).
    public func write(bytes: [UInt8]) {
        if let sink {
            sink(String(decoding: bytes, as: UTF8.self))
            return
        }
        if let other = flushFirst { other.flush() }
        buffer.append(contentsOf: bytes)
        if (lineBuffered && bytes.contains(0x0A)) || buffer.count >= Self.capacity
            || flushFirst != nil {
            flush()
        }
    }

    /// Bytes written but not yet handed to the system.
    public var bufferedCount: Int { buffer.count }

    /// Hands the buffer to the system. On failure the data is dropped and the errno kept for
    /// `takeError()` (a closed pipe must not make every later write fail again).
    public func flush() {
        guard !buffer.isEmpty else { return }
        var offset = 0
        let total = buffer.count
        while offset < total {
            let r = buffer.withUnsafeBytes { raw in
                Glibc_write(fd, raw.baseAddress! + offset, total - offset)
            }
            if r < 0 {
                if errno == EINTR { continue }
                pendingErrno = errno
                break
            }
            offset += r
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The errno of the last failed write since the previous call, or 0.
    public func takeError() -> Int32 {
        defer { pendingErrno = 0 }
        return pendingErrno
    }

    /// Throws the OSError for a failed write (BrokenPipeError for a closed pipe), if any.
    func checkError() throws(PyException) {
        let e = takeError()
        if e != 0 { throw Runtime.osError(errno: e) }
    }
}

/// `read(2)` by another name: `TextReader.read` shadows it inside the class.
@inline(__always)
func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer?, _ n: Int) -> Int {
    read(fd, p, n)
}

/// `write(2)` by another name: `OutputStream.write` shadows it inside the class.
@inline(__always)
private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}

/// The process's standard streams, for the eval loop, the CLI and the notebook.
public enum Output {
    /// Standard output: line buffered on a terminal, block buffered otherwise, like CPython.
    public static let stdout: OutputStream = {
        let s = OutputStream(fd: 1, lineBuffered: isatty(1) != 0)
        atexit { Output.flushAll() }
        return s
    }()

    /// Standard error: every write goes out at once, after flushing stdout.
    public static let stderr: OutputStream = {
        let s = OutputStream(fd: 2, lineBuffered: true)
        s.flushFirst = stdout
        return s
    }()

    /// Writes to the process's stdout (not through `sys.stdout`).
    public static func writeStdout(_ s: String) { stdout.write(s) }

    /// Writes to the process's stderr, after flushing stdout.
    public static func writeStderr(_ s: String) { stderr.write(s) }

    /// Flushes stdout and stderr (at exit, before reading input, before a traceback).
    public static func flushAll() {
        stdout.flush()
        stderr.flush()
    }

    /// Writes through `sys.stdout` as `print` does (a user may have replaced it with any object
    /// that has `write`); falls back to the process's stdout when there is no sys module yet.
    public static func writeToSysStdout(_ s: String) throws(PyException) {
        try IOBuiltins.write(s, to: SysModule.stream("stdout"))
    }

    /// CPython's default `sys.excepthook`: the report for `e` on `sys.stderr`, after flushing
    /// stdout.
    public static func printException(_ e: PyBaseException) {
        stdout.flush()
        let text = TracebackPrinter.format(e)
        do {
            try IOBuiltins.write(text, to: SysModule.stream("stderr"))
            try IOBuiltins.flush(SysModule.stream("stderr"))
        } catch {
            stderr.write(text)
        }
    }

    /// An uncaught exception at the top level, as `PyErr_Print` reports it: through
    /// `sys.excepthook` (the default prints the traceback on `sys.stderr`); a failing user hook
    /// gets both reports, as in CPython.
    public static func printUncaught(_ e: PyBaseException) {
        stdout.flush()
        guard let sys = SysModule.module, let hook = sys.dict!.lookup("excepthook"), !hook.isNone,
              !(hook.object === sys.dict!.lookup("__excepthook__")?.object) else {
            printException(e)
            return
        }
        let tb: PyValue = e.traceback.isEmpty ? .none : .object(TracebackObject(e.traceback, at: 0))
        do {
            _ = try Protocol.call(hook, [.object(e.type), .object(e), tb])
        } catch {
            let errorOutput = SysModule.stream("stderr")
            try? IOBuiltins.write("Error in sys.excepthook:\n", to: errorOutput)
            printException(error.value)
            try? IOBuiltins.write("\nOriginal exception was:\n", to: errorOutput)
            printException(e)
        }
    }

    /// What CPython does with an uncaught SystemExit (`handle_system_exit`): the exit status, after
    /// printing a non-integer code to stderr.
    public static func exitStatus(forSystemExit e: PyBaseException) -> Int32 {
        let code = (try? Protocol.getAttr(.object(e), Names.intern("code"))) ?? e.args.first ?? .none
        switch code {
        case .none: return 0
        case .int(let i): return Int32(truncatingIfNeeded: i)
        case .bool(let b): return b ? 1 : 0
        default:
            let text = ((try? Protocol.str(code)) ?? "") + "\n"
            do {
                try IOBuiltins.write(text, to: SysModule.stream("stderr"))
            } catch {
                stderr.write(text)
            }
            return 1
        }
    }
}

/// A buffered reader of text from a file descriptor, with CPython's newline handling: stdin and
/// files opened for reading use it.
final class TextReader {
    /// How lines end and whether `\r\n` and `\r` become `\n` (the `newline` argument of open).
    enum Newlines {
        /// newline=None: any of \n, \r\n, \r ends a line and reads as \n.
        case translate
        /// newline='': any of them ends a line, kept as is.
        case universal
        /// newline='\n', '\r' or '\r\n': only that ends a line.
        case only([UInt8])
    }

    let fd: Int32
    let newlines: Newlines
    private(set) var raw: [UInt8] = []
    private(set) var pos = 0
    private(set) var eof = false

    init(fd: Int32, newlines: Newlines = .translate) {
        self.fd = fd
        self.newlines = newlines
    }

    /// Unconsumed bytes in the buffer (for `tell` and before a write in `+` modes).
    var pendingCount: Int { raw.count - pos }

    /// Drops the buffer (after a seek).
    func reset() {
        raw.removeAll(keepingCapacity: true)
        pos = 0
        eof = false
    }

    /// Reads more bytes; false at end of file. A Ctrl-C while blocked raises KeyboardInterrupt.
    @discardableResult
    func fill() throws(PyException) -> Bool {
        if eof { return false }
        // About to wait for the terminal: show what was written so far (a prompt without a
        // newline), as C's stdio does for line-buffered stdout.
        if fd == 0 { Output.flushAll() }
        if pos > 0 {
            raw.removeFirst(pos)
            pos = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let r = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if r < 0 {
                if errno == EINTR {
                    if Interpreter.interruptRequested {
                        Interpreter.interruptRequested = false
                        throw PyException(Types.keyboardInterrupt, args: [])
                    }
                    continue
                }
                throw Runtime.osError(errno: errno)
            }
            if r == 0 {
                eof = true
                return false
            }
            raw.append(contentsOf: chunk[0..<r])
            return true
        }
    }

    /// One line with its ending (translated when asked), at most `limit` characters when
    /// `limit >= 0`; empty at end of file.
    func readLine(limit: Int = -1) throws(PyException) -> [UInt8] {
        var out: [UInt8] = []
        var chars = 0
        while true {
            if pos >= raw.count {
                if try !fill() { return out }
            }
            let b = raw[pos]
            if limit >= 0 && chars >= limit && !isContinuation(b) { return out }
            switch newlines {
            case .translate, .universal:
                if b == 0x0A {
                    out.append(b)
                    pos += 1
                    return out
                }
                if b == 0x0D {
                    pos += 1
                    if pos >= raw.count { try fill() }
                    let crlf = pos < raw.count && raw[pos] == 0x0A
                    if case .translate = newlines {
                        out.append(0x0A)
                    } else {
                        out.append(0x0D)
                        if crlf { out.append(0x0A) }
                    }
                    if crlf { pos += 1 }
                    return out
                }
            case .only(let ending):
                if b == ending.last!, out.count + 1 >= ending.count,
                   Array(out.suffix(ending.count - 1)) + [b] == ending {
                    out.append(b)
                    pos += 1
                    return out
                }
            }
            out.append(b)
            pos += 1
            if !isContinuation(b) { chars += 1 }
        }
    }

    /// Up to `count` characters (all that is left when `count < 0`).
    func read(count: Int) throws(PyException) -> [UInt8] {
        var out: [UInt8] = []
        if count < 0 {
            while try fill() {}
            out.reserveCapacity(raw.count - pos)
        }
        var chars = 0
        while true {
            if pos >= raw.count {
                if try !fill() { return out }
            }
            let b = raw[pos]
            if !isContinuation(b) {
                if count >= 0 && chars == count { return out }
                chars += 1
            }
            if b == 0x0D, case .translate = newlines {
                pos += 1
                if pos >= raw.count { try fill() }
                if pos < raw.count && raw[pos] == 0x0A { pos += 1 }
                out.append(0x0A)
                continue
            }
            out.append(b)
            pos += 1
        }
    }

    @inline(__always) private func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
}
