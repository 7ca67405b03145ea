import Foundation
import PyRuntime

/// Plays a lesson: markdown cells render for the terminal; each code cell is shown and then
/// offered at the prompt (Enter runs it, or edit it first). `%next`, `%back`, `%goto N`,
/// `%lesson stop` move around. Over a pipe the offered cell simply runs.
final class LessonPlayer {
    let name: String
    let document: NotebookDocument
    /// Indices of the code cells in `document.cells`.
    let codeCells: [Int]
    /// The code cell offered last (an index into `codeCells`), -1 before the first.
    var current = -1
    /// Its text: when a cell with exactly this text has run, the next one is shown.
    var offered: String?

    init(name: String, document: NotebookDocument) {
        self.name = name
        self.document = document
        codeCells = document.cells.indices.filter {
            document.cells[$0].kind == .code && !document.cells[$0].source.allSatisfy(\.isWhitespace)
        }
    }

    /// Folders searched for lessons, in order: `$JITBOOK_LESSONS`, `./lessons`, and the
    /// `lessons/` of the checkout this binary was built from.
    static var searchPath: [String] {
        var dirs: [String] = []
        if let env = ProcessInfo.processInfo.environment["JITBOOK_LESSONS"] { dirs.append(env) }
        dirs.append(FileManager.default.currentDirectoryPath + "/lessons")
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path
        dirs.append(checkout)
        return dirs
    }

    /// Every lesson found, by name (file name without extension), first folder first.
    static func available() -> [(name: String, path: String)] {
        var seen = Set<String>()
        var found: [(String, String)] = []
        for dir in searchPath {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for file in files.sorted() where file.hasSuffix(".py") || file.hasSuffix(".ipynb") {
                let name = (file as NSString).deletingPathExtension
                if seen.insert(name).inserted { found.append((name, dir + "/" + file)) }
            }
        }
        return found
    }

    /// Shows the markdown up to code cell `index` (from the cell after the current one when
    /// moving forward) and offers that cell.
    func show(codeCell index: Int, shell: Shell) throws(PyException) {
        guard index < codeCells.count else {
            // The lesson stays loaded, so %back and %goto still work; %lesson stop ends it.
            try Output.writeToSysStdout(Terminal.style("End of lesson \(name).", .heading) + "\n")
            current = codeCells.count
            offered = nil
            return
        }
        // Moving on by one shows the markdown since the cell offered last; a jump shows the
        // markdown just before the target cell.
        let first = index == current + 1 && current >= 0 ? codeCells[current] + 1
            : (index == 0 ? 0 : codeCells[index - 1] + 1)
        var text = current >= 0 ? "\n" : ""
        for cell in document.cells[first..<codeCells[index]] where cell.kind == .markdown {
            text += MarkdownRenderer.render(cell.source, width: min(Terminal.width, 100)) + "\n"
        }
        let code = document.cells[codeCells[index]].source
        text += Terminal.style("[\(name) \(index + 1)/\(codeCells.count)]", .dim) + "\n"
        text += code.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Terminal.style("  \u{2502} ", .dim) + $0 }.joined(separator: "\n") + "\n"
        try Output.writeToSysStdout(text)
        current = index
        offered = code
        shell.pendingInput = code
    }
}

extension Shell {
    func listLessons() throws(PyException) -> PyValue {
        let lessons = LessonPlayer.available()
        if lessons.isEmpty {
            try Output.writeToSysStdout("No lessons found in \(LessonPlayer.searchPath.joined(separator: ", ")).\n")
            return .none
        }
        let width = lessons.map(\.name.count).max()!
        var out = ""
        for lesson in lessons {
            let title = (try? NotebookDocument.load(lesson.path).title) ?? ""
            out += "  " + lesson.name + String(repeating: " ", count: width - lesson.name.count) + "  " + title + "\n"
        }
        try Output.writeToSysStdout(out + "Play one with %lesson NAME.\n")
        return .none
    }

    /// `%lesson NAME` starts a lesson (a unique prefix of its name is enough); `%lesson stop`.
    public func startLesson(_ line: String) throws(PyException) -> PyValue {
        let name = line.trimmingCharacters(in: .whitespaces)
        if name == "stop" {
            lesson = nil
            pendingInput = nil
            return .none
        }
        if name.isEmpty { return try listLessons() }
        let lessons = LessonPlayer.available()
        let matches = lessons.filter { $0.name == name }.isEmpty ? lessons.filter { $0.name.hasPrefix(name) }
                                                                 : lessons.filter { $0.name == name }
        guard matches.count == 1, let match = matches.first else {
            throw usageError(matches.isEmpty ? "no lesson named '\(name)' (see %lessons)"
                                             : "'\(name)' could be \(matches.map(\.name).joined(separator: ", "))")
        }
        let document: NotebookDocument
        do {
            document = try NotebookDocument.load(match.path)
        } catch {
            throw usageError("can't read \(match.path): \(error)")
        }
        let player = LessonPlayer(name: match.name, document: document)
        lesson = player
        try Output.writeToSysStdout(Terminal.style("Lesson \(match.name): \(document.title)", .heading)
            + " (\(player.codeCells.count) code cells; Enter runs the cell offered, %next skips it, "
            + "%back, %goto N, %lesson stop)\n\n")
        try player.show(codeCell: 0, shell: self)
        return .none
    }

    func moveInLesson(_ step: (LessonPlayer) -> Int) throws(PyException) -> PyValue {
        guard let lesson else { throw usageError("no lesson is playing (see %lessons)") }
        try lesson.show(codeCell: max(0, step(lesson)), shell: self)
        return .none
    }
}
