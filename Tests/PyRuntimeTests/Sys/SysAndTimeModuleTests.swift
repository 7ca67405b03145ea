import Foundation
import Testing
@testable import PyRuntime

extension RuntimeIOTests {
    /// The `sys` and `time` modules.
    @Suite struct SysAndTimeModuleTests {
        init() { _ = IOTest.sys }

        var sys: PyValue { .object(IOTest.sys) }
        func sysAttr(_ name: String) throws -> PyValue { try IOTest.attr(sys, name) }
        func sysCall(_ name: String, _ args: [PyValue] = []) throws -> PyValue {
            try Protocol.call(sysAttr(name), args)
        }

        @Test func liveInterpreterObjects() throws {
            #expect(try sysAttr("argv").object === Interpreter.shared.argv)
            #expect(try sysAttr("path").object === Interpreter.shared.path)
            #expect(try sysAttr("modules").object === Interpreter.shared.modules)
            #expect(try sysAttr("stdout").object === SysModule.standardStdout)
            #expect(try sysAttr("__stderr__").object === SysModule.standardStderr)
            #expect(Interpreter.shared.builtinModuleFactories["sys"] != nil)
            #expect(Interpreter.shared.builtinModuleFactories["time"] != nil)
        }

        @Test func exitRaisesSystemExit() throws {
            let withCode = IOTest.message { _ = try sysCall("exit", [.int(3)]) }
            #expect(withCode?.type == "SystemExit")
            do {
                _ = try sysCall("exit", [.int(3)])
            } catch let e as PyException {
                #expect(try IOTest.attr(.object(e.value), "code").isIdentical(to: .int(3)))
                #expect(Output.exitStatus(forSystemExit: e.value) == 3)
            }
            do {
                _ = try sysCall("exit")
            } catch let e as PyException {
                #expect(e.value.args.isEmpty)
                #expect(try IOTest.attr(.object(e.value), "code").isNone)
            }
        }

        @Test func recursionLimit() throws {
            let old = Interpreter.shared.recursionLimit
            defer { Interpreter.shared.recursionLimit = old }
            _ = try sysCall("setrecursionlimit", [.int(5000)])
            #expect(try sysCall("getrecursionlimit").isIdentical(to: .int(5000)))
            let zero = IOTest.message { _ = try sysCall("setrecursionlimit", [.int(0)]) }
            #expect(zero?.type == "ValueError")
            #expect(zero?.message == "recursion limit must be greater or equal than 1")
            let wrong = IOTest.message { _ = try sysCall("setrecursionlimit", [.str("x")]) }
            #expect(wrong?.message == "'str' object cannot be interpreted as an integer")
        }

        @Test func versionAndPlatform() throws {
            let vi = try sysAttr("version_info")
            #expect(try IOTest.attr(vi, "major").isIdentical(to: .int(3)))
            #expect(try IOTest.attr(vi, "minor").isIdentical(to: .int(11)))
            #expect((vi.object as? PyTuple)?.elements.count == 5)
            #expect(try Protocol.repr(vi)
                    == "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)")
            #expect(IOTest.string(try sysAttr("version"))?.hasPrefix("3.11.7 ") == true)
            #if os(Linux)
            #expect(IOTest.string(try sysAttr("platform")) == "linux")
            #endif
            #expect(IOTest.string(try sysAttr("byteorder")) == "little")
            #expect(try sysAttr("maxsize").isIdentical(to: .int(Int.max)))
            #expect(IOTest.string(try IOTest.attr(sysAttr("implementation"), "name")) == "jitbook")
            #expect(try sysAttr("hexversion").isIdentical(to: .int(0x030B07F0)))
        }

        @Test func floatAndIntInfo() throws {
            let fi = try sysAttr("float_info")
            #expect(try IOTest.attr(fi, "max").isIdentical(to: .float(1.7976931348623157e308)))
            #expect(try IOTest.attr(fi, "epsilon").isIdentical(to: .float(2.220446049250313e-16)))
            #expect(try IOTest.attr(fi, "min").isIdentical(to: .float(2.2250738585072014e-308)))
            #expect(try IOTest.attr(fi, "dig").isIdentical(to: .int(15)))
            #expect(try IOTest.attr(fi, "mant_dig").isIdentical(to: .int(53)))
            #expect(try IOTest.attr(sysAttr("int_info"), "bits_per_digit").isIdentical(to: .int(30)))
        }

        @Test func intMaxStrDigits() throws {
            #expect(try sysCall("get_int_max_str_digits").isIdentical(to: .int(4300)))
            let low = IOTest.message { _ = try sysCall("set_int_max_str_digits", [.int(100)]) }
            #expect(low?.message == "maxdigits must be 0 or larger than 640")
            _ = try sysCall("set_int_max_str_digits", [.int(0)])
            #expect(SysModule.intMaxStrDigits == 0)
            _ = try sysCall("set_int_max_str_digits", [.int(4300)])
        }

        @Test func excInfoInternAndSizes() throws {
            let saved = Interpreter.shared.handledException
            defer { Interpreter.shared.handledException = saved }
            Interpreter.shared.handledException = nil
            let none = try sysCall("exc_info")
            #expect((none.object as? PyTuple)?.elements.allSatisfy(\.isNone) == true)
            let e = PyException.valueError("x").value
            Interpreter.shared.handledException = e
            let info = (try sysCall("exc_info").object as? PyTuple)?.elements ?? []
            #expect(info.count == 3 && info[0].object === Types.valueError && info[1].object === e)
            let a = try sysCall("intern", [.str("some name")])
            let b = try sysCall("intern", [.str("some name")])
            #expect(a.object === b.object)
            let notStr = IOTest.message { _ = try sysCall("intern", [.int(1)]) }
            #expect(notStr?.message == "intern() argument must be str, not int")
            #expect(try sysCall("getsizeof", [.int(1)]).isIdentical(to: .int(28)))
            #expect(try sysCall("getsizeof", [.float(1)]).isIdentical(to: .int(24)))
            #expect(try sysCall("getsizeof", [.str("abc")]).isIdentical(to: .int(52)))
        }

        // MARK: time

        var time: PyValue { .object(try! TimeModule.make()) }
        func timeCall(_ name: String, _ args: [PyValue] = []) throws -> PyValue {
            try Protocol.call(IOTest.attr(time, name), args)
        }
        func double(_ v: PyValue) -> Double {
            if case .float(let d) = v { return d }
            if case .int(let i) = v { return Double(i) }
            return .nan
        }

        @Test func clocks() throws {
            let now = Date().timeIntervalSince1970
            #expect(abs(double(try timeCall("time")) - now) < 5)
            let a = double(try timeCall("perf_counter"))
            let b = double(try timeCall("perf_counter"))
            #expect(b >= a)
            guard case .int(let ns) = try timeCall("time_ns") else { Issue.record("time_ns"); return }
            #expect(abs(Double(ns) / 1e9 - now) < 5)
            #expect(double(try timeCall("monotonic")) > 0)
            #expect(double(try timeCall("process_time")) >= 0)
        }

        @Test func sleepSleepsAndChecksItsArgument() throws {
            let start = Date()
            _ = try timeCall("sleep", [.float(0.05)])
            #expect(Date().timeIntervalSince(start) >= 0.05)
            let negative = IOTest.message { _ = try timeCall("sleep", [.int(-1)]) }
            #expect(negative?.message == "sleep length must be non-negative")
            let wrong = IOTest.message { _ = try timeCall("sleep", [.str("1")]) }
            #expect(wrong?.type == "TypeError")
            #expect(wrong?.message == "'str' object cannot be interpreted as an integer")
        }

        @Test func sleepIsInterruptible() throws {
            Interpreter.interruptRequested = false
            let timer = Thread {
                Thread.sleep(forTimeInterval: 0.05)
                Interpreter.interruptRequested = true
            }
            timer.start()
            let start = Date()
            let e = IOTest.message { _ = try timeCall("sleep", [.int(10)]) }
            let elapsed = Date().timeIntervalSince(start)
            #expect(e?.type == "KeyboardInterrupt")
            #expect(elapsed < 1.0)
            #expect(Interpreter.interruptRequested == false)
        }

        @Test func structTimeAndFormatting() throws {
            let t = try timeCall("gmtime", [.int(0)])
            #expect(try IOTest.attr(t, "tm_year").isIdentical(to: .int(1970)))
            #expect(try IOTest.attr(t, "tm_mon").isIdentical(to: .int(1)))
            #expect(try IOTest.attr(t, "tm_wday").isIdentical(to: .int(3)))
            #expect(try IOTest.attr(t, "tm_yday").isIdentical(to: .int(1)))
            let zone = IOTest.string(try IOTest.attr(t, "tm_zone"))
            #expect(zone == "GMT" || zone == "UTC")
            #expect((t.object as? PyTuple)?.elements.count == 9)
            #expect(IOTest.string(try timeCall("strftime", [.str("%Y-%m-%d %H:%M"), t])) == "1970-01-01 00:00")
            #expect(IOTest.string(try timeCall("asctime", [t])) == "Thu Jan  1 00:00:00 1970")
            #expect(try Protocol.repr(t).hasPrefix("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1,"))
            let local = try timeCall("localtime")
            #expect((local.object as? PyTuple)?.elements.count == 9)
        }
    }
}
