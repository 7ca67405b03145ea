import Foundation
import PyRuntime

/// The cell loop over standard input when it is not a terminal: no banner, no prompts, no echo;
/// cells split by `CellInput`'s rule, each run as soon as it is whole.
public enum PipeLoop {
    /// Runs every cell of `input`; the exit status is 1 when the last cell raised.
    public static func run(shell: Shell, readLine: () -> String?) -> Int32 {
        var buffer: [String] = []
        var lastFailed = false
        func flush() -> Bool {
            let cell = buffer.joined(separator: "\n")
            buffer = []
            let outcome = shell.runCell(cell)
            if outcome == .exitRequested { return false }
            if outcome != .empty { lastFailed = outcome == .failed }
            while let pending = shell.pendingInput {
                shell.pendingInput = nil
                lastFailed = shell.runCell(pending) == .failed
            }
            return true
        }
        while let line = readLine() {
            if buffer.isEmpty && line.allSatisfy(\.isWhitespace) { continue }
            buffer.append(line)
            if CellInput.status(buffer.joined(separator: "\n")) == .complete {
                if !flush() { return 0 }
            }
        }
        if !buffer.isEmpty, !flush() { return 0 }
        Output.flushAll()
        return lastFailed ? 1 : 0
    }
}
