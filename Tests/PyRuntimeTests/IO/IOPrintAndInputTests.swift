import Foundation
import Testing
@testable import PyRuntime

extension RuntimeIOTests {
    /// `print` and `input` against capturing objects and files, as CPython's bltinmodule.c does them.
    @Suite struct IOPrintAndInputTests {
        init() { _ = IOTest.sys }

        @Test func printWritesEachPieceThroughWrite() throws {
            let cap = IOTest.Capture()
            try IOTest.call("print", [.str("a"), .int(1), .true], [("file", cap.object)])
            #expect(cap.writes == ["a", " ", "1", " ", "True", "\n"])
        }

        @Test func printHonoursSepEndAndFlush() throws {
            let cap = IOTest.Capture()
            try IOTest.call("print", [.str("x"), .str("y")],
                            [("sep", .str("--")), ("end", .str("!")), ("file", cap.object), ("flush", .true)])
            #expect(cap.writes == ["x", "--", "y", "!"])
            #expect(cap.flushes == 1)
            let cap2 = IOTest.Capture()
            try IOTest.call("print", [.int(1), .int(2)], [("sep", .none), ("end", .none), ("file", cap2.object)])
            #expect(cap2.text == "1 2\n")
            let cap3 = IOTest.Capture()
            try IOTest.call("print", [], [("file", cap3.object)])
            #expect(cap3.writes == ["\n"])
        }

        @Test func printRejectsBadArguments() {
            let sep = IOTest.message { try IOTest.call("print", [.int(1)], [("sep", .int(3))]) }
            #expect(sep?.type == "TypeError")
            #expect(sep?.message == "sep must be None or a string, not int")
            let end = IOTest.message { try IOTest.call("print", [.int(1)], [("end", .float(1))]) }
            #expect(end?.message == "end must be None or a string, not float")
            let kw = IOTest.message { try IOTest.call("print", [], [("fil", .none)]) }
            #expect(kw?.message == "'fil' is an invalid keyword argument for print()")
            let noWrite = IOTest.message { try IOTest.call("print", [.int(1)], [("file", .int(3))]) }
            #expect(noWrite?.type == "AttributeError")
        }

        @Test func printUsesTheCurrentSysStdout() throws {
            let cap = IOTest.Capture()
            try IOTest.withSys("stdout", cap.object) {
                try IOTest.call("print", [.str("redirected")])
                try Output.writeToSysStdout("also\n")
            }
            #expect(cap.text == "redirected\nalso\n")
            // sys.stdout = None: print does nothing, as in CPython.
            try IOTest.withSys("stdout", .none) { () throws in
                #expect(try IOTest.call("print", [.str("lost")]).isNone)
            }
        }

        @Test func standardStdoutGoesThroughTheBufferAndItsSink() throws {
            var captured = ""
            Output.stdout.flush()
            Output.stdout.sink = { captured += $0 }
            defer { Output.stdout.sink = nil }
            try IOTest.call("print", [.str("hello"), .int(42)])
            try IOTest.call("print", [.str("a"), .str("b")], [("sep", .str("")), ("end", .str(""))])
            let written = try IOTest.method(IOTest.attr(.object(IOTest.sys), "stdout"), "write", [.str("ünï")])
            #expect(written.isIdentical(to: .int(3)))
            #expect(captured == "hello 42\nabünï")
        }

        @Test func stderrFlushesStdoutFirst() throws {
            // Both streams into one pipe: what went to stdout before must come out before stderr.
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            let out = OutputStream(fd: fds[1], lineBuffered: false)
            let err = OutputStream(fd: fds[1], lineBuffered: true)
            err.flushFirst = out
            out.write("first ")
            err.write("second\n")
            out.write("third")
            out.flush()
            close(fds[1])
            var bytes: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 256)
            while true {
                let n = read(fds[0], &buf, 256)
                if n <= 0 { break }
                bytes += buf[0..<n]
            }
            close(fds[0])
            #expect(String(decoding: bytes, as: UTF8.self) == "first second\nthird")
        }

        @Test func printToARealFile() throws {
            let dir = IOTest.scratchDirectory()
            let path = dir + "/out.txt"
            let f = try IOTest.call("open", [.str(path), .str("w")])
            for i in 0..<3 { try IOTest.call("print", [.int(i), .str("x")], [("file", f)]) }
            try IOTest.method(f, "close")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "0 x\n1 x\n2 x\n")
        }

        @Test func inputReadsLinesFromSysStdin() throws {
            let dir = IOTest.scratchDirectory()
            let path = dir + "/in.txt"
            try "first line\nsecond\r\nlast".write(toFile: path, atomically: true, encoding: .utf8)
            let stdin = try IOTest.call("open", [.str(path)])
            let cap = IOTest.Capture()
            try IOTest.withSys("stdin", stdin) { () throws in
                try IOTest.withSys("stdout", cap.object) { () throws in
                    #expect(IOTest.string(try IOTest.call("input", [.str("name? ")])) == "first line")
                    #expect(IOTest.string(try IOTest.call("input", [])) == "second")
                    #expect(IOTest.string(try IOTest.call("input", [.int(5)])) == "last")
                    let eof = IOTest.message { try IOTest.call("input", []) }
                    #expect(eof?.type == "EOFError")
                    #expect(eof?.message == "EOF when reading a line")
                }
            }
            #expect(cap.writes == ["name? ", "5"])
            #expect(cap.flushes == 4)
        }

        @Test func inputWithoutStdin() throws {
            IOTest.withSys("stdin", .none) {
                let lost = IOTest.message { try IOTest.call("input", []) }
                #expect(lost?.type == "RuntimeError")
                #expect(lost?.message == "input(): lost sys.stdin")
            }
        }
    }
}
