#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `time` module (Modules/timemodule.c): clocks, an interruptible `sleep`, and the
/// struct_time conversions.
public enum TimeModule {
    static let structTimeType: PyType = StructSequence.makeType(
        "struct_time", module: "time",
        fields: ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                 "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
        visible: 9)

    /// How often `sleep` looks at `Interpreter.interruptRequested`.
    static let interruptPollNanoseconds = 10_000_000

    /// Registers `make` as the factory of the `time` module.
    static func register() {
        let factory: () throws(PyException) -> PyModule = { () throws(PyException) -> PyModule in
            try make()
        }
        Interpreter.shared.builtinModuleFactories["time"] = factory
    }

    /// Makes the `time` module (`Interpreter.shared.builtinModuleFactories["time"]`).
    public static func make() throws(PyException) -> PyModule {
        let m = PyModule(name: "time")
        let d = m.dict!
        func def(_ name: String, _ doc: String? = nil, _ f: @escaping NativeFunction) {
            d.setItem(name, .object(PyBuiltinFunction(name: name, doc: doc, module: "time", f)))
        }
        func clock(_ name: String, _ id: clockid_t) {
            def(name) { (a) throws(PyException) -> PyValue in
                try a.none(name)
                return .float(seconds(id))
            }
            def(name + "_ns") { (a) throws(PyException) -> PyValue in
                try a.none(name + "_ns")
                return .int(nanoseconds(id))
            }
        }
        clock("time", CLOCK_REALTIME)
        clock("monotonic", CLOCK_MONOTONIC)
        clock("perf_counter", CLOCK_MONOTONIC)
        clock("process_time", CLOCK_PROCESS_CPUTIME_ID)
        clock("thread_time", CLOCK_THREAD_CPUTIME_ID)
        def("sleep", "sleep(seconds)\n\nDelay execution for a given number of seconds.") {
            (a) throws(PyException) -> PyValue in
            try sleep(secondsArgument(a.single("sleep")))
            return .none
        }
        def("localtime") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("localtime", min: 0, max: 1)
            return try structTime(timestamp(args.first), local: true)
        }
        def("gmtime") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("gmtime", min: 0, max: 1)
            return try structTime(timestamp(args.first), local: false)
        }
        def("mktime") { (a) throws(PyException) -> PyValue in
            var t = try brokenDown(from: a.single("mktime"))
            t.tm_wday = -1
            let r = Glibc_mktime(&t)
            if r == -1 && t.tm_wday == -1 { throw PyException(Types.overflowError, "mktime argument out of range") }
            return .float(Double(r))
        }
        def("strftime") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("strftime", min: 1, max: 2)
            guard case .object(let o) = args[0], let format = o as? PyStr else {
                throw .typeError("strftime() argument 1 must be str, not \(args[0].type.name)")
            }
            var t = args.count == 2 ? try brokenDown(from: args[1]) : try brokenDown(timestamp(nil), local: true)
            return .str(formatTime(format.value, &t))
        }
        def("asctime") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("asctime", min: 0, max: 1)
            let t = args.count == 1 ? try brokenDown(from: args[0]) : try brokenDown(timestamp(nil), local: true)
            return .str(asctime(t))
        }
        def("ctime") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("ctime", min: 0, max: 1)
            return .str(asctime(try brokenDown(timestamp(args.first), local: true)))
        }
        d.setItem("struct_time", .object(structTimeType))
        tzset()
        d.setItem("timezone", .int(Int(timezone)))
        d.setItem("altzone", .int(Int(timezone) - (daylight != 0 ? 3600 : 0)))
        d.setItem("daylight", .int(Int(daylight)))
        let names = (String(cString: tzname.0!), String(cString: tzname.1!))
        d.setItem("tzname", .object(PyTuple([.str(names.0), .str(names.1)])))
        return m
    }

    // MARK: Clocks

    static func nanoseconds(_ id: clockid_t) -> Int {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec)
    }

    static func seconds(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    // MARK: sleep

    /// A number of seconds as `time.sleep` accepts it (an int or a float), with its errors.
    static func secondsArgument(_ v: PyValue) throws(PyException) -> Double {
        let s: Double
        switch v {
        case .int(let i): s = Double(i)
        case .float(let d): s = d
        case .bool(let b): s = b ? 1 : 0
        default:
            if case .object(let l as PyLong) = v { s = Double(l.value) } else {
                throw .typeError("'\(v.type.name)' object cannot be interpreted as an integer")
            }
        }
        if s.isNaN { throw .valueError("Invalid value NaN (not a number)") }
        if s < 0 { throw .valueError("sleep length must be non-negative") }
        if s > 9.2e9 { throw .overflowError("sleep length is too large") }
        return s
    }

    /// Sleeps `seconds`, waking every 10 ms to honour Ctrl-C (`Interpreter.interruptRequested`)
    /// with a KeyboardInterrupt, as CPython's sleep is interrupted by SIGINT.
    public static func sleep(_ seconds: Double) throws(PyException) {
        let deadline = nanoseconds(CLOCK_MONOTONIC) + Int(seconds * 1e9)
        Output.flushAll()
        while true {
            if Interpreter.interruptRequested {
                Interpreter.interruptRequested = false
                throw PyException(Types.keyboardInterrupt, args: [])
            }
            let left = deadline - nanoseconds(CLOCK_MONOTONIC)
            if left <= 0 { return }
            let step = min(left, interruptPollNanoseconds)
            var ts = timespec(tv_sec: 0, tv_nsec: step)
            nanosleep(&ts, nil)
        }
    }

    // MARK: struct_time

    private static func timestamp(_ v: PyValue?) throws(PyException) -> time_t {
        guard let v, !v.isNone else { return time(nil) }
        switch v {
        case .int(let i): return time_t(i)
        case .float(let d):
            if d.isNaN { throw .valueError("Invalid value NaN (not a number)") }
            return time_t(d.rounded(.down))
        case .bool(let b): return b ? 1 : 0
        default: throw .typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
    }

    static func brokenDown(_ t: time_t, local: Bool) throws(PyException) -> CTime {
        var t = t
        var out = CTime()
        let ok = local ? localtime_r(&t, &out) : gmtime_r(&t, &out)
        if ok == nil { throw .overflowError("timestamp out of range for platform time_t") }
        return out
    }

    static func structTime(_ t: time_t, local: Bool) throws(PyException) -> PyValue {
        let x = try brokenDown(t, local: local)
        let zone = x.tm_zone.map { String(cString: $0) } ?? (local ? "" : "UTC")
        return StructSequence.make(structTimeType, [
            .int(Int(x.tm_year) + 1900), .int(Int(x.tm_mon) + 1), .int(Int(x.tm_mday)),
            .int(Int(x.tm_hour)), .int(Int(x.tm_min)), .int(Int(x.tm_sec)),
            .int((Int(x.tm_wday) + 6) % 7), .int(Int(x.tm_yday) + 1), .int(Int(x.tm_isdst)),
            .str(zone), .int(Int(x.tm_gmtoff)),
        ])
    }

    /// A C `struct tm` from a struct_time or a 9-tuple.
    static func brokenDown(from v: PyValue) throws(PyException) -> CTime {
        let items = try Protocol.toArray(v)
        guard items.count == 9 else {
            throw .typeError("time.struct_time() takes a sequence of length 9")
        }
        var f: [Int] = []
        for x in items { f.append(try Protocol.index(x)) }
        var t = CTime()
        t.tm_year = Int32(f[0] - 1900)
        t.tm_mon = Int32(f[1] - 1)
        t.tm_mday = Int32(f[2])
        t.tm_hour = Int32(f[3])
        t.tm_min = Int32(f[4])
        t.tm_sec = Int32(f[5])
        t.tm_wday = Int32((f[6] + 1) % 7)
        t.tm_yday = Int32(f[7] - 1)
        t.tm_isdst = Int32(f[8])
        return t
    }

    static func formatTime(_ format: String, _ t: inout CTime) -> String {
        if format.isEmpty { return "" }
        var size = 256
        while size <= 1 << 20 {
            var buf = [CChar](repeating: 0, count: size)
            let n = strftime(&buf, size, format, &t)
            if n > 0 {
                return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            size *= 4
        }
        return ""
    }

    static func asctime(_ t: CTime) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = days[Int((t.tm_wday % 7 + 7) % 7)]
        let month = months[Int((t.tm_mon % 12 + 12) % 12)]
        let mday = String(t.tm_mday)
        func two(_ x: Int32) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(day) \(month) \(String(repeating: " ", count: max(0, 2 - mday.count)))\(mday) "
            + "\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }
}

/// The C names that `TimeModule`'s own functions shadow.
typealias CTime = tm
@inline(__always) func Glibc_mktime(_ t: inout CTime) -> time_t { mktime(&t) }
