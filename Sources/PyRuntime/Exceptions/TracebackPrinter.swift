import PySyntax

/// Renders an exception the way CPython 3.11's default `sys.excepthook` prints it to stderr.
///
/// The reference is the C printer (Python/pythonrun.c `print_exception_recursive` and
/// Python/traceback.c `tb_printinternal`), which is what a user sees for an uncaught exception;
/// it differs from Lib/traceback.py in 3.11 in a few places, and where they differ we follow
/// the C printer: "Did you mean" suggestions for NameError and AttributeError, trailing blanks
/// kept on source lines, `)` before an operator, and wide characters before a caret anchor.
/// Tests/Fixtures/tracebacks holds what python3 printed for each case.
public enum TracebackPrinter {
    /// Identical consecutive entries beyond this many collapse into "[Previous line repeated".
    static let recursiveCutoff = 3
    /// `PyTraceBack_LIMIT`: only the innermost this-many entries are printed (`sys.tracebacklimit`
    /// overrides it).
    static let defaultLimit = 1000

    /// Code names whose source a traceback never shows, registered or not: CPython 3.11's C
    /// printer opens no `<...>` name, so `python3 -c` (`<string>`) and `python3 -i` (`<stdin>`)
    /// tracebacks have File lines only. Notebook cells (`<cell 3>`) are not in the set, so their
    /// lines show, as IPython shows them.
    public nonisolated(unsafe) static var namesWithoutSource: Set<String> = ["<string>", "<stdin>"]

    static let causeMessage =
        "\nThe above exception was the direct cause of the following exception:\n\n"
    static let contextMessage =
        "\nDuring handling of the above exception, another exception occurred:\n\n"

    /// The whole report: the chain of causes and contexts (oldest first), each with its
    /// traceback and final line, as `traceback.print_exception` lays it out.
    /// - Complexity: O(total traceback entries + source lines read).
    public static func format(_ e: PyBaseException) -> String {
        var chain: [(exception: PyBaseException, messageAfter: String?)] = []
        var seen = Set<ObjectIdentifier>()
        var current: PyBaseException? = e
        var messageAfter: String?
        while let c = current {
            seen.insert(ObjectIdentifier(c))
            chain.append((c, messageAfter))
            current = nil
            if let cause = c.cause {
                if !seen.contains(ObjectIdentifier(cause)) {
                    current = cause
                    messageAfter = causeMessage
                }
            } else if !c.suppressContext, let context = c.context,
                      !seen.contains(ObjectIdentifier(context)) {
                current = context
                messageAfter = contextMessage
            }
        }
        var out = ""
        for (exception, message) in chain.reversed() {
            out += formatSingle(exception)
            if let message { out += message }
        }
        return out
    }

    /// One exception without its chain: its traceback, then `formatException`.
    public static func formatSingle(_ e: PyBaseException) -> String {
        formatTraceback(e.traceback) + formatException(e)
    }

    /// What follows the traceback: the SyntaxError block if any, `Type: message`, a
    /// "Did you mean" suggestion, and the notes (`add_note`). For most exceptions this is the
    /// single last line (`traceback.format_exception_only`).
    public static func formatException(_ e: PyBaseException) -> String {
        var out = ""
        var message: PyValue = .object(e)
        if let block = SyntaxErrorBlock.read(e) {
            out += block.render()
            message = block.message
        }
        out += qualifiedTypeName(e.type)
        if !message.isNone {
            if let s = try? Protocol.str(message) {
                if !s.isEmpty { out += ": " }
                out += s
            } else {
                out += ": <exception str() failed>"
            }
        }
        if let suggestion = Suggestions.offer(for: e) {
            out += ". Did you mean: '\(suggestion)'?"
        }
        out += "\n"
        out += formatNotes(e)
        return out
    }

    /// "Traceback (most recent call last):" and the entries; empty when there are none.
    public static func formatTraceback(_ entries: [TracebackEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        let limit = tracebackLimit()
        guard limit > 0 else { return "" }
        return "Traceback (most recent call last):\n" + formatEntries(entries.suffix(limit))
    }

    /// The entries alone, with runs of more than three identical entries compressed.
    public static func formatEntries<C: Collection>(_ entries: C) -> String
    where C.Element == TracebackEntry {
        var out = ""
        var last: TracebackEntry?
        var count = 0
        for entry in entries {
            if let l = last, l.filename == entry.filename, l.lineno == entry.lineno,
               l.name == entry.name {
                count += 1
            } else {
                out += repeatedLine(count)
                last = entry
                count = 1
            }
            if count <= recursiveCutoff { out += formatEntry(entry) }
        }
        out += repeatedLine(count)
        return out
    }

    static func repeatedLine(_ count: Int) -> String {
        guard count > recursiveCutoff else { return "" }
        let n = count - recursiveCutoff
        return "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
    }

    /// One frame: the File line, the stripped source line, and the markers under it.
    public static func formatEntry(_ entry: TracebackEntry) -> String {
        var out = "  File \"\(entry.filename)\", line \(entry.lineno), in \(entry.name)\n"
        guard !namesWithoutSource.contains(entry.filename),
              let line = SourceCache.line(entry.filename, entry.lineno) else { return out }
        let scalars = Array(line.unicodeScalars)
        var indent = 0
        while indent < scalars.count, isIndentation(scalars[indent]) { indent += 1 }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: scalars[indent...])
        out += "    " + String(shown) + "\n"
        if let range = entry.range, range.lineno == entry.lineno,
           let markers = markerLine(line: line, scalars: scalars, indent: indent, range: range) {
            out += markers
        }
        return out
    }

    @inline(__always) static func isIndentation(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{0C}"
    }

    // MARK: The marker line (Python/traceback.c, tb_displayline)

    /// `    ~~~~^^^~~~\n` under the source line, or nil when the range covers the whole
    /// stripped line and has no anchors.
    static func markerLine(line: String, scalars: [Unicode.Scalar], indent: Int,
                           range: SourceRange) -> String? {
        guard range.lineno >= 0, range.endLineno >= 0, range.colOffset >= 0,
              range.endColOffset >= 0 else { return nil }
        let utf8 = Array(line.utf8)
        let start = characterOffset(utf8, range.colOffset)
        var end = characterOffset(utf8, range.endColOffset)
        var left = -1
        var right = -1
        var primary: Character = "^"
        var secondary: Character = "^"
        if range.lineno == range.endLineno {
            let lo = min(start, scalars.count)
            let hi = max(lo, min(end, scalars.count))
            var segmentScalars = String.UnicodeScalarView()
            segmentScalars.append(contentsOf: scalars[lo..<hi])
            let segment = Array(String(segmentScalars).utf8)
            if let a = CaretAnchors.extract(segment), a.left >= 0, a.right >= 0 {
                left = characterOffset(segment, a.left) + start
                right = characterOffset(segment, a.right) + start
                primary = a.primary
                secondary = a.secondary
            }
        } else {
            // A range over several lines is marked to the last non-blank character of its
            // first line. CPython indexes the line's UTF-8 bytes with a character count
            // here; we do the same, so lines with non-ASCII text mark what CPython marks.
            var i = scalars.count
            repeat { i -= 1 } while i >= 0 && CaretAnchors.isBlank(utf8[i])
            end = i + 1
        }
        let hasSecondary = left != -1 || right != -1
        if end - start == scalars.count - indent && !hasSecondary { return nil }

        var out = ""
        var offset = indent - 4
        while true {
            offset += 1
            if offset > end { break }
            let c = offset - 1
            let width = c >= 0 && c < scalars.count ? EastAsianWidth.width(scalars[c]) : 1
            let mark: Character
            if offset <= start {
                mark = " "
            } else if hasSecondary && left < offset && offset <= right {
                mark = secondary
            } else {
                mark = primary
            }
            for _ in 0..<width { out.append(mark) }
        }
        return out + "\n"
    }

    /// `_PyPegen_byte_offset_to_character_offset`: the number of characters in the first
    /// `offset` bytes (invalid UTF-8 counts as replacement characters); an offset past the end
    /// counts the terminating NUL, as CPython's does.
    static func characterOffset(_ utf8: [UInt8], _ offset: Int) -> Int {
        let clipped = min(offset, utf8.count + 1)
        if clipped > utf8.count {
            return String(decoding: utf8, as: UTF8.self).unicodeScalars.count + 1
        }
        return String(decoding: utf8[0..<clipped], as: UTF8.self).unicodeScalars.count
    }

    // MARK: Final line

    /// `module.Qualname`, without the module for builtins and `__main__`.
    public static func qualifiedTypeName(_ t: PyType) -> String {
        var module = t.moduleName
        if t.isHeapType, case .object(let o)? = t.dict?.lookup(interned: Names.__module__) {
            module = (o as? PyStr)?.value ?? "<unknown>"
        }
        if module == "builtins" || module == "__main__" { return t.qualname }
        return module + "." + t.qualname
    }

    /// `__notes__`: each note's str followed by a newline.
    static func formatNotes(_ e: PyBaseException) -> String {
        guard let notes = e.dict?.lookup("__notes__") else { return "" }
        guard case .object(let o) = notes, o is PyList || o is PyTuple else {
            return ((try? Protocol.repr(notes)) ?? "<__notes__ repr() failed>") + "\n"
        }
        let items = (o as? PyList)?.elements ?? (o as? PyTuple)?.elements ?? []
        var out = ""
        for note in items {
            out += ((try? Protocol.str(note)) ?? "<note str() failed>") + "\n"
        }
        return out
    }

    /// `sys.tracebacklimit` when set to an int, else 1000.
    static func tracebackLimit() -> Int {
        guard case .object(let m as PyModule)? = Interpreter.shared.modules.lookup("sys"),
              let v = m.dict?.lookup("tracebacklimit") else { return defaultLimit }
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        case .object(let l as PyLong): return l.value > 0 ? Int.max : 0
        default: return defaultLimit
        }
    }
}

/// The lines CPython prints for a SyntaxError before its final line (pythonrun.c,
/// `print_exception_file_and_line` and `print_error_text`): the file and line, the source
/// text, and carets from `offset` to `end_offset`.
struct SyntaxErrorBlock {
    var message: PyValue
    var filename: String
    var lineno: Int
    var offset: Int
    var endLineno: Int
    var endOffset: Int
    var text: String?

    /// The fields of an exception with a `print_file_and_line` attribute (SyntaxError and its
    /// subclasses), or nil when it has none or its `msg`/`lineno` are unusable.
    static func read(_ e: PyBaseException) -> SyntaxErrorBlock? {
        let v = PyValue.object(e)
        func attr(_ name: String) -> PyValue? {
            try? Protocol.lookupAttr(v, Names.intern(name))
        }
        guard attr("print_file_and_line") != nil, let msg = attr("msg") else { return nil }
        var filename = "<string>"
        if let f = attr("filename"), !f.isNone {
            guard let s = try? Protocol.str(f) else { return nil }
            filename = s
        }
        guard case .int(let lineno)? = attr("lineno") else { return nil }
        func intOr(_ name: String, _ fallback: Int) -> Int? {
            guard let x = attr(name) else { return nil }
            if x.isNone { return fallback }
            if case .int(let i) = x { return i }
            return nil
        }
        guard let offset = intOr("offset", -1), let endLineno = intOr("end_lineno", lineno),
              var endOffset = intOr("end_offset", -1) else { return nil }
        // CPython's display shows one caret for an IndentationError (TabError and subclasses
        // included) whatever its end_offset; the traceback module does not.
        if e.type.isSubtype(of: Types.indentationError) { endOffset = -1 }
        var text: String?
        if let t = attr("text"), case .object(let s as PyStr) = t { text = s.value }
        return SyntaxErrorBlock(message: msg, filename: filename, lineno: lineno, offset: offset,
                                endLineno: endLineno, endOffset: endOffset, text: text)
    }

    func render() -> String {
        var out = "  File \"\(filename)\", line \(lineno)\n"
        guard let text else { return out }
        let bytes = Array(text.utf8)
        var endOffset = self.endOffset
        if endLineno > lineno { endOffset = bytes.count }
        if endOffset > bytes.count + 1 { endOffset = bytes.count + 1 }
        out += Self.errorText(bytes, offset: offset, endOffset: endOffset)
        return out
    }

    /// `print_error_text`: byte-based as in CPython (offsets are characters, the text is
    /// walked as UTF-8, which agrees for ASCII lines).
    static func errorText(_ text: [UInt8], offset: Int, endOffset: Int) -> String {
        let carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1
        var offset = offset - 1
        var start = 0
        while start < text.count, text[start] == 0x20 || text[start] == 0x09 || text[start] == 0x0C {
            start += 1
            offset -= 1
        }
        var rest = Array(text[start...])
        var len = rest.count
        if len > 0 && rest[len - 1] == 0x0A { len -= 1 }
        if offset > len { offset = len }
        while let nl = rest.firstIndex(of: 0x0A), nl < offset {
            let skip = nl + 1
            rest.removeFirst(skip)
            len -= skip
            offset -= skip
        }
        var out = "    " + String(decoding: rest, as: UTF8.self)
        if len >= rest.count || rest[len] != 0x0A { out += "\n" }
        if offset < 0 { return out }
        out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets)
        return out + "\n"
    }
}
