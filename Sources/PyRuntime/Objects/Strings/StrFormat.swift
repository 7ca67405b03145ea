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
    static func format(_ template: String, args: [PyValue], kwargs: Source) throws(PyException) -> String {
        var state = State(args: args, kwargs: kwargs)
        return try render(Array(template.unicodeScalars), &state, depth: 2)
    }

    private struct State {
        let args: [PyValue]
        let kwargs: Source
        /// nil until the first field decides; then true for automatic numbering.
        var automatic: Bool?
        var nextIndex = 0
    }

    private static func render(_ s: [Unicode.Scalar], _ state: inout State, depth: Int) throws(PyException) -> String {
        if depth <= 0 { throw .valueError("Max string recursion exceeded") }
        var out = ""
        var i = 0
        while i < s.count {
            let c = s[i]
            if c != "{" && c != "}" {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            let atEnd = i + 1 >= s.count
            if c == "}" {
                if atEnd || s[i + 1] != "}" { throw .valueError("Single '}' encountered in format string") }
                out += "}"
                i += 2
                continue
            }
            if atEnd { throw .valueError("Single '{' encountered in format string") }
            if s[i + 1] == "{" {
                out += "{"
                i += 2
                continue
            }
            i += 1
            // parse_field: the name runs to '}', ':' or '!', skipping over [...].
            let nameStart = i
            var terminator: Unicode.Scalar = "\0"
            while i < s.count {
                let ch = s[i]
                i += 1
                if ch == "{" { throw .valueError("unexpected '{' in field name") }
                if ch == "[" {
                    while i < s.count && s[i] != "]" { i += 1 }
                    continue
                }
                if ch == "}" || ch == ":" || ch == "!" {
                    terminator = ch
                    break
                }
            }
            let nameEnd = terminator == "\0" ? i : i - 1
            var conversion: Unicode.Scalar? = nil
            var spec: [Unicode.Scalar] = []
            var specNeedsExpanding = false
            if terminator == "!" || terminator == ":" {
                var done = false
                if terminator == "!" {
                    if i >= s.count {
                        throw .valueError("end of string while looking for conversion specifier")
                    }
                    conversion = s[i]
                    i += 1
                    if i < s.count {
                        let next = s[i]
                        i += 1
                        if next == "}" {
                            done = true
                        } else if next != ":" {
                            throw .valueError("expected ':' after conversion specifier")
                        }
                    }
                }
                if !done {
                    let specStart = i
                    var count = 1
                    var closed = false
                    while i < s.count {
                        let ch = s[i]
                        i += 1
                        if ch == "{" {
                            specNeedsExpanding = true
                            count += 1
                        } else if ch == "}" {
                            count -= 1
                            if count == 0 {
                                spec = Array(s[specStart..<(i - 1)])
                                closed = true
                                break
                            }
                        }
                    }
                    if !closed { throw .valueError("unmatched '{' in format spec") }
                }
            } else if terminator != "}" {
                throw .valueError("expected '}' before end of string")
            }
            var value = try fieldValue(Array(s[nameStart..<nameEnd]), &state)
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
            var specText = StrOps.string(spec)
            if specNeedsExpanding { specText = try render(spec, &state, depth: depth - 1) }
            out += try Formatting.format(value, spec: specText)
        }
        return out
    }

    /// The object a field name designates: `0`, `name`, then `.attr` and `[key]` steps.
    private static func fieldValue(_ name: [Unicode.Scalar], _ state: inout State) throws(PyException) -> PyValue {
        var i = 0
        while i < name.count && name[i] != "." && name[i] != "[" { i += 1 }
        let first = name[0..<i]
        var value: PyValue
        if first.isEmpty {
            if state.automatic == false {
                throw .valueError("cannot switch from manual field specification to automatic field numbering")
            }
            state.automatic = true
            value = try positional(state.nextIndex, state)
            state.nextIndex += 1
        } else if first.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
            if state.automatic == true {
                throw .valueError("cannot switch from automatic field numbering to manual field specification")
            }
            state.automatic = false
            guard let n = Int(StrOps.string(first)) else {
                throw .valueError("Too many decimal digits in format string")
            }
            value = try positional(n, state)
        } else {
            let key = PyStr(StrOps.string(first))
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
            if name[i] == "." {
                i += 1
                let start = i
                while i < name.count && name[i] != "." && name[i] != "[" { i += 1 }
                if i == start { throw .valueError("Empty attribute in format string") }
                let attr = Names.intern(StrOps.string(name[start..<i]))
                value = try Protocol.getAttr(value, attr)
            } else {
                i += 1
                let start = i
                while i < name.count && name[i] != "]" { i += 1 }
                if i == start { throw .valueError("Empty attribute in format string") }
                if i >= name.count { throw .valueError("Missing ']' in format string") }
                let keyText = name[start..<i]
                i += 1
                if i < name.count && name[i] != "." && name[i] != "[" {
                    throw .valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
                let key: PyValue
                if keyText.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
                   let n = Int(StrOps.string(keyText)) {
                    key = .int(n)
                } else {
                    key = .str(StrOps.string(keyText))
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
        return try Protocol.callMethod(m, self: obj, [key])
    }
}
