#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// OSError(errno, strerror[, filename[, winerror[, filename2]]]) and its errno-named
/// subclasses (Objects/exceptions.c, `OSError_new`/`OSError_init`/`OSError_str`).
extension Runtime {
    /// The subclass CPython picks for an errno when `OSError(errno, ...)` is called.
    static func osErrorSubclass(errno code: Int) -> PyType? {
        switch Int32(truncatingIfNeeded: code) {
        case EAGAIN, EALREADY, EINPROGRESS, EWOULDBLOCK: return Types.blockingIOError
        case ECHILD: return Types.childProcessError
        case EPIPE, ESHUTDOWN: return Types.brokenPipeError
        case ECONNABORTED: return Types.connectionAbortedError
        case ECONNREFUSED: return Types.connectionRefusedError
        case ECONNRESET: return Types.connectionResetError
        case EEXIST: return Types.fileExistsError
        case ENOENT: return Types.fileNotFoundError
        case EISDIR: return Types.isADirectoryError
        case ENOTDIR: return Types.notADirectoryError
        case EINTR: return Types.interruptedError
        case EACCES, EPERM: return Types.permissionError
        case ESRCH: return Types.processLookupError
        case ETIMEDOUT: return Types.timeoutError
        default: return nil
        }
    }

    /// Parses OSError's constructor arguments: sets the attributes and trims `args` to
    /// (errno, strerror) when a filename was given, as CPython does.
    private static func parseOSErrorArgs(_ e: PyBaseException, _ args: [PyValue]) {
        e.args = args
        guard (2...5).contains(args.count) else { return }
        e.dict!.setItem("errno", args[0])
        e.dict!.setItem("strerror", args[1])
        if args.count >= 3 {
            e.dict!.setItem("filename", args[2])
            if args.count == 5 { e.dict!.setItem("filename2", args[4]) }
            if !args[2].isNone { e.args = Array(args[0..<2]) }
        }
    }

    static func installOSError() {
        let t = Types.osError
        t.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            var cls = try exceptionClass(a, "OSError.__new__")
            let args = Array(a.values[1..<a.count])
            if cls === Types.osError, (2...5).contains(args.count), case .int(let code) = args[0],
               let sub = osErrorSubclass(errno: code) {
                cls = sub
            }
            let e = PyBaseException(type: cls, args: args)
            parseOSErrorArgs(e, args)
            return .object(e)
        }
        t.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let e = try exceptionSelf(a, "__init__")
            if a.hasKeywords { throw .typeError("\(e.type.name)() takes no keyword arguments") }
            parseOSErrorArgs(e, Array(a.values[1..<a.count]))
            return .none
        }
        t.addMethod("__str__") { (a) throws(PyException) -> PyValue in
            .str(try osErrorStr(exceptionSelf(a, "__str__")))
        }
        addStoredAttribute(t, "errno") { (2...5).contains($0.args.count) ? $0.args[0] : .none }
        addStoredAttribute(t, "strerror") { (2...5).contains($0.args.count) ? $0.args[1] : .none }
        addStoredAttribute(t, "filename") { (3...5).contains($0.args.count) ? $0.args[2] : .none }
        addStoredAttribute(t, "filename2") { $0.args.count == 5 ? $0.args[4] : .none }
    }

    private static func osErrorStr(_ e: PyBaseException) throws(PyException) -> String {
        func attr(_ name: String) throws(PyException) -> PyValue {
            try Protocol.getAttr(.object(e), Names.intern(name))
        }
        let errno = try attr("errno"), strerror = try attr("strerror")
        let filename = try attr("filename"), filename2 = try attr("filename2")
        if !filename.isNone {
            var s = "[Errno \(try Protocol.str(errno))] \(try Protocol.str(strerror)): "
                + (try Protocol.repr(filename))
            if !filename2.isNone { s += " -> " + (try Protocol.repr(filename2)) }
            return s
        }
        if !errno.isNone && !strerror.isNone {
            return "[Errno \(try Protocol.str(errno))] \(try Protocol.str(strerror))"
        }
        return try baseStr(e)
    }

    /// The OSError subclass for a C `errno`, as CPython raises it from a failed system call:
    /// `FileNotFoundError: [Errno 2] No such file or directory: 'nope.txt'`.
    public static func osError(errno code: Int32, filename: String? = nil,
                               filename2: String? = nil) -> PyException {
        let message = String(cString: strerror(code))
        let type = osErrorSubclass(errno: Int(code)) ?? Types.osError
        let e = PyBaseException(type: type, args: [.int(Int(code)), .str(message)])
        e.dict!.setItem("errno", .int(Int(code)))
        e.dict!.setItem("strerror", .str(message))
        e.dict!.setItem("filename", filename.map { .str($0) } ?? .none)
        e.dict!.setItem("filename2", filename2.map { .str($0) } ?? .none)
        return PyException(e)
    }
}
