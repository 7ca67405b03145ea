import Foundation

/// A notebook on disk: a jupytext percent-format `.py` (`# %%` code cells, `# %% [markdown]`
/// cells of `# `-commented text, `tags=["..."]` metadata) or an `.ipynb` (nbformat 4).
public struct NotebookDocument {
    public struct Cell {
        public enum Kind: String { case code, markdown, raw }
        public var kind: Kind
        public var source: String
        public var tags: [String] = []
        /// The cell's `id` (nbformat 4.5), when the file had one.
        public var id: String?
    }

    public var cells: [Cell]
    public var path: String

    /// The first markdown heading, or the file name.
    public var title: String {
        for cell in cells where cell.kind == .markdown {
            for line in cell.source.split(separator: "\n") where line.hasPrefix("#") {
                return line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
            }
        }
        return ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    public static func load(_ path: String) throws -> NotebookDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if path.hasSuffix(".ipynb") { return NotebookDocument(cells: try ipynbCells(data), path: path) }
        return NotebookDocument(cells: percentCells(String(decoding: data, as: UTF8.self)), path: path)
    }

    // MARK: Percent format

    static func percentCells(_ text: String) -> [Cell] {
        var cells: [Cell] = []
        var current: Cell?
        var lines: [String] = []
        func finish() {
            guard var cell = current else {
                // Text before the first marker: a code cell if it holds anything but comments.
                let code = lines.filter { !$0.allSatisfy(\.isWhitespace) }
                if !code.isEmpty && !code.allSatisfy({ $0.hasPrefix("#") }) {
                    cells.append(Cell(kind: .code, source: trimmed(lines)))
                }
                lines = []
                return
            }
            if cell.kind == .code {
                cell.source = trimmed(lines)
            } else {
                cell.source = trimmed(lines.map { line in
                    if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
                    return line == "#" ? "" : line
                })
            }
            cells.append(cell)
            lines = []
        }
        for line in text.components(separatedBy: "\n") {
            if line == "# %%" || line.hasPrefix("# %% ") {
                finish()
                current = marker(String(line.dropFirst(4)))
            } else {
                lines.append(line)
            }
        }
        finish()
        return cells
    }

    /// `# %% Title [markdown] tags=["raises-exception"]`: the kind and tags.
    private static func marker(_ options: String) -> Cell {
        var kind = Cell.Kind.code
        if options.contains("[markdown]") || options.contains("[md]") { kind = .markdown }
        if options.contains("[raw]") { kind = .raw }
        var tags: [String] = []
        if let range = options.range(of: #"tags=\[[^\]]*\]"#, options: .regularExpression) {
            let list = options[range].dropFirst("tags=".count)
            if let parsed = try? JSONSerialization.jsonObject(with: Data(list.utf8)) as? [String] { tags = parsed }
        }
        return Cell(kind: kind, source: "", tags: tags)
    }

    private static func trimmed(_ lines: [String]) -> String {
        var l = lines[...]
        while l.first?.allSatisfy(\.isWhitespace) == true { l = l.dropFirst() }
        while l.last?.allSatisfy(\.isWhitespace) == true { l = l.dropLast() }
        return l.joined(separator: "\n")
    }

    // MARK: ipynb

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    static func ipynbCells(_ data: Data) throws -> [Cell] {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cells = root["cells"] as? [[String: Any]] else {
            throw FormatError(description: "not a notebook: no top-level \"cells\" list")
        }
        return cells.map { c in
            let kind = Cell.Kind(rawValue: c["cell_type"] as? String ?? "code") ?? .raw
            let source = (c["source"] as? String) ?? ((c["source"] as? [String])?.joined() ?? "")
            let tags = ((c["metadata"] as? [String: Any])?["tags"] as? [String]) ?? []
            return Cell(kind: kind, source: source, tags: tags, id: c["id"] as? String)
        }
    }
}
