import Foundation
import PySyntax
import Testing
@testable import PyRuntime

extension RuntimeIOTests {
    /// SourceCache (CPython's linecache) and the top-level report through sys.excepthook.
    @Suite struct TracebackSourceAndHookTests {
        init() { _ = IOTest.sys }

        @Test func registeredSourceAndUniversalNewlines() {
            SourceCache.register(filename: "<cell 7>", source: "a = 1\r\nb = 2\rc = 3\n")
            #expect(SourceCache.line("<cell 7>", 1) == "a = 1")
            #expect(SourceCache.line("<cell 7>", 2) == "b = 2")
            #expect(SourceCache.line("<cell 7>", 3) == "c = 3")
            #expect(SourceCache.line("<cell 7>", 4) == nil)
            #expect(SourceCache.line("<cell 7>", 0) == nil)
            #expect(SourceCache.line("<never registered>", 1) == nil)
        }

        @Test func filesAreReadLazilyAndReloadedWhenChanged() throws {
            let path = IOTest.scratchDirectory() + "/mod.py"
            try "x = 1\ny = 2\n".write(toFile: path, atomically: false, encoding: .utf8)
            #expect(SourceCache.line(path, 2) == "y = 2")
            try "x = 1\ny = 'changed'\nz = 3\n".write(toFile: path, atomically: false, encoding: .utf8)
            #expect(SourceCache.line(path, 2) == "y = 'changed'")
            #expect(SourceCache.line(path, 3) == "z = 3")
            #expect(SourceCache.line(path + ".missing", 1) == nil)
        }

        @Test func stringAndStdinNeverShowSource() {
            // `python3 -c` and `python3 -i` tracebacks have no source lines in CPython 3.11.
            SourceCache.register(filename: "<string>", source: "1/0\n")
            let e = PyException.zeroDivisionError("division by zero").value
            e.traceback = [TracebackEntry(filename: "<string>", name: "<module>", lineno: 1,
                                          range: SourceRange(lineno: 1, colOffset: 0, endLineno: 1, endColOffset: 3))]
            #expect(TracebackPrinter.format(e) == """
                Traceback (most recent call last):
                  File "<string>", line 1, in <module>
                ZeroDivisionError: division by zero

                """)
            SourceCache.register(filename: "<cell 2>", source: "print(1/0)\n")
            e.traceback = [TracebackEntry(filename: "<cell 2>", name: "<module>", lineno: 1,
                                          range: SourceRange(lineno: 1, colOffset: 6, endLineno: 1, endColOffset: 9))]
            #expect(TracebackPrinter.format(e) == """
                Traceback (most recent call last):
                  File "<cell 2>", line 1, in <module>
                    print(1/0)
                          ~^~
                ZeroDivisionError: division by zero

                """)
        }

        @Test func uncaughtGoesThroughSysExcepthook() throws {
            let cap = IOTest.Capture()
            var seen: [PyValue] = []
            let hook = PyBuiltinFunction(name: "hook") { (a) throws(PyException) -> PyValue in
                seen = a.positional
                return .none
            }
            let e = PyException.valueError("boom").value
            try IOTest.withSys("excepthook", .object(hook)) {
                Output.printUncaught(e)
            }
            #expect(seen.count == 3 && seen[0].object === Types.valueError && seen[1].object === e)
            // The default hook prints on sys.stderr.
            try IOTest.withSys("stderr", cap.object) {
                Output.printUncaught(e)
            }
            #expect(cap.text == "ValueError: boom\n")
            // A failing hook: both reports.
            let failing = PyBuiltinFunction(name: "hook") { (_) throws(PyException) -> PyValue in
                throw PyException.runtimeError("hook failed")
            }
            let cap2 = IOTest.Capture()
            try IOTest.withSys("stderr", cap2.object) {
                try IOTest.withSys("excepthook", .object(failing)) {
                    Output.printUncaught(e)
                }
            }
            #expect(cap2.text == "Error in sys.excepthook:\nRuntimeError: hook failed\n\nOriginal exception was:\nValueError: boom\n")
        }

        @Test func tracebackModuleFunctions() throws {
            let tb = try Interpreter.shared.builtinModuleFactories["traceback"]!()
            func call(_ name: String, _ args: [PyValue], _ kw: [(String, PyValue)] = []) throws -> PyValue {
                try Protocol.call(IOTest.attr(.object(tb), name), args + kw.map(\.1),
                                  kwnames: kw.map { Names.intern($0.0) })
            }
            SourceCache.register(filename: "<cell 9>", source: "x = {}\nx[1]\n")
            let e = PyException.keyError(.int(1)).value
            e.traceback = [TracebackEntry(filename: "<cell 9>", name: "<module>", lineno: 2,
                                          range: SourceRange(lineno: 2, colOffset: 0, endLineno: 2, endColOffset: 4))]
            let expected = "Traceback (most recent call last):\n  File \"<cell 9>\", line 2, in <module>\n    x[1]\n    ~^^^\nKeyError: 1\n"
            let chunks = try call("format_exception", [.object(e)])
            let parts = (chunks.object as? PyList)?.elements.compactMap(IOTest.string) ?? []
            #expect(parts.joined() == expected)
            #expect(parts.count == 3)
            let only = try call("format_exception_only", [.object(e)])
            #expect((only.object as? PyList)?.elements.compactMap(IOTest.string) == ["KeyError: 1\n"])
            let saved = Interpreter.shared.handledException
            defer { Interpreter.shared.handledException = saved }
            Interpreter.shared.handledException = e
            #expect(IOTest.string(try call("format_exc", [])) == expected)
            let cap = IOTest.Capture()
            _ = try call("print_exc", [], [("file", cap.object)])
            #expect(cap.text == expected)
            Interpreter.shared.handledException = nil
            #expect(IOTest.string(try call("format_exc", [])) == "NoneType: None\n")
            // The (type, value, tb) form with tb=None drops the traceback.
            let noTB = try call("format_exception", [.object(Types.keyError), .object(e), .none])
            #expect((noTB.object as? PyList)?.elements.compactMap(IOTest.string).joined() == "KeyError: 1\n")
        }
    }
}
