/// The str methods' algorithms (Objects/unicodeobject.c and Objects/stringlib/), separate from
/// their argument parsing in `Str+Install.swift`.
extension StrOps {

    // MARK: split

    /// `s.split(sep, maxsplit)`; `sep == nil` splits on runs of whitespace.
    static func split(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int) throws(PyException) -> [PyValue] {
        let limit = maxsplit < 0 ? Int.max : maxsplit
        guard let sep else { return splitWhitespace(s, limit) }
        if sep.value.isEmpty { throw .valueError("empty separator") }
        return try withBytes(s) { (h) throws(PyException) -> [PyValue] in
            try withBytes(sep) { (n) throws(PyException) -> [PyValue] in
                let ascii = s.isASCII
                var out: [PyValue] = []
                var i = 0, splits = 0
                while splits < limit, let at = find(h, n, from: i) {
                    out.append(.object(make(h[i..<at], ascii: ascii)))
                    i = at + n.count
                    splits += 1
                }
                out.append(.object(i == 0 ? s : make(h[i...], ascii: ascii)))
                return out
            }
        }
    }

    private static func splitWhitespace(_ s: PyStr, _ limit: Int) -> [PyValue] {
        if s.isASCII { return try! withBytes(s) { (p) throws(PyException) in splitWhitespace(ascii: p, limit) } }
        let sc = s.scalars
        let n = sc.count
        var out: [PyValue] = []
        var i = 0, splits = 0
        @inline(__always) func space(_ k: Int) -> Bool { isSpace(sc[k]) }
        func piece(_ a: Int, _ b: Int) -> PyValue { .object(make(scalars: sc[a..<b])) }
        while i < n {
            while i < n && space(i) { i += 1 }
            if i == n { break }
            if splits == limit {
                out.append(piece(i, n))
                return out
            }
            let start = i
            while i < n && !space(i) { i += 1 }
            out.append(piece(start, i))
            splits += 1
        }
        return out
    }

    /// `splitWhitespace` on ASCII bytes: each piece is made straight from the bytes.
    private static func splitWhitespace(ascii p: UnsafeBufferPointer<UInt8>, _ limit: Int) -> [PyValue] {
        @inline(__always) func space(_ b: UInt8) -> Bool {
            b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)
        }
        let n = p.count
        var out: [PyValue] = []
        var i = 0, splits = 0
        while i < n {
            while i < n && space(p[i]) { i += 1 }
            if i == n { break }
            if splits == limit {
                out.append(.object(make(p[i..<n], ascii: true)))
                return out
            }
            let start = i
            while i < n && !space(p[i]) { i += 1 }
            out.append(.object(make(p[start..<i], ascii: true)))
            splits += 1
        }
        return out
    }

    /// `s.rsplit(sep, maxsplit)`.
    static func rsplit(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int) throws(PyException) -> [PyValue] {
        let limit = maxsplit < 0 ? Int.max : maxsplit
        guard let sep else {
            // Whitespace from the right: the mirror image of a left split.
            let reversed = make(scalars: s.scalars.reversed())
            return splitWhitespace(reversed, limit).reversed().map { v in
                .object(make(scalars: (v.object as! PyStr).scalars.reversed()))
            }
        }
        if sep.value.isEmpty { throw .valueError("empty separator") }
        return try withBytes(s) { (h) throws(PyException) -> [PyValue] in
            try withBytes(sep) { (n) throws(PyException) -> [PyValue] in
                let ascii = s.isASCII
                var out: [PyValue] = []
                var end = h.count, splits = 0
                while splits < limit, let at = rfind(h, n, from: 0, to: end) {
                    out.append(.object(make(h[(at + n.count)..<end], ascii: ascii)))
                    end = at
                    splits += 1
                }
                out.append(.object(end == h.count ? s : make(h[0..<end], ascii: ascii)))
                return out.reversed()
            }
        }
    }

    /// `s.splitlines(keepends)`.
    static func splitlines(_ s: PyStr, keepends: Bool) -> [PyValue] {
        let sc = s.scalars
        var out: [PyValue] = []
        var i = 0, start = 0
        while i < sc.count {
            let v = sc[i].value
            if isLineBreak(v) {
                var eol = i + 1
                if v == 0x0D && i + 1 < sc.count && sc[i + 1].value == 0x0A { eol += 1 }
                out.append(.object(make(scalars: sc[start..<(keepends ? eol : i)])))
                start = eol
                i = eol
            } else {
                i += 1
            }
        }
        if start < sc.count { out.append(.object(make(scalars: sc[start...]))) }
        return out
    }

    // MARK: strip

    /// `s.strip(chars)`: `left`/`right` choose the sides; nil chars strips whitespace.
    static func strip(_ s: PyStr, _ chars: PyStr?, left: Bool, right: Bool) -> PyStr {
        if s.isASCII && (chars?.isASCII ?? true) {
            // The characters to strip as a 128-bit set (CPython's BLOOM mask, made exact).
            var low: UInt64 = 0, high: UInt64 = 0
            if let chars {
                try! withBytes(chars) { (c) throws(PyException) in
                    for b in c {
                        if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
                    }
                }
            } else {
                // ASCII whitespace: \t-\r, \x1c-\x1f and space.
                low = 0x0000_0001_F000_3E00
            }
            return try! withBytes(s) { (p) throws(PyException) -> PyStr in
                @inline(__always) func strip(_ b: UInt8) -> Bool {
                    b < 64 ? low & (1 << UInt64(b)) != 0 : high & (1 << UInt64(b & 63)) != 0
                }
                var i = 0, j = p.count
                if left { while i < j && strip(p[i]) { i += 1 } }
                if right { while j > i && strip(p[j - 1]) { j -= 1 } }
                return i == 0 && j == p.count ? s : make(p[i..<j], ascii: true)
            }
        }
        let sc = s.scalars
        let set = chars.map { Set($0.value.unicodeScalars) }
        func strip(_ c: Unicode.Scalar) -> Bool { set?.contains(c) ?? isSpace(c) }
        var i = 0, j = sc.count
        if left { while i < j && strip(sc[i]) { i += 1 } }
        if right { while j > i && strip(sc[j - 1]) { j -= 1 } }
        return i == 0 && j == sc.count ? s : make(scalars: sc[i..<j])
    }

    // MARK: replace

    /// `s.replace(old, new, count)`.
    static func replace(_ s: PyStr, _ old: PyStr, _ new: PyStr, _ count: Int) -> PyStr {
        let limit = count < 0 ? Int.max : count
        if limit == 0 { return s }
        if old.value.isEmpty {
            // Insert `new` before every code point and at the end, up to `limit` times.
            var out = ""
            var n = 0
            for c in s.value.unicodeScalars {
                if n < limit {
                    out += new.value
                    n += 1
                }
                out.unicodeScalars.append(c)
            }
            if n < limit { out += new.value }
            return PyStr(out)
        }
        return try! withBytes(s) { (h) throws(PyException) -> PyStr in
            try withBytes(old) { (o) throws(PyException) -> PyStr in
                guard let first = find(h, o) else { return s }
                return try withBytes(new) { (nb) throws(PyException) -> PyStr in
                    // Count the matches first, so the result is written once at its final size.
                    var matches = 1
                    var i = first + o.count
                    while matches < limit, let next = find(h, o, from: i) {
                        matches += 1
                        i = next + o.count
                    }
                    let size = h.count + matches * (nb.count - o.count)
                    let text = String(unsafeUninitializedCapacity: size) { (out) -> Int in
                        var w = 0, r = 0, at = first
                        for k in 0..<matches {
                            if k > 0 { at = find(h, o, from: r)! }
                            let run = at - r
                            if run > 0 { (out.baseAddress! + w).update(from: h.baseAddress! + r, count: run) }
                            w += run
                            if nb.count > 0 { (out.baseAddress! + w).update(from: nb.baseAddress!, count: nb.count) }
                            w += nb.count
                            r = at + o.count
                        }
                        let rest = h.count - r
                        if rest > 0 { (out.baseAddress! + w).update(from: h.baseAddress! + r, count: rest) }
                        return w + rest
                    }
                    if s.isASCII && new.isASCII { return PyStr(text, isASCII: true) }
                    return PyStr(text)
                }
            }
        }
    }

    // MARK: find, count, startswith

    /// `s.find(sub, start, end)` (code-point index or -1); `reverse` for `rfind`.
    static func find(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int, reverse: Bool) -> Int {
        let length = s.count
        let (a, b) = adjust(start, end, length)
        if a > length { return -1 }
        if b - a < sub.count { return -1 }
        let ba = byteOffset(s, codePoint: a), bb = byteOffset(s, codePoint: b)
        let at = try! withBytes(s) { (h) throws(PyException) -> Int? in
            try withBytes(sub) { (n) throws(PyException) -> Int? in
                reverse ? rfind(h, n, from: ba, to: bb) : find(h, n, from: ba, to: bb)
            }
        }
        guard let at else { return -1 }
        return codePointIndex(s, byteOffset: at)
    }

    /// `s.count(sub, start, end)`.
    static func count(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
        let length = s.count
        let (a, b) = adjust(start, end, length)
        if a > length || b < a { return 0 }
        if sub.value.isEmpty { return b - a + 1 }
        let ba = byteOffset(s, codePoint: a), bb = byteOffset(s, codePoint: b)
        return try! withBytes(s) { (h) throws(PyException) -> Int in
            try withBytes(sub) { (n) throws(PyException) -> Int in count(h, n, from: ba, to: bb) }
        }
    }

    /// `s.startswith(prefix, start, end)` / `endswith` for one candidate.
    static func hasAffix(_ s: PyStr, _ affix: PyStr, _ start: Int, _ end: Int, suffix: Bool) -> Bool {
        let length = s.count
        let (a, b) = adjust(start, end, length)
        if a > length { return false }
        let n = affix.count
        if b - a < n { return false }
        if n == 0 { return true }
        let from = byteOffset(s, codePoint: suffix ? b - n : a)
        let to = byteOffset(s, codePoint: suffix ? b : a + n)
        return try! withBytes(s) { (h) throws(PyException) -> Bool in
            try withBytes(affix) { (p) throws(PyException) -> Bool in
                to - from == p.count && memcmp(h.baseAddress! + from, p.baseAddress!, p.count) == 0
            }
        }
    }

    /// `sub in s`.
    static func contains(_ s: PyStr, _ sub: PyStr) -> Bool {
        if sub.value.isEmpty { return true }
        return try! withBytes(s) { (h) throws(PyException) -> Bool in
            try withBytes(sub) { (n) throws(PyException) -> Bool in find(h, n) != nil }
        }
    }

    // MARK: partition

    static func partition(_ s: PyStr, _ sep: PyStr, reverse: Bool) throws(PyException) -> PyValue {
        if sep.value.isEmpty { throw .valueError("empty separator") }
        return try withBytes(s) { (h) throws(PyException) -> PyValue in
            try withBytes(sep) { (n) throws(PyException) -> PyValue in
                let at = reverse ? rfind(h, n) : find(h, n)
                guard let at else {
                    return .object(PyTuple(reverse ? [.object(empty), .object(empty), .object(s)]
                                           : [.object(s), .object(empty), .object(empty)]))
                }
                return .object(PyTuple([.object(make(h[0..<at], ascii: s.isASCII)), .object(sep),
                                        .object(make(h[(at + n.count)...], ascii: s.isASCII))]))
            }
        }
    }

    // MARK: Padding

    /// `center`, `ljust`, `rjust` with CPython's placement of the odd pad character.
    static func pad(_ s: PyStr, width: Int, fill: Unicode.Scalar, align: UInt8) -> PyStr {
        let length = s.count
        if width <= length { return s }
        let marg = width - length
        let left: Int
        switch align {
        case UInt8(ascii: "<"): left = 0
        case UInt8(ascii: ">"): left = marg
        default: left = marg / 2 + (marg & width & 1)
        }
        let f = String(fill)
        return PyStr(String(repeating: f, count: left) + s.value + String(repeating: f, count: marg - left))
    }

    /// `s.zfill(width)`: zeros after any sign.
    static func zfill(_ s: PyStr, _ width: Int) -> PyStr {
        let length = s.count
        if width <= length { return s }
        let zeros = String(repeating: "0", count: width - length)
        if let first = s.value.utf8.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            return PyStr(String(UnicodeScalar(first)) + zeros + String(s.value.dropFirst()))
        }
        return PyStr(zeros + s.value)
    }

    /// `s.expandtabs(tabsize)`.
    static func expandtabs(_ s: PyStr, _ tabsize: Int) -> PyStr {
        var out = ""
        var column = 0
        for c in s.value.unicodeScalars {
            if c == "\t" {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    out += String(repeating: " ", count: n)
                    column += n
                }
            } else {
                out.unicodeScalars.append(c)
                column += 1
                if c == "\n" || c == "\r" { column = 0 }
            }
        }
        return PyStr(out)
    }

    // MARK: Repetition and joining

    /// `s * n` with CPython's limits: OverflowError past the size a str can have.
    static func repeated(_ s: PyStr, _ n: Int) throws(PyException) -> PyStr {
        if n <= 0 || s.value.isEmpty { return empty }
        if n == 1 { return s }
        let size = s.value.utf8.count
        let (total, overflow) = size.multipliedReportingOverflow(by: n)
        if overflow || total > Int.max / 2 { throw .overflowError("repeated string is too long") }
        if total > 1 << 34 { throw .memoryError() }
        return PyStr(String(repeating: s.value, count: n))
    }

    /// `sep.join(iterable)`.
    static func join(_ sep: PyStr, _ iterable: PyValue) throws(PyException) -> PyStr {
        let items: [PyValue]
        do {
            items = try Protocol.toArray(iterable)
        } catch {
            if error.matches(Types.typeError) && iterable.type.lookup(Names.__iter__) == nil
                && iterable.type.lookup(Names.__getitem__) == nil {
                throw .typeError("can only join an iterable")
            }
            throw error
        }
        return try join(sep, items)
    }

    /// `sep.join(items)`: one pass to check the items and size the result, one to copy.
    static func join(_ sep: PyStr, _ items: [PyValue]) throws(PyException) -> PyStr {
        if items.isEmpty { return empty }
        if items.count == 1, case .object(let only as PyStr) = items[0], only.type === Types.str { return only }
        var size = sep.value.utf8.count * (items.count - 1)
        var ascii = sep.isASCII
        for (i, item) in items.enumerated() {
            guard case .object(let p as PyStr) = item else {
                throw .typeError("sequence item \(i): expected str instance, \(item.type.name) found")
            }
            size += p.value.utf8.count
            ascii = ascii && p.isASCII
        }
        if size == 0 { return empty }
        let text = try! withBytes(sep) { (sb) throws(PyException) -> String in
            String(unsafeUninitializedCapacity: size) { (out) -> Int in
                var w = 0
                for (i, item) in items.enumerated() {
                    if i > 0 && sb.count > 0 {
                        (out.baseAddress! + w).update(from: sb.baseAddress!, count: sb.count)
                        w += sb.count
                    }
                    let p = unsafeDowncast(item.object.unsafelyUnwrapped, to: PyStr.self)
                    w += try! withBytes(p) { (pb) throws(PyException) -> Int in
                        if pb.count > 0 { (out.baseAddress! + w).update(from: pb.baseAddress!, count: pb.count) }
                        return pb.count
                    }
                }
                return w
            }
        }
        return PyStr(text, isASCII: ascii)
    }

    // MARK: Encoding

    /// A codec name normalised the way `encodings.normalize_encoding` + aliases do, for the
    /// codecs we support.
    static func codec(_ name: String) throws(PyException) -> String {
        let n = name.lowercased().replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: " ", with: "_")
        switch n {
        case "utf_8", "utf8", "u8", "utf", "cp65001": return "utf-8"
        case "ascii", "us_ascii", "646", "us": return "ascii"
        case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "latin", "l1": return "latin-1"
        case "utf_16", "utf16", "u16": return "utf-16"
        case "utf_16_le", "utf_16le": return "utf-16-le"
        case "utf_16_be", "utf_16be": return "utf-16-be"
        case "utf_32", "utf32", "u32": return "utf-32"
        case "utf_32_le", "utf_32le": return "utf-32-le"
        case "utf_32_be", "utf_32be": return "utf-32-be"
        default: throw PyException(Types.lookupError, "unknown encoding: \(name)")
        }
    }

    /// `s.encode(encoding, errors)` for utf-8, ascii and latin-1 with `strict`, `ignore`,
    /// `replace`, `backslashreplace` and `xmlcharrefreplace`.
    static func encode(_ s: PyStr, encoding: String, errors: String) throws(PyException) -> [UInt8] {
        let codec = try codec(encoding)
        if let (width, big) = WideCodecs.layout(codec) { return WideCodecs.encode(s, width: width, bigEndian: big) }
        if codec == "utf-8" || s.isASCII { return Array(s.value.utf8) }
        let limit: UInt32 = codec == "ascii" ? 0x80 : 0x100
        var out: [UInt8] = []
        let sc = s.scalars
        var i = 0
        while i < sc.count {
            let v = sc[i].value
            if v < limit {
                out.append(UInt8(v))
                i += 1
                continue
            }
            var j = i
            while j < sc.count && sc[j].value >= limit { j += 1 }
            switch errors {
            case "ignore": break
            case "replace": out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: j - i))
            case "backslashreplace":
                for c in sc[i..<j] {
                    var esc: [UInt8] = []
                    let cv = c.value
                    appendEscape(&esc, cv, cv < 0x100 ? "x" : cv < 0x10000 ? "u" : "U", cv < 0x100 ? 2 : cv < 0x10000 ? 4 : 8)
                    out.append(contentsOf: esc)
                }
            case "xmlcharrefreplace":
                for c in sc[i..<j] { out.append(contentsOf: "&#\(c.value);".utf8) }
            case "strict":
                throw UnicodeErrors.encodeError(codec, s, i, j, "ordinal not in range(\(limit == 0x80 ? 128 : 256))")
            default:
                throw PyException(Types.lookupError, "unknown error handler name '\(errors)'")
            }
            i = j
        }
        return out
    }
}

import Foundation
