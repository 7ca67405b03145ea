import CEditLine
import Foundation
import PyRuntime

/// The REPL on a terminal: banner, `In [n]: ` and `   ...: ` prompts with auto-indent, libedit
/// editing and history, Tab completion, Ctrl-C and Ctrl-D as IPython handles them.
public enum InteractiveLoop {
    /// Runs until Ctrl-D or `exit`; `start` runs after the banner (`--lesson` starts there).
    public static func run(shell: Shell, banner: String, start: () -> Void = {}) -> Int32 {
        Output.writeStdout(banner + "\n")
        start()
        let editor = LineEditor()
        let historyFile = HistoryFile()
        for entry in historyFile.load() { editor.remember(entry) }
        LineEditor.completer = Completer(shell: shell)
        Completer.currentLineProvider = { rl_line_buffer.map { String(cString: $0) } ?? "" }
        shell.onCellStored = { _, text in
            editor.remember(text)
            historyFile.append(text)
        }
        var pending: [String] = []
        while true {
            let n = shell.executionCount
            let inPrompt = "In [\(n)]: "
            let continuation = String(repeating: " ", count: max(0, inPrompt.count - 5)) + "...: "
            var lines: [String] = []
            Output.writeStdout("\n")
            var indent = ""
            cellInput: while true {
                if let text = shell.pendingInput {
                    shell.pendingInput = nil
                    pending = text.components(separatedBy: "\n")
                }
                let prompt = lines.isEmpty ? Terminal.style(inPrompt, .inPrompt) : Terminal.style(continuation, .inPrompt)
                let initial = pending.isEmpty ? indent : pending.removeFirst()
                switch editor.read(prompt: prompt, initial: initial) {
                case .interrupted:
                    pending = []
                    lines = []
                    indent = ""
                    continue cellInput
                case .endOfInput:
                    if lines.isEmpty {
                        Output.writeStdout("\n")
                        Output.flushAll()
                        return 0
                    }
                    break cellInput
                case .line(let line):
                    lines.append(line)
                    let text = lines.joined(separator: "\n")
                    if CellInput.status(text) == .complete && (pending.isEmpty || line.allSatisfy(\.isWhitespace)) {
                        break cellInput
                    }
                    indent = pending.isEmpty ? CellInput.nextIndent(after: text) : ""
                }
            }
            // The auto-indent left on the empty line that ended the cell is not part of it.
            while lines.count > 1, lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
            let cell = lines.joined(separator: "\n")
            Interrupts.cellRunning = true
            let outcome = shell.runCell(cell)
            Interrupts.cellRunning = false
            Interpreter.interruptRequested = false
            if outcome == .exitRequested {
                Output.flushAll()
                return 0
            }
        }
    }
}
