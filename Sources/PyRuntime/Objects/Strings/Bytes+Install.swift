/// `bytes` (Objects/bytesobject.c, Objects/bytes_methods.c): the basic methods.
extension Runtime {
    static func installBytes() {
        let t = NativeInstaller(Types.bytes, accepts: { $0.object is PyBytes })
        func me(_ v: PyValue) -> [UInt8] { (v.object as! PyBytes).value }
        func wrap(_ b: [UInt8]) -> PyValue { .object(PyBytes(b)) }

        t.slot0("__len__") { (v) throws(PyException) -> PyValue in .int(me(v).count) }
        t.slot0("__hash__") { (v) throws(PyException) -> PyValue in .int(BytesOps.hash(me(v))) }
        t.slot0("__repr__") { (v) throws(PyException) -> PyValue in .str(BytesOps.repr(me(v))) }
        t.slot0("__str__") { (v) throws(PyException) -> PyValue in .str(BytesOps.repr(me(v))) }
        t.slot0("__iter__") { (v) throws(PyException) -> PyValue in
            let b = me(v)
            var i = 0
            return .object(PyNativeIterator(type: Types.bytesIteratorType, lengthHint: { b.count - i }) {
                () throws(PyException) -> PyValue? in
                guard i < b.count else { return nil }
                defer { i += 1 }
                return .int(Int(b[i]))
            })
        }
        t.slot1("__getitem__") { (v, k) throws(PyException) -> PyValue in
            let b = me(v)
            if let i = IntMath.small(k) {
                let j = i < 0 ? i + b.count : i
                guard j >= 0 && j < b.count else { throw .indexError("index out of range") }
                return .int(Int(b[j]))
            }
            if let sl = k.as(PySlice.self) {
                let s = try sl.adjust(count: b.count)
                var out: [UInt8] = []
                out.reserveCapacity(s.count)
                var i = s.start
                for _ in 0..<s.count {
                    out.append(b[i])
                    i += s.step
                }
                return wrap(out)
            }
            throw .typeError("byte indices must be integers or slices, not \(k.type.name)")
        }
        t.slot1("__contains__") { (v, x) throws(PyException) -> PyValue in
            let b = me(v)
            if IntMath.isInt(x) {
                guard let n = IntMath.small(x), n >= 0, n < 256 else {
                    throw .valueError("byte must be in range(0, 256)")
                }
                return .bool(b.contains(UInt8(n)))
            }
            guard case .object(let o as PyBytes) = x else {
                throw .typeError("a bytes-like object is required, not '\(x.type.name)'")
            }
            return .bool(BytesOps.find(b, o.value, 0, b.count, reverse: false) >= 0)
        }
        t.slot1("__add__") { (v, x) throws(PyException) -> PyValue in
            guard case .object(let o as PyBytes) = x else {
                throw .typeError("can't concat \(x.type.name) to bytes")
            }
            return wrap(me(v) + o.value)
        }
        for name in ["__mul__", "__rmul__"] {
            t.slot1(name) { (v, n) throws(PyException) -> PyValue in
                let count = try StrOps.repeatCount(n)
                let b = me(v)
                if count <= 0 || b.isEmpty { return wrap([]) }
                let (total, o) = b.count.multipliedReportingOverflow(by: count)
                if o || total > 1 << 34 { throw .overflowError("repeated bytes are too long") }
                return wrap(Array([[UInt8]](repeating: b, count: count).joined()))
            }
        }
        t.comparisons { (op, a, b) throws(PyException) -> PyValue in
            guard case .object(let x as PyBytes) = a, case .object(let y as PyBytes) = b else {
                return .notImplemented
            }
            let c = x.value.lexicographicallyPrecedes(y.value) ? -1 : (x.value == y.value ? 0 : 1)
            return .bool(NumberFastPath.result(op, c))
        }
        t.method("decode") { (v, a) throws(PyException) -> PyValue in
            let b = try a.bind("decode", ["encoding", "errors"], required: 0)
            let enc = try StrOps.optionalStr(b[0], "decode() argument 'encoding' must be str, not ")
            let err = try StrOps.optionalStr(b[1], "decode() argument 'errors' must be str, not ")
            return .object(try BytesOps.decode(me(v), encoding: enc?.value ?? "utf-8", errors: err?.value ?? "strict"))
        }
        t.oneArg("join") { (v, x) throws(PyException) -> PyValue in
            var out: [UInt8] = []
            for (i, item) in try Protocol.toArray(x).enumerated() {
                guard case .object(let p as PyBytes) = item else {
                    throw .typeError("sequence item \(i): expected a bytes-like object, \(item.type.name) found")
                }
                if i > 0 { out.append(contentsOf: me(v)) }
                out.append(contentsOf: p.value)
            }
            return wrap(out)
        }
        t.method("split") { (v, a) throws(PyException) -> PyValue in
            let b = try a.bind("split", ["sep", "maxsplit"], required: 0)
            let sep = try BytesOps.optionalBytes(b[0])
            let max = try b[1].map { (x) throws(PyException) -> Int in try Protocol.index(x) } ?? -1
            return .object(PyList(try BytesOps.split(me(v), sep, max).map(wrap)))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.positional(name, min: 0, max: 1) { (v, args) throws(PyException) -> PyValue in
                let chars = try BytesOps.optionalBytes(args.first)
                let set = Set(chars ?? [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D])
                let b = me(v)
                var i = 0, j = b.count
                if left { while i < j && set.contains(b[i]) { i += 1 } }
                if right { while j > i && set.contains(b[j - 1]) { j -= 1 } }
                return wrap(Array(b[i..<j]))
            }
        }
        for (name, reverse, raise) in [("find", false, false), ("rfind", true, false), ("index", false, true),
                                       ("rindex", true, true)] {
            t.positional(name, min: 1, max: 3) { (v, args) throws(PyException) -> PyValue in
                let sub = try BytesOps.needle(args[0])
                let (s, e) = try StrOps.range(args)
                let b = me(v)
                let (start, end) = StrOps.adjust(s, e, b.count)
                let r = BytesOps.find(b, sub, start, end, reverse: reverse)
                if r < 0 && raise { throw .valueError("subsection not found") }
                return .int(r)
            }
        }
        t.positional("count", min: 1, max: 3) { (v, args) throws(PyException) -> PyValue in
            let sub = try BytesOps.needle(args[0])
            let (s, e) = try StrOps.range(args)
            let b = me(v)
            let (start, end) = StrOps.adjust(s, e, b.count)
            if start > b.count || end < start { return .int(0) }
            if sub.isEmpty { return .int(end - start + 1) }
            var n = 0, i = start
            while true {
                let r = BytesOps.find(b, sub, i, end, reverse: false)
                if r < 0 { break }
                n += 1
                i = r + sub.count
            }
            return .int(n)
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            t.positional(name, min: 1, max: 3) { (v, args) throws(PyException) -> PyValue in
                let (s, e) = try StrOps.range(args)
                let b = me(v)
                let (start, end) = StrOps.adjust(s, e, b.count)
                var candidates: [[UInt8]] = []
                if case .object(let tuple as PyTuple) = args[0] {
                    for item in tuple.elements {
                        guard case .object(let p as PyBytes) = item else {
                            throw .typeError("a bytes-like object is required, not '\(item.type.name)'")
                        }
                        candidates.append(p.value)
                    }
                } else {
                    guard case .object(let p as PyBytes) = args[0] else {
                        throw .typeError("\(name) first arg must be bytes or a tuple of bytes, not \(args[0].type.name)")
                    }
                    candidates = [p.value]
                }
                if start > b.count { return .false }
                for p in candidates where end - start >= p.count {
                    let from = suffix ? end - p.count : start
                    if Array(b[from..<(from + p.count)]) == p { return .true }
                }
                return .false
            }
        }
        t.slot1("__mod__") { (v, args) throws(PyException) -> PyValue in
            // printf-style on bytes: %s takes bytes-like values, the rest as for str.
            let text = BytesOps.latin1(me(v))
            let r = try PercentFormat.format(text, BytesOps.latin1Arguments(args))
            return wrap(r.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        }
        Types.bytes.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            let rest = UnsafeBufferPointer(rebasing: a.values[min(1, a.values.count)...])
            let b = try Arguments(rest, kwnames: a.kwnames).bind("bytes", ["source", "encoding", "errors"], required: 0)
            return wrap(try BytesOps.construct(b[0], encoding: b[1], errors: b[2]))
        }
        installBytesCase(t)
        installBytesMethods(t)
    }
}

extension Types {
    /// `bytes_iterator`, made here because the core list of types has no entry for it.
    static let bytesIteratorType = make("bytes_iterator", subclassable: false)
}

extension BytesOps {
    /// The latin-1 text of `b`: one code point per octet.
    static func latin1<C: Sequence>(_ b: C) -> String where C.Element == UInt8 {
        var v = String.UnicodeScalarView()
        for x in b { v.append(Unicode.Scalar(x)) }
        return String(v)
    }

    /// `hash(b)`: CPython's, so `hash(b'abc') == hash('abc')`.
    static func hash(_ b: [UInt8]) -> Int {
        b.withUnsafeBytes { SipHash.hash(bytes: $0) }
    }

    /// `repr(b)`: `b'...'` with the quote str would choose.
    static func repr(_ b: [UInt8]) -> String {
        let quote: UInt8 = b.contains(UInt8(ascii: "'")) && !b.contains(UInt8(ascii: "\"")) ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var out: [UInt8] = [UInt8(ascii: "b"), quote]
        for x in b {
            switch x {
            case quote, 0x5C: out.append(0x5C); out.append(x)
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            default:
                if x < 0x20 || x >= 0x7F {
                    StrOps.appendEscape(&out, UInt32(x), "x", 2)
                } else {
                    out.append(x)
                }
            }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    static func find(_ h: [UInt8], _ n: [UInt8], _ start: Int, _ end: Int, reverse: Bool) -> Int {
        if start > h.count || end - start < n.count { return -1 }
        let r = h.withUnsafeBufferPointer { (hp) -> Int? in
            n.withUnsafeBufferPointer { (np) -> Int? in
                reverse ? StrOps.rfind(hp, np, from: start, to: end) : StrOps.find(hp, np, from: start, to: end)
            }
        }
        return r ?? -1
    }

    /// A search argument: bytes, or an int for one byte.
    static func needle(_ v: PyValue) throws(PyException) -> [UInt8] {
        if case .object(let b as PyBytes) = v { return b.value }
        if IntMath.isInt(v) {
            guard let n = IntMath.small(v), n >= 0, n < 256 else { throw .valueError("byte must be in range(0, 256)") }
            return [UInt8(n)]
        }
        throw .typeError("argument should be integer or bytes-like object, not '\(v.type.name)'")
    }

    static func optionalBytes(_ v: PyValue?) throws(PyException) -> [UInt8]? {
        guard let v, !v.isNone else { return nil }
        guard case .object(let b as PyBytes) = v else {
            throw .typeError("a bytes-like object is required, not '\(v.type.name)'")
        }
        return b.value
    }

    static func split(_ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) throws(PyException) -> [[UInt8]] {
        let limit = maxsplit < 0 ? Int.max : maxsplit
        var out: [[UInt8]] = []
        guard let sep else {
            func space(_ x: UInt8) -> Bool { x == 0x20 || (x >= 0x09 && x <= 0x0D) }
            var i = 0
            while i < b.count {
                while i < b.count && space(b[i]) { i += 1 }
                if i == b.count { break }
                if out.count == limit {
                    // The rest keeps its trailing whitespace, as in CPython.
                    out.append(Array(b[i...]))
                    return out
                }
                let start = i
                while i < b.count && !space(b[i]) { i += 1 }
                out.append(Array(b[start..<i]))
            }
            return out
        }
        if sep.isEmpty { throw .valueError("empty separator") }
        var i = 0
        while out.count < limit {
            let at = find(b, sep, i, b.count, reverse: false)
            if at < 0 { break }
            out.append(Array(b[i..<at]))
            i = at + sep.count
        }
        out.append(Array(b[i...]))
        return out
    }

    /// `bytes(source, encoding, errors)`.
    static func construct(_ source: PyValue?, encoding: PyValue?, errors: PyValue?) throws(PyException) -> [UInt8] {
        guard let source else {
            if encoding != nil || errors != nil {
                throw .typeError(encoding != nil ? "encoding without a string argument" : "errors without a string argument")
            }
            return []
        }
        if case .object(let s as PyStr) = source {
            guard let encoding else { throw .typeError("string argument without an encoding") }
            let enc = try StrOps.requireStr(encoding, "bytes() argument 'encoding' must be str, not ")
            let err = try StrOps.optionalStr(errors, "bytes() argument 'errors' must be str, not ")
            return try StrOps.encode(s, encoding: enc.value, errors: err?.value ?? "strict")
        }
        if encoding != nil { throw .typeError("encoding without a string argument") }
        if errors != nil { throw .typeError("errors without a string argument") }
        if case .object(let b as PyBytes) = source { return b.value }
        if let m = source.type.lookup(Names.intern("__bytes__")), !m.isNone {
            let r = try Protocol.callMethod(m, self: source, [])
            guard case .object(let b as PyBytes) = r else {
                throw .typeError("__bytes__ returned non-bytes (type \(r.type.name))")
            }
            return b.value
        }
        if IntMath.isInt(source) {
            guard let n = IntMath.small(source) else {
                throw .overflowError("cannot fit 'int' into an index-sized integer")
            }
            if n < 0 { throw .valueError("negative count") }
            if n > 1 << 34 { throw .memoryError() }
            return [UInt8](repeating: 0, count: n)
        }
        if source.type.lookup(Names.__iter__) == nil && source.type.lookup(Names.__getitem__) == nil
            && !(source.object is PyList) && !(source.object is PyTuple) {
            throw .typeError("cannot convert '\(source.type.name)' object to bytes")
        }
        return try bytesFromObject(source)
    }

    /// `bytes.decode` / `str(b, encoding)`: utf-8, ascii and latin-1, with CPython's
    /// UnicodeDecodeError details and the `replace` / `ignore` handlers.
    static func decode(_ b: [UInt8], encoding: String, errors: String) throws(PyException) -> PyStr {
        let codec = try StrOps.codec(encoding)
        if codec == "latin-1" { return PyStr(BytesOps.latin1(b)) }
        if let (width, big) = WideCodecs.layout(codec) {
            return try WideCodecs.decode(b, width: width, bigEndian: big, errors: errors)
        }
        var out = String.UnicodeScalarView()
        var i = 0
        func fail(_ start: Int, _ end: Int, _ reason: String) throws(PyException) {
            switch errors {
            case "ignore": return
            case "replace": out.append("\u{FFFD}")
            case "backslashreplace":
                for x in b[start..<end] {
                    out.append(contentsOf: "\\x\(String(x >> 4, radix: 16))\(String(x & 0xF, radix: 16))".unicodeScalars)
                }
            case "strict":
                throw UnicodeErrors.decodeError(codec, b, start, end, reason)
            default:
                throw PyException(Types.lookupError, "unknown error handler name '\(errors)'")
            }
        }
        while i < b.count {
            let x = b[i]
            if x < 0x80 {
                out.append(Unicode.Scalar(x))
                i += 1
                continue
            }
            if codec == "ascii" {
                try fail(i, i + 1, "ordinal not in range(128)")
                i += 1
                continue
            }
            var length = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch x {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; hi = 0x9F
            case 0xF0: length = 4; lo = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; hi = 0x8F
            default: length = 0
            }
            if length == 0 {
                try fail(i, i + 1, "invalid start byte")
                i += 1
                continue
            }
            var value = UInt32(x) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var k = 1
            var bad = false
            while k < length {
                if i + k >= b.count {
                    try fail(i, b.count, "unexpected end of data")
                    i = b.count
                    bad = true
                    break
                }
                let c = b[i + k]
                let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                if c < l || c > h {
                    try fail(i, i + k, "invalid continuation byte")
                    i += k
                    bad = true
                    break
                }
                value = value << 6 | UInt32(c & 0x3F)
                k += 1
            }
            if bad { continue }
            out.append(Unicode.Scalar(value)!)
            i += length
        }
        return PyStr(String(out))
    }

    /// Arguments for bytes `%`: bytes values become latin-1 strs so `%s` inserts their octets.
    static func latin1Arguments(_ args: PyValue) -> PyValue {
        func convert(_ v: PyValue) -> PyValue {
            if case .object(let b as PyBytes) = v {
                return .str(BytesOps.latin1(b.value))
            }
            return v
        }
        if case .object(let t as PyTuple) = args { return .object(PyTuple(t.elements.map(convert))) }
        return convert(args)
    }
}
