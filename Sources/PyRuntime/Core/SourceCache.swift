#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Source lines for tracebacks: CPython's `linecache`, as its traceback printer uses it.
///
/// Code with no file behind it (notebook cells `<cell 3>`, a REPL's `<stdin>`) is registered
/// with its text; any other name is read from disk on first use and cached, re-read when the
/// file's size or modification time changes. Like CPython's C printer (Python/traceback.c,
/// `display_source_line_with_margin`), a name in angle brackets that was never registered
/// (`<string>` for `-c` code) has no source, and a relative name not found from the working
/// directory is looked up by its last component along `sys.path`.
public enum SourceCache {
    private struct Entry {
        var lines: [String]
        /// nil for registered text; (size, mtime) for a file read from disk.
        var stamp: (size: Int, mtime: Int)?
    }

    nonisolated(unsafe) private static var entries: [String: Entry] = [:]

    /// Registers the text of code that has no file (a cell, `<stdin>`), replacing any earlier
    /// text under that name.
    /// - Complexity: O(n) in the length of `source`.
    public static func register(filename: String, source: String) {
        entries[filename] = Entry(lines: splitLines(Array(source.utf8)), stamp: nil)
    }

    /// Forgets `filename` (a registered cell, or a file to be re-read).
    public static func invalidate(filename: String) {
        entries[filename] = nil
    }

    /// Forgets everything.
    public static func clear() {
        entries.removeAll()
    }

    /// Line `lineno` (1-based) of `filename` without its line ending, or nil when the source is
    /// not available or has fewer lines.
    public static func line(_ filename: String, _ lineno: Int) -> String? {
        guard lineno >= 1, let lines = lines(filename), lineno <= lines.count else { return nil }
        return lines[lineno - 1]
    }

    /// All lines of `filename` (registered or on disk), without line endings.
    /// - Complexity: O(file size) on first use or after the file changed, else O(1).
    public static func lines(_ filename: String) -> [String]? {
        if let e = entries[filename] {
            guard let stamp = e.stamp else { return e.lines }
            if let now = statStamp(filename), now == stamp { return e.lines }
        }
        if filename.isEmpty { return nil }
        if filename.hasPrefix("<") && filename.hasSuffix(">") { return nil }
        guard let (bytes, stamp) = readFile(filename) ?? findAlongPath(filename) else {
            entries[filename] = nil
            return nil
        }
        var b = bytes
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        let lines = splitLines(b)
        entries[filename] = Entry(lines: lines, stamp: stamp)
        return lines
    }

    /// Splits on `\n`, `\r\n` and `\r` (universal newlines, as the printer's TextIOWrapper).
    static func splitLines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                lines.append(String(decoding: bytes[start..<i], as: UTF8.self))
                if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n { lines.append(String(decoding: bytes[start..<n], as: UTF8.self)) }
        return lines
    }

    private static func statStamp(_ path: String) -> (size: Int, mtime: Int)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Darwin)
        return (Int(st.st_size), Int(st.st_mtimespec.tv_sec) &* 1_000_000_000 &+ st.st_mtimespec.tv_nsec)
        #else
        return (Int(st.st_size), Int(st.st_mtim.tv_sec) &* 1_000_000_000 &+ st.st_mtim.tv_nsec)
        #endif
    }

    private static func readFile(_ path: String) -> ([UInt8], (size: Int, mtime: Int))? {
        guard let stamp = statStamp(path) else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(Int(st.st_size))
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let r = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if r < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if r == 0 { break }
            out.append(contentsOf: chunk[0..<r])
        }
        return (out, stamp)
    }

    /// `_Py_FindSourceFile`: the last path component of a relative name, along `sys.path`.
    private static func findAlongPath(_ filename: String) -> ([UInt8], (size: Int, mtime: Int))? {
        if filename.hasPrefix("/") { return nil }
        let tail = filename.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init)
            ?? filename
        for item in Interpreter.shared.path.elements {
            guard case .object(let o) = item, let dir = o as? PyStr else { continue }
            let base = dir.value.isEmpty ? "." : dir.value
            if let found = readFile(base + "/" + tail) { return found }
        }
        return nil
    }
}
