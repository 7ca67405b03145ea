import Foundation
import JitbookTestSupport
import Testing

/// The REPL in a real terminal (tmux): prompts, auto-indent, Ctrl-C, history, completion.
@Suite(.serialized) struct NotebookTerminalTests {
    /// A jitbook running in a detached tmux session on a private server.
    final class Session {
        let socket = "jitbook-test-\(UUID().uuidString.prefix(8))"
        let history: URL

        init(arguments: String = "", colour: Bool = false) throws {
            history = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).history")
            // The test runner may itself run with NO_COLOR set: clear it for the coloured case.
            let command = "\(colour ? "env -u NO_COLOR " : "NO_COLOR=1 ")JITBOOK_HISTORY=\(history.path) "
                + "\(TestPaths.jitbookBinary.path) \(arguments); echo EXIT=$?; sleep 30"
            try tmux(["new-session", "-d", "-s", "t", "-x", "120", "-y", "50", command])
            try waitFor("In [1]: ")
        }

        deinit {
            _ = try? tmux(["kill-server"])
            try? FileManager.default.removeItem(at: history)
        }

        /// Runs `tmux -L socket ARGS` through the shell (popen: Foundation's Process does not
        /// always see a tmux client exit once the client has started the server).
        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let quoted = (["tmux", "-L", socket] + arguments)
                .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            let redirect = arguments.first == "capture-pane" ? " 2>/dev/null" : " >/dev/null 2>&1"
            guard let pipe = popen(quoted + redirect, "r") else { return "" }
            var output = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = fread(&buffer, 1, buffer.count, pipe)
                if n <= 0 { break }
                output.append(contentsOf: buffer[0..<n])
            }
            pclose(pipe)
            return String(decoding: output, as: UTF8.self)
        }

        /// Types `keys` (tmux key names such as `Enter`, `Tab`, `C-c`), one send per item.
        func send(_ keys: String...) throws {
            for k in keys { try tmux(["send-keys", "-t", "t", k]) }
        }

        /// Types a line and waits until `expected` is on the screen.
        func type(_ line: String, expecting expected: String) throws {
            try tmux(["send-keys", "-t", "t", "-l", line])
            try send("Enter")
            try waitFor(expected)
        }

        var screen: String { (try? tmux(["capture-pane", "-t", "t", "-p", "-S", "-200"])) ?? "" }

        /// Waits until `text` is on the screen (capture-pane drops trailing spaces, so the
        /// text's are dropped too).
        func waitFor(_ text: String, timeout: TimeInterval = 10) throws {
            var needle = text
            while needle.hasSuffix(" ") { needle.removeLast() }
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if screen.contains(needle) { return }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("timed out waiting for \(text.debugDescription); screen:\n\(screen)")
            throw CancellationError()
        }
    }

    @Test func multiLineCellWithAutoIndentAndOutNumbering() throws {
        let s = try Session()
        try s.type("def double(x):", expecting: "   ...: ")
        // The continuation line starts indented: type the body without spaces.
        try s.type("return x * 2", expecting: "   ...:     return x * 2")
        try s.type("", expecting: "In [2]: ")
        try s.type("double(21)", expecting: "Out[2]: 42")
        try s.type("_ + 1", expecting: "Out[3]: 43")
        #expect(s.screen.contains("In [1]: def double(x):\n   ...:     return x * 2\n   ...:\n\nIn [2]: double(21)\nOut[2]: 42"))
    }

    @Test func errorThenNamesStillDefinedAndHistoryWritten() throws {
        let s = try Session()
        try s.type("n = 7", expecting: "In [2]: ")
        try s.type("n / 0", expecting: "ZeroDivisionError: division by zero")
        try s.type("n * 6", expecting: "Out[3]: 42")
        let history = try String(contentsOf: s.history, encoding: .utf8)
        #expect(history == "n = 7\nn / 0\nn * 6\n")
    }

    @Test func controlCStopsARunningCellAndClearsTyping() throws {
        let s = try Session()
        try s.type("x = 1", expecting: "In [2]: ")
        try s.type("while True: pass", expecting: "In [2]: while True: pass")
        Thread.sleep(forTimeInterval: 0.3)
        try s.send("C-c")
        try s.waitFor("KeyboardInterrupt")
        try s.waitFor("In [3]: ")
        try s.tmux(["send-keys", "-t", "t", "-l", "this is discarded"])
        try s.send("C-c")
        try s.type("x + 1", expecting: "Out[3]: 2")
    }

    @Test func completesModulesAndAttributes() throws {
        let s = try Session()
        try s.tmux(["send-keys", "-t", "t", "-l", "import ma"])
        try s.send("Tab")
        try s.waitFor("In [1]: import math")
        try s.send("Enter")
        try s.waitFor("In [2]: ")
        try s.tmux(["send-keys", "-t", "t", "-l", "math.sq"])
        try s.send("Tab")
        try s.waitFor("In [2]: math.sqrt")
        try s.type("(16)", expecting: "Out[2]: 4.0")
    }
}

extension NotebookTerminalTests {
    @Test func lessonPlayerStepsTwoCellsInATerminal() throws {
        let s = try Session(arguments: "--lesson welcome")
        try s.waitFor("[welcome 1/4]")
        // The first cell is offered line by line: Enter accepts each line and runs the cell.
        try s.waitFor("In [1]: greeting = \"hello\"")
        try s.send("Enter")
        try s.waitFor("   ...: greeting.upper()")
        try s.send("Enter")
        try s.waitFor("Out[1]: 'HELLO'")
        try s.waitFor("[welcome 2/4]")
        try s.waitFor("In [2]: _ + \", world\"")
        try s.send("Enter")
        try s.waitFor("Out[2]: 'HELLO, world'")
        try s.waitFor("[welcome 3/4]")
    }
}

extension NotebookTerminalTests {
    @Test func secondControlCWithinASecondEndsTheProcess() throws {
        let s = try Session()
        // A long native call: the interrupt flag is only read between bytecodes.
        try s.type("sum(range(10**10))", expecting: "In [1]: sum(range(10**10))")
        Thread.sleep(forTimeInterval: 0.2)
        try s.send("C-c")
        Thread.sleep(forTimeInterval: 0.1)
        try s.send("C-c")
        try s.waitFor("EXIT=130")
        // The cell was saved before it ran.
        #expect(try String(contentsOf: s.history, encoding: .utf8) == "sum(range(10**10))\n")
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() throws {
        let coloured = try Session(colour: true)
        let screen = try coloured.tmux(["capture-pane", "-e", "-t", "t", "-p"])
        #expect(screen.contains("\u{1B}[32mIn [1]:"))
        let plain = try Session()
        #expect(!(try plain.tmux(["capture-pane", "-e", "-t", "t", "-p"])).contains("\u{1B}["))
        // Over a pipe there is never colour.
        let piped = try JitbookRunner.run([], in: FileManager.default.temporaryDirectory, stdin: "1 + 1\n")
        #expect(piped.stdout == "Out[1]: 2\n")
    }
}
