/// The UTF-16 and UTF-32 codecs (Objects/unicodeobject.c, `PyUnicode_DecodeUTF16Stateful`,
/// `PyUnicode_DecodeUTF32Stateful` and their encoders). The plain `utf-16`/`utf-32` names write
/// a byte order mark and little-endian units (a little-endian machine's native order), and on
/// decoding let a leading BOM choose the order.
enum WideCodecs {
    /// The unit width and byte order of a normalised codec name, nil for other codecs.
    static func layout(_ codec: String) -> (width: Int, bigEndian: Bool?)? {
        switch codec {
        case "utf-16": return (2, nil)
        case "utf-16-le": return (2, false)
        case "utf-16-be": return (2, true)
        case "utf-32": return (4, nil)
        case "utf-32-le": return (4, false)
        case "utf-32-be": return (4, true)
        default: return nil
        }
    }

    static func encode(_ s: PyStr, width: Int, bigEndian: Bool?) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ unit: UInt32) {
            for k in 0..<width {
                let shift = (bigEndian == true ? width - 1 - k : k) * 8
                out.append(UInt8(truncatingIfNeeded: unit >> UInt32(shift)))
            }
        }
        if bigEndian == nil { put(0xFEFF) }
        for c in s.scalars {
            if width == 4 || c.value < 0x10000 {
                put(c.value)
            } else {
                let v = c.value - 0x10000
                put(0xD800 | v >> 10)
                put(0xDC00 | v & 0x3FF)
            }
        }
        return out
    }

    static func decode(_ b: [UInt8], width: Int, bigEndian: Bool?, errors: String) throws(PyException) -> PyStr {
        var big = bigEndian ?? false
        var i = 0
        if bigEndian == nil {
            // A leading byte order mark picks the order and is dropped.
            if width == 2 && b.count >= 2 && (b[0], b[1]) == (0xFF, 0xFE) { i = 2 }
            if width == 2 && b.count >= 2 && (b[0], b[1]) == (0xFE, 0xFF) { i = 2; big = true }
            if width == 4 && b.count >= 4 && b[0..<4].elementsEqual([0xFF, 0xFE, 0, 0]) { i = 4 }
            if width == 4 && b.count >= 4 && b[0..<4].elementsEqual([0, 0, 0xFE, 0xFF]) { i = 4; big = true }
        }
        let codec = "utf-\(width * 8)-\(big ? "be" : "le")"
        func unit(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<width { v |= UInt32(b[at + k]) << UInt32((big ? width - 1 - k : k) * 8) }
            return v
        }
        var out = String.UnicodeScalarView()
        func fail(_ start: Int, _ end: Int, _ reason: String) throws(PyException) {
            try BytesOps.handleDecodeError(errors, codec, b, start, end, reason, &out)
        }
        while i < b.count {
            if b.count - i < width {
                try fail(i, b.count, "truncated data")
                break
            }
            let u = unit(i)
            if width == 4 {
                if u > 0x10FFFF {
                    try fail(i, i + 4, "code point not in range(0x110000)")
                } else if let c = Unicode.Scalar(u) {
                    out.append(c)
                } else {
                    try fail(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")
                }
                i += 4
                continue
            }
            if u < 0xD800 || u > 0xDFFF {
                out.append(Unicode.Scalar(u)!)
                i += 2
            } else if u >= 0xDC00 {
                try fail(i, i + 2, "illegal encoding")
                i += 2
            } else if b.count - i < 4 {
                try fail(i, b.count, "unexpected end of data")
                break
            } else {
                let low = unit(i + 2)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    try fail(i, i + 2, "illegal UTF-16 surrogate")
                    i += 2
                    continue
                }
                out.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))!)
                i += 4
            }
        }
        return PyStr(String(out))
    }
}

extension BytesOps {
    /// What a decoder does with the bad octets `b[start..<end]` under the `errors` handler:
    /// skip them, append U+FFFD or `\xNN` escapes, or raise UnicodeDecodeError.
    static func handleDecodeError(_ errors: String, _ codec: String, _ b: [UInt8], _ start: Int, _ end: Int,
                                  _ reason: String, _ out: inout String.UnicodeScalarView) throws(PyException) {
        switch errors {
        case "ignore": return
        case "replace": out.append("\u{FFFD}")
        case "backslashreplace":
            for x in b[start..<end] {
                var escaped: [UInt8] = []
                StrOps.appendEscape(&escaped, UInt32(x), "x", 2)
                out.append(contentsOf: String(decoding: escaped, as: UTF8.self).unicodeScalars)
            }
        case "strict": throw UnicodeErrors.decodeError(codec, b, start, end, reason)
        default: throw PyException(Types.lookupError, "unknown error handler name '\(errors)'")
        }
    }
}
