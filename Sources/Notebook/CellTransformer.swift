import Foundation

/// IPython's input transformations, done on the cell's text before it is parsed: line magics
/// (`%timeit x`, `t = %timeit -o x`), cell magics (`%%timeit` on the first line), help syntax
/// (`obj?`, `obj??`, `?obj`) and shell escapes (`!ls`) become calls on `get_ipython()`. Every
/// other line is left alone, so line numbers in tracebacks stay those of the cell as typed.
enum CellTransformer {
    static func transform(_ cell: String) -> String {
        if cell.trimmingCharacters(in: .whitespacesAndNewlines) == "?" {
            return "get_ipython().run_line_magic('quickref', '')"
        }
        var lines = cell.components(separatedBy: "\n")
        if let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
           lines[first].hasPrefix("%%") {
            let (name, args) = splitMagic(String(lines[first].dropFirst(2)))
            let body = lines[(first + 1)...].joined(separator: "\n")
            return "get_ipython().run_cell_magic(\(literal(name)), \(literal(args)), \(literal(body)))"
        }
        if lines.count == 1, let help = helpRequest(lines[0]) {
            return "get_ipython().run_line_magic(\(literal(help.detail ? "pinfo2" : "pinfo")), \(literal(help.target)))"
        }
        var inString: String?
        for i in lines.indices {
            if inString == nil { lines[i] = transformLine(lines[i]) }
            inString = tripleQuoteState(after: lines[i], startingIn: inString)
        }
        return lines.joined(separator: "\n")
    }

    /// One line: `%magic args` or `target = %magic args` or `!command`, at any indentation.
    private static func transformLine(_ line: String) -> String {
        let indent = String(line.prefix(while: { $0 == " " || $0 == "\t" }))
        let rest = line.dropFirst(indent.count)
        if rest.hasPrefix("%") && !rest.hasPrefix("%%") {
            let (name, args) = splitMagic(String(rest.dropFirst()))
            return indent + "get_ipython().run_line_magic(\(literal(name)), \(literal(args)))"
        }
        if rest.hasPrefix("!") && !rest.hasPrefix("!=") {
            return indent + "get_ipython().system(\(literal(String(rest.dropFirst()))))"
        }
        // `x = %timeit -o f()`: an assignment to plain names whose value is a line magic.
        if let eq = rest.range(of: "= %"), !rest.hasPrefix("%") {
            let target = rest[rest.startIndex..<eq.lowerBound].trimmingCharacters(in: .whitespaces)
            let isNames = !target.isEmpty && target.split(separator: ",").allSatisfy { part in
                let p = part.trimmingCharacters(in: .whitespaces)
                return !p.isEmpty && p.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
                    && !(p.first?.isNumber ?? true)
            }
            if isNames {
                let (name, args) = splitMagic(String(rest[eq.upperBound...]))
                return indent + target + " = get_ipython().run_line_magic(\(literal(name)), \(literal(args)))"
            }
        }
        return line
    }

    /// `name args` -> (name, args), IPython's split at the first whitespace.
    static func splitMagic(_ text: String) -> (String, String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (trimmed, "") }
        return (String(trimmed[..<space]), trimmed[space...].trimmingCharacters(in: .whitespaces))
    }

    /// `obj?`, `obj??`, `?obj`, `??obj`, `%magic?`: the object's expression and whether the
    /// source was asked for. Only a dotted name (or subscripted one) qualifies, as in IPython.
    static func helpRequest(_ line: String) -> (target: String, detail: Bool)? {
        var s = line.trimmingCharacters(in: .whitespaces)
        var detail = false
        if s.hasSuffix("??") { detail = true; s.removeLast(2) }
        else if s.hasSuffix("?") { s.removeLast() }
        else if s.hasPrefix("??") { detail = true; s.removeFirst(2) }
        else if s.hasPrefix("?") { s.removeFirst() }
        else { return nil }
        s = s.trimmingCharacters(in: .whitespaces)
        let allowed = s.allSatisfy { $0.isLetter || $0.isNumber || "_.[]'\"%".contains($0) }
        guard !s.isEmpty, allowed, !(s.first?.isNumber ?? true) else { return nil }
        return (s, detail)
    }

    /// A Python string literal for `text`.
    static func literal(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\x%02x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// Whether the cell's last line ends with `;` outside a comment: IPython then shows no
    /// `Out[n]` (and stores nothing in `Out`).
    static func endsWithSemicolon(_ cell: String) -> Bool {
        guard let last = cell.split(separator: "\n", omittingEmptySubsequences: true).last else { return false }
        return stripComment(String(last)).trimmingCharacters(in: .whitespaces).hasSuffix(";")
    }

    /// The line without a trailing `# comment` (a `#` inside quotes is kept).
    static func stripComment(_ line: String) -> String {
        var quote: Character?
        var escaped = false
        for (i, c) in zip(line.indices, line) {
            if escaped { escaped = false; continue }
            if c == "\\" && quote != nil { escaped = true; continue }
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "#" {
                return String(line[..<i])
            }
        }
        return line
    }

    /// Whether a triple-quoted string is still open after `line` (so the next line is string
    /// content, never a magic): the open delimiter, or nil.
    static func tripleQuoteState(after line: String, startingIn open: String?) -> String? {
        var state = open
        var i = line.startIndex
        var quote: Character?
        while i < line.endIndex {
            let rest = line[i...]
            if let delimiter = state {
                if rest.hasPrefix(delimiter) {
                    state = nil
                    i = line.index(i, offsetBy: 3)
                    continue
                }
                if line[i] == "\\" { i = line.index(after: i) }
            } else if let q = quote {
                if line[i] == "\\" { i = line.index(after: i) }
                else if line[i] == q { quote = nil }
            } else if rest.hasPrefix("\"\"\"") || rest.hasPrefix("'''") {
                state = String(rest.prefix(3))
                i = line.index(i, offsetBy: 3)
                continue
            } else if line[i] == "'" || line[i] == "\"" {
                quote = line[i]
            } else if line[i] == "#" {
                break
            }
            if i < line.endIndex { i = line.index(after: i) }
        }
        return state
    }
}
