// Python's repr() of the constant kinds the AST holds (Objects/unicodeobject.c `unicode_repr`,
// Objects/bytesobject.c, Python/pystrtod.c 'r' formatting), for `dumpAST` and for any later
// stage that must print values exactly as CPython does.

public enum PythonRepr {
    /// `repr(str)`: single quotes unless the text has ' and no ", CPython's escapes.
    public static func string(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for u in s.unicodeScalars {
            if u == "'" { hasSingle = true } else if u == "\"" { hasDouble = true }
        }
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for u in s.unicodeScalars {
            switch u {
            case quote, "\\":
                out.append("\\")
                out.append(u)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out.append(contentsOf: ("\\x" + hex(Int(u.value), 2)).unicodeScalars)
                } else if u.value < 0x7F {
                    out.append(u)
                } else if Tokenizer.isPrintable(u) {
                    out.append(u)
                } else if u.value <= 0xFF {
                    out.append(contentsOf: ("\\x" + hex(Int(u.value), 2)).unicodeScalars)
                } else if u.value <= 0xFFFF {
                    out.append(contentsOf: ("\\u" + hex(Int(u.value), 4)).unicodeScalars)
                } else {
                    out.append(contentsOf: ("\\U" + hex(Int(u.value), 8)).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// `repr(bytes)`.
    public static func bytes(_ b: [UInt8]) -> String {
        let hasSingle = b.contains(39), hasDouble = b.contains(34)
        let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
        var out = "b"
        out.append(Character(Unicode.Scalar(quote)))
        for c in b {
            switch c {
            case quote, 92:
                out.append("\\")
                out.append(Character(Unicode.Scalar(c)))
            case 9: out += "\\t"
            case 10: out += "\\n"
            case 13: out += "\\r"
            default:
                if c < 0x20 || c >= 0x7F {
                    out += "\\x" + hex(Int(c), 2)
                } else {
                    out.append(Character(Unicode.Scalar(c)))
                }
            }
        }
        out.append(Character(Unicode.Scalar(quote)))
        return out
    }

    /// `repr(float)`: the shortest digits that round-trip, in fixed notation when the decimal
    /// exponent is in [-4, 16), otherwise as `1e+16`.
    public static func float(_ d: Double) -> String {
        return formatFloat(d, addDotZero: true)
    }

    /// `repr(complex)`.
    public static func complex(_ re: Double, _ im: Double) -> String {
        let imag = formatFloat(im, addDotZero: false)
        if re == 0 && re.sign == .plus {
            return imag + "j"
        }
        let real = formatFloat(re, addDotZero: false)
        let sign = (im.sign == .minus || im.isNaN && im.sign == .minus) ? "" : "+"
        return "(" + real + sign + imag + "j)"
    }

    static func formatFloat(_ d: Double, addDotZero: Bool) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return (d.sign == .minus ? "-0" : "0") + (addDotZero ? ".0" : "") }
        // Swift's description has the shortest round-trip digits; only the layout differs.
        let (negative, digits, exponent) = shortestDigits(d)
        let decpt = exponent + 1
        var out = negative ? "-" : ""
        if decpt <= -4 || decpt > 16 {
            out += String(digits.first!)
            if digits.count > 1 {
                out += "." + String(digits.dropFirst())
            }
            let e = decpt - 1
            out += e < 0 ? "e-" : "e+"
            let mag = String(abs(e))
            out += mag.count < 2 ? "0" + mag : mag
        } else if decpt <= 0 {
            out += "0." + String(repeating: "0", count: -decpt) + digits
        } else if decpt >= digits.count {
            out += digits + String(repeating: "0", count: decpt - digits.count)
            if addDotZero { out += ".0" }
        } else {
            let i = digits.index(digits.startIndex, offsetBy: decpt)
            out += digits[..<i] + "." + digits[i...]
        }
        return out
    }

    /// The significant digits of `d` and the power of ten of the first one. Swift's own
    /// description already gives the shortest digits that round-trip (as Python's repr does)
    /// but switches to exponent notation at different magnitudes, so only the layout is
    /// redone.
    static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
        let text = abs(d).description
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = String(mantissa[..<dot])
            fracPart = String(mantissa[mantissa.index(after: dot)...])
        }
        var all = intPart + fracPart
        var pointPos = intPart.count + exponent
        // Strip leading zeros (each moves the point left) and trailing zeros.
        while all.first == "0" && all.count > 1 {
            all.removeFirst()
            pointPos -= 1
        }
        while all.last == "0" && all.count > 1 { all.removeLast() }
        return (d < 0, all, pointPos - 1)
    }

    static func hex(_ v: Int, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `repr()` of a constant value.
    public static func constant(_ v: ConstantValue) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i): return i.description
        case .float(let d): return float(d)
        case .complex(let re, let im): return complex(re, im)
        case .str(let s): return string(s)
        case .bytes(let b): return bytes(b)
        case .tuple(let items):
            if items.count == 1 { return "(" + constant(items[0]) + ",)" }
            return "(" + items.map(constant).joined(separator: ", ") + ")"
        case .frozenset(let items):
            if items.isEmpty { return "frozenset()" }
            return "frozenset({" + items.map(constant).joined(separator: ", ") + "})"
        }
    }
}
