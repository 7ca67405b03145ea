// Decoding string and bytes literals, after Parser/string_parser.c (`_PyPegen_parsestr`,
// `decode_unicode_with_escapes`, `_PyBytes_DecodeEscape`). Escape errors quote positions in
// CPython's intermediate buffer, where every non-ASCII character was first rewritten as a
// ten-byte `\UXXXXXXXX` escape; `EscapeDecoder` keeps that numbering so messages match.

/// A literal's prefix and body as the tokenizer delimited it.
struct StringToken {
    var isBytes = false
    var isRaw = false
    var isFormat = false
    /// Byte range of the text between the quotes.
    var bodyStart = 0
    var bodyEnd = 0
}

extension Parser {
    /// Splits a STRING token into prefix flags and body (`_PyPegen_parsestr`'s first half).
    func stringToken(_ t: Token) -> StringToken {
        let p = source.bytes
        var s = Int(t.start)
        var st = StringToken()
        while true {
            let c = p[s]
            if c == 98 || c == 66 {
                st.isBytes = true
            } else if c == 117 || c == 85 {
                // u: no effect on the value
            } else if c == 114 || c == 82 {
                st.isRaw = true
            } else if c == 102 || c == 70 {
                st.isFormat = true
            } else {
                break
            }
            s += 1
        }
        let quote = p[s]
        var end = Int(t.end)
        var start = s + 1
        end -= 1
        if end - start >= 4 && p[start] == quote && p[start + 1] == quote {
            start += 2
            end -= 2
        }
        st.bodyStart = start
        st.bodyEnd = end
        return st
    }

    /// Decodes the body of a non-f-string `str` literal. Unknown escapes (`\d`) stay as
    /// written (CPython only warns); errors raise CPython's "(unicode error)" messages at
    /// the last token read, since the literal is decoded by the `strings` action.
    func decodeStringBody(_ from: Int, _ to: Int, raw: Bool) throws(SyntaxError) -> String {
        let p = source.bytes
        var hasBackslash = false
        for i in from..<to where p[i] == 92 {
            hasBackslash = true
            break
        }
        if raw || !hasBackslash { return source.text(from, to) }
        var decoder = EscapeDecoder(bytes: p, from: from, to: to)
        if let message = decoder.decodeUnicode() {
            throw raiseSyntaxError("(unicode error) 'unicodeescape' codec can't decode " + message)
        }
        return decoder.result
    }

    /// Decodes the body of a bytes literal. Octal escapes above 0o377 wrap to a byte, as
    /// 3.11's `_PyBytes_DecodeEscape` does.
    func decodeBytesBody(_ t: Token, _ st: StringToken) throws(SyntaxError) -> [UInt8] {
        let p = source.bytes
        for i in st.bodyStart..<st.bodyEnd where p[i] >= 0x80 {
            throw raiseAt(range(t), "bytes can only contain ASCII literal characters")
        }
        var hasBackslash = false
        for i in st.bodyStart..<st.bodyEnd where p[i] == 92 {
            hasBackslash = true
            break
        }
        if st.isRaw || !hasBackslash { return Array(p[st.bodyStart..<st.bodyEnd]) }
        var out: [UInt8] = []
        out.reserveCapacity(st.bodyEnd - st.bodyStart)
        var i = st.bodyStart
        let end = st.bodyEnd
        while i < end {
            let c = p[i]
            if c != 92 {
                out.append(c)
                i += 1
                continue
            }
            let escapeStart = i
            i += 1
            if i >= end {
                throw raiseSyntaxError("(value error) Trailing \\ in string")
            }
            let e = p[i]
            i += 1
            switch e {
            case 10: break
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 98: out.append(8)
            case 102: out.append(12)
            case 116: out.append(9)
            case 110: out.append(10)
            case 114: out.append(13)
            case 118: out.append(11)
            case 97: out.append(7)
            case 48...55:
                var v = Int(e) - 48
                if i < end && p[i] >= 48 && p[i] <= 55 {
                    v = v * 8 + Int(p[i]) - 48
                    i += 1
                    if i < end && p[i] >= 48 && p[i] <= 55 {
                        v = v * 8 + Int(p[i]) - 48
                        i += 1
                    }
                }
                out.append(UInt8(v & 0xFF))
            case 120:
                if i + 1 < end, let h = hexValue(p[i]), let l = hexValue(p[i + 1]) {
                    out.append(UInt8(h * 16 + l))
                    i += 2
                } else {
                    throw raiseSyntaxError(
                        "(value error) invalid \\x escape at position \(escapeStart - st.bodyStart)")
                }
            default:
                out.append(92)
                out.append(e)
            }
        }
        return out
    }
}

@inline(__always)
func hexValue(_ c: UInt8) -> Int? {
    switch c {
    case 48...57: return Int(c) - 48
    case 97...102: return Int(c) - 87
    case 65...70: return Int(c) - 55
    default: return nil
    }
}

/// The unicode-escape decoder over a UTF-8 byte range, reporting errors with the positions
/// `decode_unicode_with_escapes` would give them.
struct EscapeDecoder {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let from: Int
    let to: Int
    var result = ""
    /// Position in CPython's rewritten buffer of the byte at `i`: non-ASCII characters there
    /// take ten bytes each, and a backslash before one takes six.
    private var virtualBase = 0

    init(bytes: UnsafeMutableBufferPointer<UInt8>, from: Int, to: Int) {
        self.bytes = bytes
        self.from = from
        self.to = to
    }

    /// Decodes into `result`; on error returns the message tail after "can't decode ".
    mutating func decodeUnicode() -> String? {
        var scalars = String.UnicodeScalarView()
        var i = from
        var vpos = 0
        func err(_ start: Int, _ end: Int, _ reason: String) -> String {
            if end - start == 1 { return "byte 0x5c in position \(start): \(reason)" }
            return "bytes in position \(start)-\(end - 1): \(reason)"
        }
        while i < to {
            let c = bytes[i]
            if c >= 0x80 {
                let (scalar, len) = decodeScalar(at: i)
                scalars.append(scalar)
                i += len
                vpos += 10
                continue
            }
            if c != 92 {
                scalars.append(Unicode.Scalar(c))
                i += 1
                vpos += 1
                continue
            }
            let startV = vpos
            i += 1
            vpos += 1
            if i >= to || bytes[i] >= 0x80 {
                // A backslash before a non-ASCII character (or at the end) stays literal.
                scalars.append("\\")
                vpos += 5
                continue
            }
            let e = bytes[i]
            i += 1
            vpos += 1
            switch e {
            case 10: break
            case 92: scalars.append("\\")
            case 39: scalars.append("'")
            case 34: scalars.append("\"")
            case 98: scalars.append("\u{08}")
            case 102: scalars.append("\u{0C}")
            case 116: scalars.append("\t")
            case 110: scalars.append("\n")
            case 114: scalars.append("\r")
            case 118: scalars.append("\u{0B}")
            case 97: scalars.append("\u{07}")
            case 48...55:
                var v = UInt32(e) - 48
                for _ in 0..<2 {
                    if i < to && bytes[i] >= 48 && bytes[i] <= 55 {
                        v = v * 8 + UInt32(bytes[i]) - 48
                        i += 1
                        vpos += 1
                    } else {
                        break
                    }
                }
                scalars.append(Unicode.Scalar(v)!)
            case 120, 117, 85:
                let count = e == 120 ? 2 : e == 117 ? 4 : 8
                let message = e == 120 ? "truncated \\xXX escape"
                    : e == 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                var v: UInt32 = 0
                for _ in 0..<count {
                    guard i < to, bytes[i] < 0x80, let h = hexValue(bytes[i]) else {
                        return err(startV, vpos, message)
                    }
                    v = v * 16 + UInt32(h)
                    i += 1
                    vpos += 1
                }
                guard let s = Unicode.Scalar(v) else {
                    if v > 0x10FFFF { return err(startV, vpos, "illegal Unicode character") }
                    // Lone surrogates cannot live in a Swift String; use U+FFFD instead.
                    scalars.append("\u{FFFD}")
                    continue
                }
                scalars.append(s)
            case 78:
                let message = "malformed \\N character escape"
                guard i < to else { return err(startV, vpos, message) }
                guard bytes[i] == 123 else { return err(startV, vpos, message) }
                i += 1
                vpos += 1
                let nameStart = i
                while i < to && bytes[i] != 125 {
                    // A non-ASCII character was rewritten as a ten-byte \U escape.
                    let b = bytes[i]
                    vpos += b < 0x80 ? 1 : (b & 0xC0 == 0xC0 ? 10 : 0)
                    i += 1
                }
                if i >= to { return err(startV, vpos, message) }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]),
                                  as: UTF8.self)
                if name.isEmpty { return err(startV, vpos, message) }
                i += 1
                vpos += 1
                guard let s = UnicodeNames.lookup(name) else {
                    return err(startV, vpos, "unknown Unicode character name")
                }
                scalars.append(s)
            default:
                scalars.append("\\")
                scalars.append(Unicode.Scalar(e))
            }
        }
        result = String(scalars)
        return nil
    }

    /// One UTF-8 sequence starting at `i` (the source is valid UTF-8).
    private func decodeScalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0xE0, i + 1 < to {
            return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0, i + 2 < to {
            let v = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6)
                | (UInt32(bytes[i + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if i + 3 < to {
            let v = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }
}
