/// Lib/traceback.py's rendering, for the `traceback` module (`traceback.print_exc()`,
/// `format_exception`): in CPython 3.11 it differs from the interpreter's C printer in small ways
/// that programs comparing output can see. It has no "Did you mean" suggestions, strips source
/// lines on both sides, computes anchors with its own quirks (a `)` before the operator and
/// non-ASCII text inside the segment shift them), and formats SyntaxError with character
/// offsets. Tests compare it with the `expected_py` text of every fixture.
extension TracebackPrinter {
    /// `traceback.format_exception(e)`: the list of chunks it returns (join them for the text).
    public static func pythonChunks(_ e: PyBaseException, chain: Bool = true) -> [String] {
        var links: [(exception: PyBaseException, messageAfter: String?)] = []
        var seen = Set<ObjectIdentifier>()
        var current: PyBaseException? = e
        var messageAfter: String?
        while let c = current {
            seen.insert(ObjectIdentifier(c))
            links.append((c, messageAfter))
            current = nil
            guard chain else { break }
            if let cause = c.cause, !seen.contains(ObjectIdentifier(cause)) {
                current = cause
                messageAfter = causeMessage
            } else if !c.suppressContext, let context = c.context,
                      !seen.contains(ObjectIdentifier(context)) {
                current = context
                messageAfter = contextMessage
            }
        }
        var out: [String] = []
        for (exception, message) in links.reversed() {
            out += pythonStack(exception.traceback)
            out += pythonExceptionOnly(exception)
            if let message { out.append(message) }
        }
        return out
    }

    /// "Traceback (most recent call last):" and one chunk per frame (`StackSummary.format`).
    static func pythonStack(_ entries: [TracebackEntry]) -> [String] {
        guard !entries.isEmpty else { return [] }
        return ["Traceback (most recent call last):\n"] + pythonFrames(entries)
    }

    /// One chunk per printed frame, with the repeat compression.
    public static func pythonFrames(_ entries: [TracebackEntry]) -> [String] {
        var out: [String] = []
        var last: TracebackEntry?
        var count = 0
        for entry in entries {
            if let l = last, l.filename == entry.filename, l.lineno == entry.lineno,
               l.name == entry.name {
                count += 1
            } else {
                let r = repeatedLine(count)
                if !r.isEmpty { out.append(r) }
                last = entry
                count = 1
            }
            if count <= recursiveCutoff { out.append(pythonFrame(entry)) }
        }
        let r = repeatedLine(count)
        if !r.isEmpty { out.append(r) }
        return out
    }

    /// `StackSummary.format_frame_summary`.
    static func pythonFrame(_ entry: TracebackEntry) -> String {
        var out = "  File \"\(entry.filename)\", line \(entry.lineno), in \(entry.name)\n"
        guard !namesWithoutSource.contains(entry.filename),
              let raw = SourceCache.line(entry.filename, entry.lineno) else { return out }
        // linecache keeps the line ending; `line` is the text stripped on both sides.
        let original = Array((raw + "\n").unicodeScalars)
        let stripped = Array(String(raw).trimmingPythonWhitespace().unicodeScalars)
        guard !stripped.isEmpty else { return out }
        out += "    " + String(String.UnicodeScalarView(stripped)) + "\n"
        guard let range = entry.range, range.colOffset >= 0, range.endColOffset >= 0 else {
            return out
        }
        let strippedCharacters = original.count - stripped.count
        let lineUTF8 = Array((raw + "\n").utf8)
        let start = characterOffset(lineUTF8, range.colOffset)
        var end = characterOffset(lineUTF8, range.endColOffset)
        let lo = min(start, original.count), hi = max(lo, min(end, original.count))
        let segment = Array(original[lo..<hi])
        var anchors: (left: Int, right: Int)?
        if range.lineno == range.endLineno {
            anchors = pythonAnchors(segment)
        } else {
            var n = original.count
            while n > 0 && original[n - 1].properties.isWhitespace { n -= 1 }
            end = n
        }
        let hasSecondary = anchors.map { $0.right - $0.left > 0 } ?? false
        guard end - start < stripped.count || hasSecondary else { return out }
        let dpStart = displayWidth(original, start) + 1
        let dpEnd = displayWidth(original, end) + 1
        out += "    " + String(repeating: " ", count: max(0, dpStart - strippedCharacters))
        if let a = anchors {
            let dpLeft = displayWidth(segment, a.left)
            let dpRight = displayWidth(segment, a.right)
            out += String(repeating: "~", count: max(0, dpLeft))
            out += String(repeating: "^", count: max(0, dpRight - dpLeft))
            out += String(repeating: "~", count: max(0, dpEnd - dpStart - dpRight))
        } else {
            out += String(repeating: "^", count: max(0, dpEnd - dpStart))
        }
        return out + "\n"
    }

    /// `_display_width`: columns of the first `offset` characters (ASCII lines count 1 each).
    static func displayWidth(_ s: [Unicode.Scalar], _ offset: Int) -> Int {
        if s.allSatisfy({ $0.isASCII }) { return offset }
        var w = 0
        for c in s.prefix(max(0, offset)) { w += EastAsianWidth.width(c) }
        return w
    }

    /// `_extract_caret_anchors_from_line_segment`, with its mix of byte and character offsets
    /// kept: (left, right) in characters of the segment.
    static func pythonAnchors(_ segment: [Unicode.Scalar]) -> (left: Int, right: Int)? {
        let text = String(String.UnicodeScalarView(segment))
        let utf8 = Array(text.utf8)
        guard let tokens = SegmentTokenizer.tokenize(utf8), let root = SegmentShape.root(tokens) else {
            return nil
        }
        func normalize(_ byteOffset: Int) -> Int { characterOffset(utf8, byteOffset) }
        func isSpace(_ i: Int) -> Bool { segment[i].properties.isWhitespace }
        switch root {
        case .binOp(let leftEnd, let rightStart):
            let opStart = normalize(leftEnd), opEnd = normalize(rightStart)
            let op = Array(segment[min(opStart, segment.count)..<min(max(opStart, opEnd), segment.count)])
            var lead = 0
            while lead < op.count && op[lead].properties.isWhitespace { lead += 1 }
            var left = leftEnd + lead
            var right = left + 1
            if lead + 1 < op.count && !op[lead + 1].properties.isWhitespace { right += 1 }
            while left < segment.count && (isSpace(left) || segment[left] == ")" || segment[left] == "#") {
                left += 1
                right += 1
            }
            return (normalize(left), normalize(right))
        case .subscript(let valueEnd, let sliceEnd):
            var left = normalize(valueEnd)
            var right = normalize(sliceEnd + 1)
            while left < segment.count && (isSpace(left) || segment[left] != "[") { left += 1 }
            while right < segment.count && (isSpace(right) || segment[right] != "]") { right += 1 }
            if right < segment.count { right += 1 }
            return (left, right)
        }
    }

    /// `TracebackException.format_exception_only`: the SyntaxError block, the final line and the
    /// notes, one chunk per line.
    public static func pythonExceptionOnly(_ e: PyBaseException) -> [String] {
        var out: [String] = []
        let stype = qualifiedTypeName(e.type)
        if e.type.isSubtype(of: Types.syntaxError) {
            out += pythonSyntaxError(e, stype)
        } else {
            let s = (try? Protocol.str(.object(e))) ?? "<exception str() failed>"
            out.append(s.isEmpty ? "\(stype)\n" : "\(stype): \(s)\n")
        }
        if let notes = e.dict?.lookup("__notes__") {
            if case .object(let o) = notes, o is PyList || o is PyTuple {
                let items = (o as? PyList)?.elements ?? (o as? PyTuple)?.elements ?? []
                for note in items {
                    let text = (try? Protocol.str(note)) ?? "<note str() failed>"
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                        out.append(line + "\n")
                    }
                }
            } else {
                out.append((try? Protocol.repr(notes)) ?? "<__notes__ repr() failed>")
            }
        }
        return out
    }

    /// `TracebackException._format_syntax_error`.
    static func pythonSyntaxError(_ e: PyBaseException, _ stype: String) -> [String] {
        let v = PyValue.object(e)
        func attr(_ name: String) -> PyValue {
            let found = try? Protocol.lookupAttr(v, Names.intern(name))
            return (found ?? nil) ?? .none
        }
        var out: [String] = []
        var suffix = ""
        let filename = attr("filename")
        let lineno = attr("lineno")
        if !lineno.isNone {
            let name = filename.isNone ? "<string>" : ((try? Protocol.str(filename)) ?? "")
            out.append("  File \"\(name.isEmpty ? "<string>" : name)\", line \((try? Protocol.str(lineno)) ?? "")\n")
        } else if !filename.isNone {
            suffix = " (\((try? Protocol.str(filename)) ?? ""))"
        }
        if case .object(let t as PyStr) = attr("text") {
            var r = Array(t.value.unicodeScalars)
            while r.last == "\n" { r.removeLast() }
            var spaces = 0
            while spaces < r.count && (r[spaces] == " " || r[spaces] == "\n" || r[spaces] == "\u{0C}") {
                spaces += 1
            }
            let l = Array(r[spaces...])
            out.append("    " + String(String.UnicodeScalarView(l)) + "\n")
            if case .int(let offset) = attr("offset") {
                var endOffset = offset
                if case .int(let eo) = attr("end_offset"), eo != 0 { endOffset = eo }
                if offset == endOffset || endOffset == -1 { endOffset = offset + 1 }
                let colno = offset - 1 - spaces
                let endColno = endOffset - 1 - spaces
                if colno >= 0 {
                    var caretSpace = String.UnicodeScalarView()
                    for c in l.prefix(colno) { caretSpace.append(c.properties.isWhitespace ? c : " ") }
                    out.append("    " + String(caretSpace) + String(repeating: "^", count: max(0, endColno - colno)) + "\n")
                }
            }
        }
        let msg = attr("msg")
        var msgText = (try? Protocol.str(msg)) ?? ""
        if msg.isNone || msgText.isEmpty || ((try? Protocol.isTrue(msg)) == false) {
            msgText = "<no detail available>"
        }
        out.append("\(stype): \(msgText)\(suffix)\n")
        return out
    }
}

extension String {
    /// `str.strip()`: without leading and trailing whitespace (Unicode's, as Python's).
    func trimmingPythonWhitespace() -> String {
        var s = Substring(self).unicodeScalars
        while let f = s.first, f.properties.isWhitespace { s.removeFirst() }
        while let l = s.last, l.properties.isWhitespace { s.removeLast() }
        return String(s)
    }
}
