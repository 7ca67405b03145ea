/// `repr(s)` and `ascii(s)` (Objects/unicodeobject.c `unicode_repr`): the quote CPython picks,
/// backslash escapes for control and non-printable characters, printable Unicode kept as is.
extension StrOps {

    /// Whether `c` prints as itself in a repr (`Py_UNICODE_ISPRINTABLE`): everything but the
    /// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, with the ASCII space allowed.
    /// (Swift's Unicode tables may be newer than CPython 3.11's Unicode 14.0.)
    public static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x7F { return v >= 0x20 }
        if v < 0xA1 { return false }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
             .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `repr(s)`: `'it''s'` becomes `"it's"`; with both quotes present, single quotes escaped.
    public static func repr(_ s: String, asciiOnly: Bool = false) -> String {
        var squote = false, dquote = false
        for b in s.utf8 {
            if b == UInt8(ascii: "'") { squote = true } else if b == UInt8(ascii: "\"") { dquote = true }
        }
        let quote: UInt8 = squote && !dquote ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var out: [UInt8] = [quote]
        out.reserveCapacity(s.utf8.count + 2)
        for c in s.unicodeScalars {
            let v = c.value
            switch v {
            case UInt32(quote), 0x5C:
                out.append(0x5C)
                out.append(UInt8(v))
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            default:
                if v < 0x20 || v == 0x7F {
                    appendEscape(&out, v, "x", 2)
                } else if v < 0x7F {
                    out.append(UInt8(v))
                } else if !asciiOnly && isPrintable(c) {
                    out.append(contentsOf: String(c).utf8)
                } else if v < 0x100 {
                    appendEscape(&out, v, "x", 2)
                } else if v < 0x10000 {
                    appendEscape(&out, v, "u", 4)
                } else {
                    appendEscape(&out, v, "U", 8)
                }
            }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendEscape(_ out: inout [UInt8], _ v: UInt32, _ kind: Unicode.Scalar, _ width: Int) {
        out.append(0x5C)
        out.append(UInt8(kind.value))
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for i in stride(from: width - 1, through: 0, by: -1) {
            out.append(hex[Int((v >> UInt32(4 * i)) & 0xF)])
        }
    }

    /// `ascii(obj)`'s escaping of a repr: every non-ASCII character as `\x`, `\u` or `\U`.
    public static func asciiEscaped(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x100 {
                appendEscape(&out, v, "x", 2)
            } else if v < 0x10000 {
                appendEscape(&out, v, "u", 4)
            } else {
                appendEscape(&out, v, "U", 8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
