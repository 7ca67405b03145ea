#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `sys` module (Python/sysmodule.c). `sys.modules`, `sys.path` and `sys.argv` are the live
/// objects of `Interpreter.shared`, so the import system and the CLI see what user code changes.
public enum SysModule {
    /// The version we claim: CPython 3.11.7's language, our own implementation.
    public static let versionInfo = (major: 3, minor: 11, micro: 7)
    public static let implementationVersion = (major: 0, minor: 1, micro: 0)
    public static let version = "3.11.7 (jitbook 0.1.0)"

    /// `sys.get_int_max_str_digits()`: the limit int/str conversions check (0: none).
    public nonisolated(unsafe) static var intMaxStrDigits = 4300

    /// The module made by the last `make()`, which `print` and `input` read `stdout`/`stdin` from.
    public private(set) nonisolated(unsafe) static var module: PyModule?

    /// The standard streams as made at start-up (`sys.__stdout__` and friends).
    public static let standardStdout = PyTextFile(
        name: .str("<stdout>"), mode: "w", encoding: "utf-8", codec: .utf8, fd: 1, reader: nil,
        writer: Output.stdout, closesDescriptor: false)
    public static let standardStderr = PyTextFile(
        name: .str("<stderr>"), mode: "w", encoding: "utf-8", codec: .utf8, fd: 2, reader: nil,
        writer: Output.stderr, closesDescriptor: false)
    public static let standardStdin = PyTextFile(
        name: .str("<stdin>"), mode: "r", encoding: "utf-8", codec: .utf8, fd: 0,
        reader: TextReader(fd: 0), writer: nil, closesDescriptor: false)

    private static let stdoutName = Names.intern("stdout")
    private static let stderrName = Names.intern("stderr")
    private static let stdinName = Names.intern("stdin")

    /// The current `sys.stdout` / `sys.stderr` / `sys.stdin` (what user code may have put there,
    /// None included), or the standard stream when no sys module was made yet.
    public static func stream(_ name: String) -> PyValue {
        let key = name == "stdout" ? stdoutName : name == "stderr" ? stderrName
            : name == "stdin" ? stdinName : Names.intern(name)
        if let m = module, let v = m.dict!.lookup(interned: key) { return v }
        switch name {
        case "stdout": return .object(standardStdout)
        case "stderr": return .object(standardStderr)
        default: return .object(standardStdin)
        }
    }

    static var versionInfoType: PyType = StructSequence.makeType(
        "version_info", module: "sys", fields: ["major", "minor", "micro", "releaselevel", "serial"])
    static var floatInfoType: PyType = StructSequence.makeType(
        "float_info", module: "sys",
        fields: ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                 "mant_dig", "epsilon", "radix", "rounds"])
    static var intInfoType: PyType = StructSequence.makeType(
        "int_info", module: "sys",
        fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                 "str_digits_check_threshold"])
    static var flagsType: PyType = StructSequence.makeType(
        "flags", module: "sys",
        fields: ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                 "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                 "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                 "warn_default_encoding", "safe_path", "int_max_str_digits"])

    static var hashInfoType: PyType = StructSequence.makeType(
        "hash_info", module: "sys",
        fields: ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"])
    static var threadInfoType: PyType = StructSequence.makeType(
        "thread_info", module: "sys", fields: ["name", "lock", "version"])

    static func installTypes() {
        _ = hashInfoType
        _ = threadInfoType
        _ = versionInfoType
        _ = floatInfoType
        _ = intInfoType
        _ = flagsType
    }

    /// Makes the `sys` module (`Interpreter.shared.builtinModuleFactories["sys"]`).
    public static func make() throws(PyException) -> PyModule {
        let m = PyModule(name: "sys")
        let d = m.dict!
        d.setItem("__doc__", .str("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."))
        let interp = Interpreter.shared
        d.setItem("modules", .object(interp.modules))
        d.setItem("path", .object(interp.path))
        d.setItem("argv", .object(interp.argv))
        d.setItem("orig_argv", .object(PyList(CommandLine.arguments.map { .str($0) })))
        d.setItem("meta_path", .object(PyList()))
        d.setItem("path_hooks", .object(PyList()))
        d.setItem("path_importer_cache", .object(PyDict()))
        d.setItem("warnoptions", .object(PyList()))
        for (name, f) in [("stdout", standardStdout), ("stderr", standardStderr), ("stdin", standardStdin)] {
            d.setItem(name, .object(f))
            d.setItem("__\(name)__", .object(f))
        }
        addInfo(d)
        addFunctions(m)
        module = m
        return m
    }

    private static func addInfo(_ d: PyDict) {
        d.setItem("version", .str(version))
        d.setItem("version_info", StructSequence.make(versionInfoType, [
            .int(versionInfo.major), .int(versionInfo.minor), .int(versionInfo.micro),
            .str("final"), .int(0),
        ]))
        d.setItem("hexversion", .int(0x030B07F0))
        d.setItem("api_version", .int(1013))
        d.setItem("implementation", SimpleNamespace.make([
            ("name", .str("jitbook")),
            ("cache_tag", .none),
            ("version", StructSequence.make(versionInfoType, [
                .int(implementationVersion.major), .int(implementationVersion.minor),
                .int(implementationVersion.micro), .str("alpha"), .int(0),
            ])),
            ("hexversion", .int(0x000100A0)),
        ]))
        d.setItem("maxsize", .int(Int.max))
        d.setItem("maxunicode", .int(0x10FFFF))
        d.setItem("byteorder", .str(1.littleEndian == 1 ? "little" : "big"))
        #if os(macOS)
        d.setItem("platform", .str("darwin"))
        #else
        d.setItem("platform", .str("linux"))
        #endif
        let exe = executablePath()
        d.setItem("executable", .str(exe))
        d.setItem("_base_executable", .str(exe))
        let prefix = parentDirectory(parentDirectory(exe))
        for key in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
            d.setItem(key, .str(prefix))
        }
        d.setItem("platlibdir", .str("lib"))
        d.setItem("float_info", StructSequence.make(floatInfoType, [
            .float(Double.greatestFiniteMagnitude), .int(1024), .int(308),
            .float(Double.leastNormalMagnitude), .int(-1021), .int(-307), .int(15), .int(53),
            .float(Double.ulpOfOne), .int(2), .int(1),
        ]))
        d.setItem("float_repr_style", .str("short"))
        // What hash() implements: the 2**61 - 1 numeric modulus and SipHash-1-3 for str/bytes.
        d.setItem("hash_info", StructSequence.make(hashInfoType, [
            .int(64), .int((1 << 61) - 1), .int(314159), .int(0), .int(1000003), .str("siphash13"),
            .int(64), .int(128), .int(0),
        ]))
        d.setItem("thread_info", StructSequence.make(threadInfoType, [.str("pthread"), .str("semaphore"), .none]))
        d.setItem("abiflags", .str(""))
        d.setItem("int_info", StructSequence.make(intInfoType, [.int(30), .int(4), .int(4300), .int(640)]))
        var flags: [PyValue] = Array(repeating: .int(0), count: 18)
        flags[11] = .int(1)  // hash_randomization
        flags[13] = .false  // dev_mode
        flags[16] = .false  // safe_path
        flags[17] = .int(-1)  // int_max_str_digits
        d.setItem("flags", StructSequence.make(flagsType, flags))
        d.setItem("dont_write_bytecode", .true)
        d.setItem("copyright", .str("Copyright (c) Jitbook authors.\nPython language: Copyright (c) 2001-2023 Python Software Foundation."))
        var builtinNames = Set(Interpreter.shared.builtinModuleFactories.keys)
        builtinNames.formUnion(["sys", "builtins"])
        d.setItem("builtin_module_names", .object(PyTuple(builtinNames.sorted().map { .str($0) })))
    }

    nonisolated(unsafe) static var switchInterval = 0.005

    private static func addFunctions(_ m: PyModule) {
        let d = m.dict!
        func def(_ name: String, _ doc: String? = nil, _ f: @escaping NativeFunction) {
            d.setItem(name, .object(PyBuiltinFunction(name: name, doc: doc, module: "sys", f)))
        }
        def("exit", "Exit the interpreter by raising SystemExit(status).") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("exit", min: 0, max: 1)
            guard let status = args.first else { throw Runtime.systemExit(nil) }
            if case .object(let t as PyTuple) = status {
                let e = PyException(Types.systemExit, args: t.elements)
                e.value.dict!.setItem("code", Runtime.systemExitCode(t.elements))
                throw e
            }
            throw Runtime.systemExit(status)
        }
        def("getrecursionlimit") { (a) throws(PyException) -> PyValue in
            try a.none("getrecursionlimit")
            return .int(Interpreter.shared.recursionLimit)
        }
        def("setrecursionlimit") { (a) throws(PyException) -> PyValue in
            let limit = try Protocol.index(a.single("setrecursionlimit"))
            if limit < 1 { throw .valueError("recursion limit must be greater or equal than 1") }
            let depth = Interpreter.shared.recursionDepth
            if depth >= limit {
                throw PyException(Types.recursionError,
                    "cannot set the recursion limit to \(limit) at the recursion depth \(depth): the limit is too low")
            }
            Interpreter.shared.recursionLimit = limit
            return .none
        }
        def("get_int_max_str_digits") { (a) throws(PyException) -> PyValue in
            try a.none("get_int_max_str_digits")
            return .int(intMaxStrDigits)
        }
        def("set_int_max_str_digits") { (a) throws(PyException) -> PyValue in
            let p = try a.bind("set_int_max_str_digits", ["maxdigits"], required: 1)
            let n = try Protocol.index(p[0]!)
            if n != 0 && n < 640 { throw .valueError("maxdigits must be 0 or larger than 640") }
            intMaxStrDigits = n
            return .none
        }
        def("exc_info") { (a) throws(PyException) -> PyValue in
            try a.none("exc_info")
            guard let e = Interpreter.shared.handledException else {
                return .object(PyTuple([.none, .none, .none]))
            }
            let tb: PyValue = e.traceback.isEmpty ? .none : .object(TracebackObject(e.traceback, at: 0))
            return .object(PyTuple([.object(e.type), .object(e), tb]))
        }
        def("exception") { (a) throws(PyException) -> PyValue in
            try a.none("exception")
            return Interpreter.shared.handledException.map { .object($0) } ?? .none
        }
        // One thread and no GIL to hand over: the interval is only remembered.
        def("getswitchinterval") { (a) throws(PyException) -> PyValue in
            try a.none("getswitchinterval")
            return .float(switchInterval)
        }
        def("setswitchinterval") { (a) throws(PyException) -> PyValue in
            let v = try FloatMath.construct(a.single("setswitchinterval"))
            if v <= 0 { throw .valueError("switch interval must be strictly positive") }
            switchInterval = v
            return .none
        }
        def("is_finalizing") { (a) throws(PyException) -> PyValue in
            try a.none("is_finalizing")
            return .false
        }
        def("intern") { (a) throws(PyException) -> PyValue in
            let v = try a.single("intern")
            guard case .object(let o) = v, let s = o as? PyStr, o.type === Types.str else {
                throw .typeError("intern() argument must be str, not \(v.type.name)")
            }
            return .object(Names.intern(s.value))
        }
        def("getdefaultencoding") { (a) throws(PyException) -> PyValue in
            try a.none("getdefaultencoding")
            return .str("utf-8")
        }
        def("getfilesystemencoding") { (a) throws(PyException) -> PyValue in
            try a.none("getfilesystemencoding")
            return .str("utf-8")
        }
        def("getfilesystemencodeerrors") { (a) throws(PyException) -> PyValue in
            try a.none("getfilesystemencodeerrors")
            return .str("surrogateescape")
        }
        def("getsizeof", "Return the size of object in bytes (CPython's sizes for the common types).") {
            (a) throws(PyException) -> PyValue in
            let p = try a.bind("getsizeof", ["object", "default"], required: 1)
            return .int(approximateSize(p[0]!))
        }
        def("gettrace") { (_) throws(PyException) -> PyValue in .none }
        def("settrace") { (_) throws(PyException) -> PyValue in .none }
        def("getprofile") { (_) throws(PyException) -> PyValue in .none }
        def("setprofile") { (_) throws(PyException) -> PyValue in .none }
        let excepthook = PyBuiltinFunction(name: "excepthook", module: "sys") {
            (a) throws(PyException) -> PyValue in
            let args = try a.positional("excepthook", min: 3, max: 3)
            guard case .object(let o) = args[1], let e = o as? PyBaseException else {
                try IOBuiltins.write("TypeError: print_exception(): Exception expected for value, "
                    + "\(args[1].type.name) found\n", to: stream("stderr"))
                return .none
            }
            Output.printException(e)
            return .none
        }
        d.setItem("excepthook", .object(excepthook))
        d.setItem("__excepthook__", .object(excepthook))
        let displayhook = PyBuiltinFunction(name: "displayhook", module: "sys") {
            (a) throws(PyException) -> PyValue in
            let v = try a.single("displayhook")
            if v.isNone { return .none }
            Runtime.builtins.setItem("_", .none)
            try IOBuiltins.write(try Protocol.repr(v) + "\n", to: stream("stdout"))
            Runtime.builtins.setItem("_", v)
            return .none
        }
        d.setItem("displayhook", .object(displayhook))
        d.setItem("__displayhook__", .object(displayhook))
    }

    /// `sys.getsizeof` for the common types, with CPython 3.11's 64-bit sizes.
    static func approximateSize(_ v: PyValue) -> Int {
        switch v {
        case .int(let i):
            if i == 0 { return 24 }
            let bits = Int.bitWidth - i.magnitude.leadingZeroBitCount
            return 24 + 4 * ((bits + 29) / 30)
        case .bool(let b): return b ? 28 : 24
        case .float: return 24
        case .none, .null: return 16
        case .object(let o):
            if let s = o as? PyStr {
                if s.isASCII { return 49 + s.value.utf8.count }
                let maxScalar = s.value.unicodeScalars.map(\.value).max() ?? 0
                let width = maxScalar < 0x100 ? 1 : maxScalar < 0x10000 ? 2 : 4
                return (width == 1 ? 73 : width == 2 ? 74 : 76) + width * s.count
            }
            if let l = o as? PyList { return 56 + 8 * l.elements.count }
            if let t = o as? PyTuple { return 40 + 8 * t.elements.count }
            if let d = o as? PyDict { return d.count == 0 ? 64 : 64 + 8 * Swift.max(8, d.count * 3 / 2) * 3 }
            if let l = o as? PyLong {
                let bits = l.value.magnitude.bitWidth
                return 24 + 4 * ((bits + 29) / 30)
            }
            return 48
        }
    }

    private static func executablePath() -> String {
        #if os(Linux)
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        if n > 0 {
            buf[n] = 0
            return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        #endif
        return CommandLine.arguments.first ?? ""
    }

    private static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}
