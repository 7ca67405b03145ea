import Foundation

/// Markdown for the terminal: headings, paragraphs wrapped to the width, lists, fenced code,
/// and the inline `code`, **strong** and *emphasis* spans.
enum MarkdownRenderer {
    static func render(_ markdown: String, width: Int) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        var item: (marker: String, text: String)?
        var inFence = false
        func flushParagraph() {
            if let i = item {
                out += wrap(inline(i.text), width: width, first: i.marker,
                            rest: String(repeating: " ", count: i.marker.count))
                item = nil
            }
            guard !paragraph.isEmpty else { return }
            out += wrap(inline(paragraph.joined(separator: " ")), width: width, first: "", rest: "")
            out.append("")
            paragraph = []
        }
        for raw in markdown.components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") {
                flushParagraph()
                inFence.toggle()
                if !inFence { out.append("") }
                continue
            }
            if inFence {
                out.append("    " + Terminal.style(raw, .code))
                continue
            }
            if line.isEmpty {
                flushParagraph()
            } else if line.hasPrefix("#") {
                flushParagraph()
                let level = line.prefix(while: { $0 == "#" }).count
                let title = inline(line.dropFirst(level).trimmingCharacters(in: .whitespaces))
                out.append(Terminal.style(title, .heading))
                if level <= 2 { out.append(String(repeating: level == 1 ? "=" : "-", count: min(visibleWidth(title), width))) }
                out.append("")
            } else if let next = listItem(line) {
                flushParagraph()
                item = next
            } else if item != nil && raw.first == " " {
                // An indented line continues the list item above it.
                item!.text += " " + line
            } else {
                paragraph.append(line)
            }
        }
        flushParagraph()
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// `- x`, `* x`, `1. x`: the marker to print and the item's text.
    private static func listItem(_ line: String) -> (marker: String, text: String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
            return ("  \u{2022} ", String(line.dropFirst(2)))
        }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return ("  \(digits). ", String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Inline spans: styled when colour is on; otherwise `code` keeps its backticks and the
    /// emphasis markers go.
    static func inline(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let rest = text[i...]
            if rest.hasPrefix("`"), let end = rest.dropFirst().firstIndex(of: "`") {
                let code = String(rest[rest.index(after: rest.startIndex)..<end])
                out += Terminal.colour ? Terminal.style(code, .code) : "`" + code + "`"
                i = text.index(after: end)
                continue
            }
            for marker in ["**", "__", "*", "_"] where rest.hasPrefix(marker) {
                let body = rest.dropFirst(marker.count)
                if let end = body.range(of: marker), !body[..<end.lowerBound].isEmpty,
                   !(marker == "_" && out.last?.isLetter == true) {
                    out += Terminal.style(String(body[..<end.lowerBound]), .emphasis)
                    i = end.upperBound
                    break
                }
            }
            if i == rest.startIndex {
                out.append(text[i])
                i = text.index(after: i)
            }
        }
        return out
    }

    /// Greedy word wrap by visible width (escape sequences take no columns).
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineWidth = first.count
        for word in text.split(separator: " ") {
            let w = visibleWidth(String(word))
            if lineWidth > (lines.isEmpty ? first.count : rest.count) && lineWidth + 1 + w > width {
                lines.append(line)
                line = rest
                lineWidth = rest.count
            }
            if lineWidth > (lines.isEmpty ? first.count : rest.count) { line += " "; lineWidth += 1 }
            line += word
            lineWidth += w
        }
        lines.append(line)
        return lines
    }

    static func visibleWidth(_ s: String) -> Int {
        var width = 0
        var escape = false
        for c in s {
            if c == "\u{1B}" { escape = true; continue }
            if escape { if c == "m" { escape = false }; continue }
            width += 1
        }
        return width
    }
}
