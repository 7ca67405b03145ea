#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text file object (`_io.TextIOWrapper`): what `open()` returns in text mode and what
/// `sys.stdout`, `sys.stderr` and `sys.stdin` are.
///
/// CPython stacks TextIOWrapper over BufferedReader/Writer over FileIO; one class does all three
/// here: a `TextReader` for reading, an `OutputStream` for writing, and the descriptor.
public final class PyTextFile: PyObject {
    /// `name`: the path as given, or the descriptor number, or `<stdout>` for the standard ones.
    public let name: PyValue
    public let mode: String
    public let encoding: String
    let codec: TextCodec
    let reader: TextReader?
    let writer: OutputStream?
    public let fd: Int32
    /// Whether `close()` closes the descriptor (not for the standard streams).
    let closesDescriptor: Bool
    /// What `\n` becomes when written (newline='\r' or '\r\n').
    let writeNewline: [UInt8]?
    public private(set) var closed = false

    init(name: PyValue, mode: String, encoding: String, codec: TextCodec, fd: Int32,
         reader: TextReader?, writer: OutputStream?, closesDescriptor: Bool,
         writeNewline: [UInt8]? = nil) {
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.codec = codec
        self.fd = fd
        self.reader = reader
        self.writer = writer
        self.closesDescriptor = closesDescriptor
        self.writeNewline = writeNewline
        super.init(type: IOTypes.textIOWrapper)
    }

    deinit {
        // CPython closes (and so flushes) a file when it is collected.
        if !closed {
            writer?.flush()
            if closesDescriptor { systemClose(fd) }
        }
    }

    func checkOpen() throws(PyException) {
        if closed { throw .valueError("I/O operation on closed file.") }
    }

    func checkReadable() throws(PyException) -> TextReader {
        try checkOpen()
        guard let r = reader else { throw PyException(IOTypes.unsupportedOperation, "not readable") }
        return r
    }

    func checkWritable() throws(PyException) -> OutputStream {
        try checkOpen()
        guard let w = writer else { throw PyException(IOTypes.unsupportedOperation, "not writable") }
        return w
    }

    /// `write(s)`: returns the number of characters written.
    public func write(_ s: String) throws(PyException) {
        let w = try checkWritable()
        // In `+` modes, give back what was read ahead before writing at the logical position.
        if let r = reader, r.pendingCount > 0 {
            lseek(fd, off_t(-r.pendingCount), SEEK_CUR)
            r.reset()
        }
        if codec == .utf8 && writeNewline == nil {
            w.write(s)
        } else {
            var bytes = try codec.encode(s)
            if let nl = writeNewline {
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count)
                for b in bytes {
                    if b == 0x0A { out.append(contentsOf: nl) } else { out.append(b) }
                }
                bytes = out
            }
            w.write(bytes: bytes)
        }
        try w.checkError()
    }

    /// Reading: first hands written text to the system so reads see it (`+` modes).
    func prepareRead() throws(PyException) -> TextReader {
        let r = try checkReadable()
        if let w = writer, w.bufferedCount > 0 {
            w.flush()
            try w.checkError()
        }
        return r
    }

    public func flush() throws(PyException) {
        try checkOpen()
        writer?.flush()
        try writer?.checkError()
    }

    public func close() throws(PyException) {
        if closed { return }
        writer?.flush()
        closed = true
        if closesDescriptor { systemClose(fd) }
        try writer?.checkError()
    }

    /// `tell()`: the byte position of the next read or write.
    func tell() throws(PyException) -> Int {
        try checkOpen()
        let here = lseek(fd, 0, SEEK_CUR)
        if here < 0 { throw Runtime.osError(errno: errno) }
        return Int(here) + (writer?.bufferedCount ?? 0) - (reader?.pendingCount ?? 0)
    }

    /// `seek(offset, whence)` with TextIOWrapper's restrictions on relative seeks.
    func seek(_ offset: Int, whence: Int) throws(PyException) -> Int {
        try checkOpen()
        switch whence {
        case 0:
            if offset < 0 { throw .valueError("negative seek position \(offset)") }
        case 1:
            if offset != 0 {
                throw PyException(IOTypes.unsupportedOperation, "can't do nonzero cur-relative seeks")
            }
            return try tell()
        case 2:
            if offset != 0 {
                throw PyException(IOTypes.unsupportedOperation, "can't do nonzero end-relative seeks")
            }
        default:
            throw .valueError("invalid whence (\(whence), should be 0, 1 or 2)")
        }
        writer?.flush()
        try writer?.checkError()
        reader?.reset()
        let r = lseek(fd, off_t(offset), whence == 0 ? SEEK_SET : SEEK_END)
        if r < 0 { throw Runtime.osError(errno: errno) }
        return Int(r)
    }

    func decode(_ bytes: [UInt8]) throws(PyException) -> String {
        try codec.decode(bytes)
    }
}

/// The encodings text files support: UTF-8 (the default), ASCII and Latin-1.
enum TextCodec: Equatable {
    case utf8, ascii, latin1

    /// The codec for an `encoding=` name, by CPython's normalisation of the common spellings.
    init?(name: String) {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch n {
        case "utf-8", "utf8", "u8", "utf", "cp65001": self = .utf8
        case "ascii", "us-ascii", "646": self = .ascii
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
            self = .latin1
        default: return nil
        }
    }

    var pythonName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    /// The text of `bytes`; invalid input raises the codec's UnicodeDecodeError.
    func decode(_ bytes: [UInt8]) throws(PyException) -> String {
        switch self {
        case .utf8:
            if let s = String(validating: bytes, as: UTF8.self) { return s }
        case .ascii:
            if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        case .latin1:
            break
        }
        return try BytesOps.decode(bytes, encoding: pythonName, errors: "strict").value
    }

    /// The octets of `s`; unencodable characters raise the codec's UnicodeEncodeError.
    func encode(_ s: String) throws(PyException) -> [UInt8] {
        if self == .utf8 { return Array(s.utf8) }
        return try StrOps.encode(PyStr(s), encoding: pythonName, errors: "strict")
    }
}

/// The `_io` types.
public enum IOTypes {
    public static let textIOWrapper: PyType = {
        let t = Types.make("TextIOWrapper", subclassable: false, module: "_io")
        t.doc = "Character and line based layer over a BufferedIOBase object, buffer."
        return t
    }()

    /// `io.UnsupportedOperation`: both an OSError and a ValueError, as in CPython.
    public static let unsupportedOperation: PyType = {
        PyType(name: "UnsupportedOperation", bases: [Types.osError, Types.valueError],
               layout: .exception, metatype: Types.type, module: "io")
    }()
}
