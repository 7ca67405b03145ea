#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The methods and attributes of `_io.TextIOWrapper` (Modules/_io/textio.c).
extension IOTypes {
    static func installTextIOWrapper() {
        let t = textIOWrapper
        func me(_ a: Arguments, _ method: String) throws(PyException) -> PyTextFile {
            guard a.count >= 1, case .object(let o) = a[0], let f = o as? PyTextFile else {
                throw .typeError("descriptor '\(method)' requires a '_io.TextIOWrapper' object")
            }
            return f
        }
        func meValue(_ v: PyValue) throws(PyException) -> PyTextFile {
            guard case .object(let o) = v, let f = o as? PyTextFile else {
                throw .typeError("descriptor requires a '_io.TextIOWrapper' object")
            }
            return f
        }
        /// An optional size argument: None or missing means -1.
        func size(_ a: Arguments, _ method: String) throws(PyException) -> Int {
            let args = try a.positional(method, min: 1, max: 2)
            guard args.count == 2, !args[1].isNone else { return -1 }
            return try Protocol.index(args[1])
        }

        t.addMethod("write") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "write")
            let args = try a.positional("write", min: 2, max: 2)
            guard case .object(let o) = args[1], let s = o as? PyStr else {
                throw .typeError("write() argument must be str, not \(args[1].type.name)")
            }
            try f.write(s.value)
            return .int(s.count)
        }
        t.addMethod("writelines") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "writelines")
            let args = try a.positional("writelines", min: 2, max: 2)
            func writeLine(_ line: PyValue) throws(PyException) {
                guard case .object(let o) = line, let s = o as? PyStr else {
                    throw .typeError("write() argument must be str, not \(line.type.name)")
                }
                try f.write(s.value)
            }
            if case .object(let o) = args[1], o is PyList || o is PyTuple {
                for line in try Protocol.toArray(args[1]) { try writeLine(line) }
                return .none
            }
            let it = try Protocol.getIter(args[1])
            while let line = try Protocol.next(it) { try writeLine(line) }
            return .none
        }
        t.addMethod("read") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "read")
            let n = try size(a, "read")
            return .str(try f.decode(f.prepareRead().read(count: n)))
        }
        t.addMethod("readline") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "readline")
            let n = try size(a, "readline")
            return .str(try f.decode(f.prepareRead().readLine(limit: n)))
        }
        t.addMethod("readlines") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "readlines")
            let hint = try size(a, "readlines")
            let r = try f.prepareRead()
            var lines: [PyValue] = []
            var total = 0
            while true {
                let line = try r.readLine()
                if line.isEmpty { break }
                let s = try f.decode(line)
                lines.append(.str(s))
                total += s.unicodeScalars.count
                if hint > 0 && total >= hint { break }
            }
            return .object(PyList(lines))
        }
        t.addMethod("__iter__") { (a) throws(PyException) -> PyValue in
            try me(a, "__iter__").checkOpen()
            return a[0]
        }
        t.addMethod("__next__") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "__next__")
            let line = try f.prepareRead().readLine()
            if line.isEmpty { throw PyException.stopIteration() }
            return .str(try f.decode(line))
        }
        t.addMethod("__enter__") { (a) throws(PyException) -> PyValue in
            try me(a, "__enter__").checkOpen()
            return a[0]
        }
        t.addMethod("__exit__") { (a) throws(PyException) -> PyValue in
            try me(a, "__exit__").close()
            return .none
        }
        t.addMethod("close") { (a) throws(PyException) -> PyValue in
            try me(a, "close").close()
            return .none
        }
        t.addMethod("flush") { (a) throws(PyException) -> PyValue in
            try me(a, "flush").flush()
            return .none
        }
        t.addMethod("fileno") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "fileno")
            try f.checkOpen()
            return .int(Int(f.fd))
        }
        t.addMethod("isatty") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "isatty")
            try f.checkOpen()
            return .bool(isatty(f.fd) != 0)
        }
        t.addMethod("readable") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "readable")
            try f.checkOpen()
            return .bool(f.reader != nil)
        }
        t.addMethod("writable") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "writable")
            try f.checkOpen()
            return .bool(f.writer != nil)
        }
        t.addMethod("seekable") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "seekable")
            try f.checkOpen()
            return .bool(lseek(f.fd, 0, SEEK_CUR) >= 0)
        }
        t.addMethod("tell") { (a) throws(PyException) -> PyValue in
            .int(try me(a, "tell").tell())
        }
        t.addMethod("seek") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "seek")
            let args = try a.positional("seek", min: 2, max: 3)
            let whence = args.count == 3 ? try Protocol.index(args[2]) : 0
            return .int(try f.seek(Protocol.index(args[1]), whence: whence))
        }
        t.addMethod("truncate") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "truncate")
            let args = try a.positional("truncate", min: 1, max: 2)
            _ = try f.checkWritable()
            try f.flush()
            let size = args.count == 2 && !args[1].isNone ? try Protocol.index(args[1]) : try f.tell()
            if ftruncate(f.fd, off_t(size)) != 0 { throw Runtime.osError(errno: errno) }
            return .int(size)
        }
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let f = try me(a, "__repr__")
            return .str("<_io.TextIOWrapper name=\(try Protocol.repr(f.name)) mode="
                + "\(try Protocol.repr(.str(f.mode))) encoding=\(try Protocol.repr(.str(f.encoding)))>")
        }
        t.addGetSet("closed", get: { (v) throws(PyException) -> PyValue in .bool(try meValue(v).closed) })
        t.addGetSet("name", get: { (v) throws(PyException) -> PyValue in try meValue(v).name })
        t.addGetSet("mode", get: { (v) throws(PyException) -> PyValue in .str(try meValue(v).mode) })
        t.addGetSet("encoding", get: { (v) throws(PyException) -> PyValue in
            .str(try meValue(v).encoding)
        })
        t.addGetSet("errors", get: { (_) throws(PyException) -> PyValue in .str("strict") })
        t.addGetSet("newlines", get: { (_) throws(PyException) -> PyValue in .none })
        t.addGetSet("line_buffering", get: { (v) throws(PyException) -> PyValue in
            .bool(try meValue(v).writer?.lineBuffered ?? false)
        })
    }
}
