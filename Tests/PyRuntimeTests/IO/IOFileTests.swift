import Foundation
import Testing
@testable import PyRuntime

extension RuntimeIOTests {
    /// `open()` and text file objects: round trips in a scratch directory and CPython's errors.
    @Suite struct IOFileTests {
        let dir = IOTest.scratchDirectory()
        init() { _ = IOTest.sys }

        func open(_ name: String, _ mode: String = "r", _ kw: [(String, PyValue)] = []) throws -> PyValue {
            try IOTest.call("open", [.str(dir + "/" + name), .str(mode)], kw)
        }

        func text(_ v: PyValue) -> String? { IOTest.string(v) }

        @Test func writeThenReadBack() throws {
            let f = try open("a.txt", "w")
            #expect(try IOTest.method(f, "write", [.str("héllo\n")]).isIdentical(to: .int(6)))
            try IOTest.method(f, "writelines", [.object(PyList([.str("two\n"), .str("three")]))])
            #expect(try IOTest.attr(f, "closed").isIdentical(to: .false))
            try IOTest.method(f, "close")
            #expect(try IOTest.attr(f, "closed").isIdentical(to: .true))
            let g = try open("a.txt")
            #expect(text(try IOTest.method(g, "read")) == "héllo\ntwo\nthree")
            #expect(text(try IOTest.method(g, "read")) == "")
            try IOTest.method(g, "close")
            #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "héllo\ntwo\nthree")
        }

        @Test func readlineReadlinesAndIteration() throws {
            try "one\ntwo\n\nfour".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
            let f = try open("b.txt")
            #expect(text(try IOTest.method(f, "readline")) == "one\n")
            let rest = try IOTest.method(f, "readlines")
            #expect((rest.object as? PyList)?.elements.compactMap(text) == ["two\n", "\n", "four"])
            #expect(text(try IOTest.method(f, "readline")) == "")
            let g = try open("b.txt")
            let it = try Protocol.getIter(g)
            #expect(it.isIdentical(to: g))
            var lines: [String] = []
            while let line = try Protocol.next(it) { lines.append(text(line)!) }
            #expect(lines == ["one\n", "two\n", "\n", "four"])
        }

        @Test func readCountsCharactersNotBytes() throws {
            try "日本語abc".write(toFile: dir + "/c.txt", atomically: true, encoding: .utf8)
            let f = try open("c.txt")
            #expect(text(try IOTest.method(f, "read", [.int(2)])) == "日本")
            #expect(text(try IOTest.method(f, "read", [.int(2)])) == "語a")
            #expect(try IOTest.method(f, "tell").isIdentical(to: .int(10)))
            #expect(try IOTest.method(f, "seek", [.int(0)]).isIdentical(to: .int(0)))
            #expect(text(try IOTest.method(f, "readline", [.int(1)])) == "日")
            #expect(text(try IOTest.method(f, "read", [.none])) == "本語abc")
        }

        @Test func universalNewlines() throws {
            try "a\r\nb\rc\n".write(toFile: dir + "/d.txt", atomically: true, encoding: .utf8)
            let f = try open("d.txt")
            #expect(text(try IOTest.method(f, "read")) == "a\nb\nc\n")
            let g = try open("d.txt", "r", [("newline", .str(""))])
            #expect(text(try IOTest.method(g, "readline")) == "a\r\n")
            #expect(text(try IOTest.method(g, "readline")) == "b\r")
        }

        @Test func appendExclusiveAndUpdateModes() throws {
            let w = try open("e.txt", "w")
            try IOTest.method(w, "write", [.str("start\n")])
            try IOTest.method(w, "close")
            let a = try open("e.txt", "a")
            try IOTest.method(a, "write", [.str("more\n")])
            try IOTest.method(a, "close")
            #expect(try String(contentsOfFile: dir + "/e.txt", encoding: .utf8) == "start\nmore\n")
            let exists = IOTest.message { _ = try open("e.txt", "x") }
            #expect(exists?.type == "FileExistsError")
            #expect(exists?.message == "[Errno 17] File exists: '\(dir)/e.txt'")
            let rw = try open("e.txt", "r+")
            #expect(text(try IOTest.method(rw, "readline")) == "start\n")
            try IOTest.method(rw, "write", [.str("MORE")])
            try IOTest.method(rw, "seek", [.int(0)])
            #expect(text(try IOTest.method(rw, "read")) == "start\nMORE\n")
            try IOTest.method(rw, "close")
        }

        @Test func withStatementProtocol() throws {
            let f = try open("g.txt", "w")
            let entered = try IOTest.method(f, "__enter__")
            #expect(entered.isIdentical(to: f))
            try IOTest.method(f, "write", [.str("x")])
            try IOTest.method(f, "__exit__", [.none, .none, .none])
            #expect(try IOTest.attr(f, "closed").isIdentical(to: .true))
            #expect(try String(contentsOfFile: dir + "/g.txt", encoding: .utf8) == "x")
        }

        @Test func attributesAndRepr() throws {
            let f = try open("h.txt", "w")
            #expect(text(try IOTest.attr(f, "name")) == dir + "/h.txt")
            #expect(text(try IOTest.attr(f, "mode")) == "w")
            #expect(text(try IOTest.attr(f, "encoding")) == "UTF-8")
            #expect(try Protocol.repr(f) == "<_io.TextIOWrapper name='\(dir)/h.txt' mode='w' encoding='UTF-8'>")
            #expect(f.type.name == "TextIOWrapper" && f.type.moduleName == "_io")
            #expect(try IOTest.method(f, "writable").isIdentical(to: .true))
            #expect(try IOTest.method(f, "readable").isIdentical(to: .false))
        }

        @Test func errorsAreCPythons() throws {
            let missing = IOTest.message { _ = try IOTest.call("open", [.str("nope.txt")]) }
            #expect(missing?.type == "FileNotFoundError")
            #expect(missing?.message == "[Errno 2] No such file or directory: 'nope.txt'")
            let isDir = IOTest.message { _ = try IOTest.call("open", [.str(dir)]) }
            #expect(isDir?.type == "IsADirectoryError")
            #expect(isDir?.message == "[Errno 21] Is a directory: '\(dir)'")
            let badMode = IOTest.message { _ = try open("z.txt", "rw") }
            #expect(badMode?.message == "must have exactly one of create/read/write/append mode")
            let invalid = IOTest.message { _ = try open("z.txt", "q") }
            #expect(invalid?.message == "invalid mode: 'q'")
            let encoding = IOTest.message { _ = try open("z.txt", "w", [("encoding", .str("klingon"))]) }
            #expect(encoding?.type == "LookupError")
            #expect(encoding?.message == "unknown encoding: klingon")

            let f = try open("i.txt", "w")
            let notReadable = IOTest.message { try IOTest.method(f, "read") }
            #expect(notReadable?.type == "UnsupportedOperation")
            #expect(notReadable?.message == "not readable")
            try IOTest.method(f, "close")
            let closed = IOTest.message { try IOTest.method(f, "write", [.str("x")]) }
            #expect(closed?.type == "ValueError")
            #expect(closed?.message == "I/O operation on closed file.")
            let closedRead = IOTest.message { try IOTest.method(try open("i.txt"), "close"); try IOTest.method(f, "readline") }
            #expect(closedRead?.message == "I/O operation on closed file.")
            let wrongType = IOTest.message { try IOTest.method(try open("j.txt", "w"), "write", [.int(1)]) }
            #expect(wrongType?.message == "write() argument must be str, not int")
            if geteuid() != 0 {
                try "secret".write(toFile: dir + "/k.txt", atomically: true, encoding: .utf8)
                chmod(dir + "/k.txt", 0)
                let denied = IOTest.message { _ = try open("k.txt") }
                #expect(denied?.type == "PermissionError")
                #expect(denied?.message == "[Errno 13] Permission denied: '\(dir)/k.txt'")
            }
        }

        @Test func invalidUTF8RaisesUnicodeDecodeError() throws {
            _ = FileManager.default.createFile(atPath: dir + "/bad.txt", contents: Data([0x61, 0xFF, 0x62]))
            let e = IOTest.message { try IOTest.method(try open("bad.txt"), "read") }
            #expect(e?.type == "UnicodeDecodeError")
            #expect(e?.message == "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte")
        }
    }
}
