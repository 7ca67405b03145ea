#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `open()` in text mode (Modules/_io/_iomodule.c `_io_open_impl`, FileIO's mode handling).
extension IOTypes {
    /// The parsed `mode` argument.
    struct OpenMode {
        var reading = false, writing = false, appending = false, creating = false
        var updating = false, binary = false, text = false

        /// CPython's checks and messages, in its order.
        init(_ mode: String) throws(PyException) {
            var seen = Set<Character>()
            for c in mode {
                guard "rwaxb+t".contains(c), !seen.contains(c) else {
                    throw .valueError("invalid mode: '\(mode)'")
                }
                seen.insert(c)
                switch c {
                case "r": reading = true
                case "w": writing = true
                case "a": appending = true
                case "x": creating = true
                case "+": updating = true
                case "b": binary = true
                default: text = true
                }
            }
            if text && binary { throw .valueError("can't have text and binary mode at once") }
            let kinds = [creating, reading, writing, appending].filter { $0 }.count
            if kinds != 1 {
                throw .valueError("must have exactly one of create/read/write/append mode")
            }
        }

        /// Flags for open(2).
        var flags: Int32 {
            var f: Int32 = updating ? O_RDWR : (reading ? O_RDONLY : O_WRONLY)
            if writing { f |= O_CREAT | O_TRUNC }
            if appending { f |= O_CREAT | O_APPEND }
            if creating { f |= O_CREAT | O_EXCL }
            return f | O_CLOEXEC
        }
    }

    /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
    /// closefd=True, opener=None)` for text files.
    static func open(_ a: Arguments) throws(PyException) -> PyValue {
        let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
        let p = try a.bind("open", names, required: 1)
        let file = p[0]!
        var modeString = "r"
        if let m = p[1] {
            guard case .object(let o) = m, let s = o as? PyStr else {
                throw .typeError("open() argument 'mode' must be str, not \(m.type.name)")
            }
            modeString = s.value
        }
        let mode = try OpenMode(modeString)
        if mode.binary {
            throw .notImplementedError("open(): binary mode files are not supported yet")
        }
        var encodingName = "UTF-8"
        var codec = TextCodec.utf8
        if let e = p[3], !e.isNone {
            guard case .object(let o) = e, let s = o as? PyStr else {
                throw .typeError("open() argument 'encoding' must be str or None, not \(e.type.name)")
            }
            guard let c = TextCodec(name: s.value) else {
                throw PyException(Types.lookupError, "unknown encoding: \(s.value)")
            }
            encodingName = s.value
            codec = c
        }
        var newlines = TextReader.Newlines.translate
        var writeNewline: [UInt8]?
        if let n = p[5], !n.isNone {
            guard case .object(let o) = n, let s = o as? PyStr else {
                throw .typeError("open() argument 'newline' must be str or None, not \(n.type.name)")
            }
            switch s.value {
            case "": newlines = .universal
            case "\n": newlines = .only([0x0A])
            case "\r":
                newlines = .only([0x0D])
                writeNewline = [0x0D]
            case "\r\n":
                newlines = .only([0x0D, 0x0A])
                writeNewline = [0x0D, 0x0A]
            default: throw .valueError("illegal newline value: \(s.value)")
            }
        }
        let closefd = try p[6].map { (v) throws(PyException) -> Bool in try Protocol.isTrue(v) } ?? true

        let fd: Int32
        let nameValue: PyValue
        switch file {
        case .int(let n):
            fd = Int32(truncatingIfNeeded: n)
            nameValue = file
        case .object(let o as PyStr):
            nameValue = file
            if o.value.utf8.contains(0) { throw .valueError("embedded null character") }
            if !closefd { throw .valueError("Cannot use closefd=False with file name") }
            fd = systemOpen(o.value, mode.flags, 0o666)
            if fd < 0 { throw Runtime.osError(errno: errno, filename: o.value) }
            // open(2) lets a directory be opened for reading; CPython refuses it.
            var st = stat()
            if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                systemClose(fd)
                throw Runtime.osError(errno: EISDIR, filename: o.value)
            }
        default:
            throw .typeError("expected str, bytes or os.PathLike object, not \(file.type.name)")
        }
        // CPython's mode attribute: the mode as given, minus 'b'/'t' distinctions it keeps.
        let reader = mode.reading || mode.updating ? TextReader(fd: fd, newlines: newlines) : nil
        let writer = mode.writing || mode.appending || mode.creating || mode.updating
            ? OutputStream(fd: fd, lineBuffered: isatty(fd) != 0) : nil
        if mode.appending { lseek(fd, 0, SEEK_END) }
        let f = PyTextFile(name: nameValue, mode: modeString, encoding: encodingName, codec: codec,
                           fd: fd, reader: reader, writer: writer,
                           closesDescriptor: closefd, writeNewline: writeNewline)
        return .object(f)
    }
}

/// open(2) and close(2): `IOTypes.open` and `PyTextFile.close` shadow the C names.
func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
@discardableResult func systemClose(_ fd: Int32) -> Int32 { close(fd) }
