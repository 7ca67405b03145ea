import Foundation

/// `~/.jitbook_history` (`JITBOOK_HISTORY` overrides): one cell per line, newlines written as
/// `\n` and backslashes as `\\`. Appended after every cell, so a killed session loses nothing.
struct HistoryFile {
    let path: String

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        path = environment["JITBOOK_HISTORY"] ?? (NSHomeDirectory() + "/.jitbook_history")
    }

    /// The stored cells, oldest first (at most the last `limit`).
    func load(limit: Int = 10_000) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").suffix(limit).map { Self.decode(String($0)) }
    }

    func append(_ cell: String) {
        let line = Self.encode(cell) + "\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else { return }
        line.utf8CString.withUnsafeBufferPointer { p in _ = write(fd, p.baseAddress, p.count - 1) }
        close(fd)
    }

    static func encode(_ cell: String) -> String {
        cell.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func decode(_ line: String) -> String {
        var out = ""
        var escaped = false
        for c in line {
            if escaped {
                out.append(c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
