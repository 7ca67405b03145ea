/// `str.format` and `str.format_map` (Objects/stringlib/unicode_format.h): literal text with
/// `{{`/`}}` escapes, replacement fields `{name.attr[key]!conv:spec}` with automatic or manual
/// numbering, and specs that may themselves contain fields (two levels deep).
enum StrFormat {
    /// Where named fields come from.
    enum Source {
        case keywords([(name: PyStr, value: PyValue)])
        case mapping(PyValue)
    }

    /// `template.format(*args, **kwargs)`, or `format_map(mapping)` with `.mapping`.
    /// `args` is a view of the caller's arguments, valid for the call.
    static func format(_ template: String, args: UnsafeBufferPointer<PyValue>, kwargs: Source) throws(PyException) -> String {
        var state = State(args: args, kwargs: kwargs)
        // The syntax characters are ASCII, so the template is parsed in place as UTF-8 bytes (a
        // continuation byte never equals one of them).
        return try StrOps.withUTF8(template) { (s) throws(PyException) -> String in
            try ScratchBytes.with(capacity: s.count + 16) { (out) throws(PyException) -> String in
                try render(s, &state, depth: 2, into: &out)
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    private struct State {
        let args: UnsafeBufferPointer<PyValue>
        let kwargs: Source
        /// nil until the first field decides; then true for automatic numbering.
        var automatic: Bool?
        var nextIndex = 0
    }

    private static func render(_ s: UnsafeBufferPointer<UInt8>, _ state: inout State, depth: Int,
                               into out: inout [UInt8]) throws(PyException) {
        if depth <= 0 { throw .valueError("Max string recursion exceeded") }
        let n = s.count
        var i = 0
        while i < n {
            // Copy the literal run up to the next brace.
            var j = i
            while j < n && s[j] != UInt8(ascii: "{") && s[j] != UInt8(ascii: "}") { j += 1 }
            if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<j])) }
            i = j
            if i >= n { break }
            let c = s[i]
            let atEnd = i + 1 >= n
            if c == UInt8(ascii: "}") {
                if atEnd || s[i + 1] != UInt8(ascii: "}") {
                    throw .valueError("Single '}' encountered in format string")
                }
                out.append(UInt8(ascii: "}"))
                i += 2
                continue
            }
            if atEnd { throw .valueError("Single '{' encountered in format string") }
            if s[i + 1] == UInt8(ascii: "{") {
                out.append(UInt8(ascii: "{"))
                i += 2
                continue
            }
            i += 1
            // parse_field: the name runs to '}', ':' or '!', skipping over [...].
            let nameStart = i
            var terminator: UInt8 = 0
            while i < n {
                let ch = s[i]
                i += 1
                if ch == UInt8(ascii: "{") { throw .valueError("unexpected '{' in field name") }
                if ch == UInt8(ascii: "[") {
                    while i < n && s[i] != UInt8(ascii: "]") { i += 1 }
                    continue
                }
                if ch == UInt8(ascii: "}") || ch == UInt8(ascii: ":") || ch == UInt8(ascii: "!") {
                    terminator = ch
                    break
                }
            }
            let nameEnd = terminator == 0 ? i : i - 1
            var conversion: Unicode.Scalar? = nil
            var spec = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            var specNeedsExpanding = false
            if terminator == UInt8(ascii: "!") || terminator == UInt8(ascii: ":") {
                var done = false
                if terminator == UInt8(ascii: "!") {
                    if i >= n {
                        throw .valueError("end of string while looking for conversion specifier")
                    }
                    // The conversion is one code point (any, for the error message).
                    var end = i + 1
                    while end < n && s[end] & 0xC0 == 0x80 { end += 1 }
                    conversion = s[i] < 0x80 ? Unicode.Scalar(s[i])
                        : String(decoding: s[i..<end], as: UTF8.self).unicodeScalars.first!
                    i = end
                    if i < n {
                        let next = s[i]
                        i += 1
                        if next == UInt8(ascii: "}") {
                            done = true
                        } else if next != UInt8(ascii: ":") {
                            throw .valueError("expected ':' after conversion specifier")
                        }
                    }
                }
                if !done {
                    let specStart = i
                    var count = 1
                    var closed = false
                    while i < n {
                        let ch = s[i]
                        i += 1
                        if ch == UInt8(ascii: "{") {
                            specNeedsExpanding = true
                            count += 1
                        } else if ch == UInt8(ascii: "}") {
                            count -= 1
                            if count == 0 {
                                spec = UnsafeBufferPointer(rebasing: s[specStart..<(i - 1)])
                                closed = true
                                break
                            }
                        }
                    }
                    if !closed { throw .valueError("unmatched '{' in format spec") }
                }
            } else if terminator != UInt8(ascii: "}") {
                throw .valueError("expected '}' before end of string")
            }
            var value = try fieldValue(UnsafeBufferPointer(rebasing: s[nameStart..<nameEnd]), &state)
            if let conversion {
                switch conversion {
                case "r": value = .str(try Protocol.repr(value))
                case "s": value = .str(try Protocol.str(value))
                case "a": value = .str(StrOps.asciiEscaped(try Protocol.repr(value)))
                default:
                    let v = conversion.value
                    let shown = v > 32 && v < 127 ? String(conversion) : "\\x\(String(v, radix: 16))"
                    throw .valueError("Unknown conversion specifier \(shown)")
                }
            }
            let specText: String
            if specNeedsExpanding {
                var expanded: [UInt8] = []
                try render(spec, &state, depth: depth - 1, into: &expanded)
                specText = String(decoding: expanded, as: UTF8.self)
            } else {
                specText = spec.isEmpty ? "" : String(decoding: spec, as: UTF8.self)
            }
            if specText.isEmpty, case .object(let str as PyStr) = value {
                out.append(contentsOf: str.value.utf8)
            } else {
                out.append(contentsOf: try Formatting.format(value, spec: specText).utf8)
            }
        }
    }

    /// Whether every byte is an ASCII digit (field names `0`, keys `[1]`).
    private static func isDigits(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The object a field name designates: `0`, `name`, then `.attr` and `[key]` steps.
    private static func fieldValue(_ name: UnsafeBufferPointer<UInt8>, _ state: inout State) throws(PyException) -> PyValue {
        @inline(__always) func text(_ a: Int, _ b: Int) -> String {
            String(decoding: name[a..<b], as: UTF8.self)
        }
        var i = 0
        while i < name.count && name[i] != UInt8(ascii: ".") && name[i] != UInt8(ascii: "[") { i += 1 }
        let first = UnsafeBufferPointer(rebasing: name[0..<i])
        var value: PyValue
        if first.isEmpty {
            if state.automatic == false {
                throw .valueError("cannot switch from manual field specification to automatic field numbering")
            }
            state.automatic = true
            value = try positional(state.nextIndex, state)
            state.nextIndex += 1
        } else if isDigits(first) {
            if state.automatic == true {
                throw .valueError("cannot switch from automatic field numbering to manual field specification")
            }
            state.automatic = false
            var n = 0
            for d in first {
                let (m, o1) = n.multipliedReportingOverflow(by: 10)
                let (r, o2) = m.addingReportingOverflow(Int(d - 0x30))
                if o1 || o2 { throw .valueError("Too many decimal digits in format string") }
                n = r
            }
            value = try positional(n, state)
        } else {
            let key = PyStr(text(0, i))
            switch state.kwargs {
            case .keywords(let kws):
                guard let found = kws.first(where: { StrOps.equal($0.name, key) }) else {
                    throw .keyError(.object(key))
                }
                value = found.value
            case .mapping(let m):
                value = try getItem(m, .object(key))
            }
        }
        // The rest: .attr and [key].
        while i < name.count {
            if name[i] == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < name.count && name[i] != UInt8(ascii: ".") && name[i] != UInt8(ascii: "[") { i += 1 }
                if i == start { throw .valueError("Empty attribute in format string") }
                let attr = Names.intern(text(start, i))
                value = try Protocol.getAttr(value, attr)
            } else {
                i += 1
                let start = i
                while i < name.count && name[i] != UInt8(ascii: "]") { i += 1 }
                if i == start { throw .valueError("Empty attribute in format string") }
                if i >= name.count { throw .valueError("Missing ']' in format string") }
                let keyBytes = UnsafeBufferPointer(rebasing: name[start..<i])
                let keyText = text(start, i)
                i += 1
                if i < name.count && name[i] != UInt8(ascii: ".") && name[i] != UInt8(ascii: "[") {
                    throw .valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
                let key: PyValue
                if isDigits(keyBytes), let n = Int(keyText) {
                    key = .int(n)
                } else {
                    key = .str(keyText)
                }
                value = try getItem(value, key)
            }
        }
        return value
    }

    private static func positional(_ n: Int, _ state: State) throws(PyException) -> PyValue {
        if case .mapping = state.kwargs {
            throw .valueError("Format string contains positional fields")
        }
        guard n < state.args.count else {
            throw .indexError("Replacement index \(n) out of range for positional args tuple")
        }
        return state.args[n]
    }

    /// `obj[key]` through `__getitem__` (dicts, lists and tuples directly).
    static func getItem(_ obj: PyValue, _ key: PyValue) throws(PyException) -> PyValue {
        if case .object(let o) = obj {
            if let d = o as? PyDict, d.type === Types.dict || d.type.lookup(Names.__getitem__) == nil {
                guard let v = try d.getItem(key) else { throw .keyError(key) }
                return v
            }
            if let l = o as? PyList, let i = IntMath.small(key) {
                let j = i < 0 ? i + l.elements.count : i
                guard j >= 0 && j < l.elements.count else { throw .indexError("list index out of range") }
                return l.elements[j]
            }
            if let t = o as? PyTuple, let i = IntMath.small(key) {
                let j = i < 0 ? i + t.elements.count : i
                guard j >= 0 && j < t.elements.count else { throw .indexError("tuple index out of range") }
                return t.elements[j]
            }
        }
        guard let m = obj.type.lookup(Names.__getitem__), !m.isNone else {
            throw .typeError("'\(obj.type.name)' object is not subscriptable")
        }
        return try Protocol.callMethod(m, self: obj, key)
    }
}
