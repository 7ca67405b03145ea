import Foundation
import JitbookTestSupport
import Testing

/// `jitbook --execute` on a percent-format notebook with a tagged failing cell, and the lesson
/// player over a pipe. The expected notebook was checked with the `nbformat` package by
/// scripts/gen_notebook_execute_fixture.py.
@Suite struct NotebookExecuteTests {
    static let fixtures = TestPaths.fixtures("notebook")

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func executeWithATaggedFailingCell() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("execute-\(UUID()).ipynb")
        defer { try? FileManager.default.removeItem(at: output) }
        let r = try JitbookRunner.run(["--execute", "execute_demo.py", "--output", output.path], in: Self.fixtures)
        #expect(r.stdout == (try Self.fixture("execute_demo.stdout")))
        #expect(r.stderr == (try Self.fixture("execute_demo.stderr")))
        // One untagged cell raised: exit status 1.
        #expect("\(r.status)\n" == (try Self.fixture("execute_demo.status")))
        #expect(r.status == 1)
        #expect(try String(contentsOf: output, encoding: .utf8) == (try Self.fixture("execute_demo.expected.ipynb")))
    }

    @Test func taggedCellThatDoesNotRaiseIsAFailure() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("execute-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# %% tags=[\"raises-exception\"]\nx = 1\n\n# %%\nx + 1\n"
            .write(to: dir.appendingPathComponent("nb.py"), atomically: true, encoding: .utf8)
        let r = try JitbookRunner.run(["--execute", "nb.py"], in: dir)
        #expect(r.stdout == "In [1]: x = 1\n\nIn [2]: x + 1\nOut[2]: 2\n\n")
        #expect(r.stderr == "jitbook: cell In [1] is tagged raises-exception but raised nothing\n")
        #expect(r.status == 1)
    }

    /// Every lesson runs from start to end: its cells tagged `raises-exception` raise, the
    /// others do not (the JIT lesson compiles, falls back, fails to type and times, all of it).
    @Test(arguments: ["welcome.py", "how_numba_works.py"])
    func lessonExecutes(_ name: String) throws {
        let lessons = TestPaths.repositoryRoot.appendingPathComponent("lessons")
        let r = try JitbookRunner.run(["--execute", name], in: lessons, timeout: 120)
        #expect(r.status == 0, "\(name): \(r.stderr.suffix(2000))")
        #expect(!r.stdout.isEmpty)
    }

    @Test func executeAnIpynbInItsFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("execute-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "data\n".write(to: dir.appendingPathComponent("input.txt"), atomically: true, encoding: .utf8)
        let markdown = ##"{"cell_type": "markdown", "metadata": {}, "source": ["Some text"]}"##
        let code = ##"{"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [], "##
            + ##""source": ["print(open('input.txt').read().strip())\n", "len('abc')"]}"##
        let notebook = ##"{"cells": ["## + markdown + ", " + code
            + ##"], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}"##
        try notebook.write(to: dir.appendingPathComponent("nb.ipynb"), atomically: true, encoding: .utf8)
        // Run from elsewhere: cells see the notebook's folder as the working directory.
        let r = try JitbookRunner.run(["--execute", dir.appendingPathComponent("nb.ipynb").path],
                                      in: FileManager.default.temporaryDirectory)
        #expect(r.stdout == "In [1]: print(open('input.txt').read().strip())\n   ...: len('abc')\ndata\nOut[1]: 3\n\n")
        #expect(r.status == 0)
    }

    @Test func lessonPlayerOverAPipe() throws {
        let r = try JitbookRunner.run([], in: FileManager.default.temporaryDirectory,
                                      stdin: "%lesson welcome\n%goto 2\n%lesson stop\n1 + 1\n")
        let out = r.stdout
        #expect(out.hasPrefix("Lesson welcome: Welcome to Jitbook (4 code cells;"))
        #expect(out.contains("[welcome 1/4]\n  \u{2502} greeting = \"hello\"\n  \u{2502} greeting.upper()\nOut[2]: 'HELLO'\n"))
        #expect(out.contains("[welcome 2/4]\n  \u{2502} _ + \", world\"\nOut[3]: 'HELLO, world'\n"))
        #expect(out.contains("End of lesson welcome."))
        // %goto 2 offers the second cell again; over a pipe it runs at once, and the lesson
        // plays on from there to its end.
        #expect(out.components(separatedBy: "[welcome 2/4]").count == 3)
        #expect(out.components(separatedBy: "End of lesson welcome.").count == 3)
        #expect(out.hasSuffix("End of lesson welcome.\nOut[11]: 2\n"))
        #expect(r.stderr == "")
    }
}
