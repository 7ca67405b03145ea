// Identifier normalisation. CPython applies NFKC to non-ASCII identifiers
// (`_PyPegen_new_identifier`), so `ｗｉｄｔｈ`, `ﬁle` and `µ` name the same variables as `width`,
// `file` and `μ`. The standard library has no NFKC, so we map the compatibility characters that
// are valid in identifiers and occur in practice: fullwidth forms, ligatures, the micro sign,
// feminine/masculine ordinals, long s, letterlike symbols and mathematical alphanumerics.
// Canonical composition (a letter followed by a combining accent) is not done: such names stay
// as written (a known gap, rare in source code).

enum Identifier {
    /// The identifier as CPython stores it; ASCII names (nearly all) are returned unchanged.
    @inline(__always)
    static func normalize(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return compatibilityMapped(s)
    }

    static func compatibilityMapped(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            switch v {
            case 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF10...0xFF19, 0xFF3F:
                // Fullwidth ASCII: U+FF01..U+FF5E are ASCII 0x21..0x7E shifted.
                out.append(Unicode.Scalar(v - 0xFF00 + 0x20)!)
            case 0xB5: out.append("\u{3BC}")  // MICRO SIGN -> GREEK SMALL LETTER MU
            case 0xAA: out.append("a")
            case 0xBA: out.append("o")
            case 0x17F: out.append("s")  // LATIN SMALL LETTER LONG S
            case 0x212A: out.append("K")  // KELVIN SIGN
            case 0x212B: out.append("\u{C5}")  // ANGSTROM SIGN
            case 0x2126: out.append("\u{3A9}")  // OHM SIGN
            case 0xFB00: out.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: out.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: out.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: out.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: out.append(contentsOf: "ffl".unicodeScalars)
            case 0xFB05, 0xFB06: out.append(contentsOf: "st".unicodeScalars)
            case 0x1D400...0x1D6A3:
                // Thirteen mathematical alphabets of 52 letters each (bold A.. to monospace z).
                let letter = (v - 0x1D400) % 52
                out.append(Unicode.Scalar(letter < 26 ? 65 + letter : 97 + letter - 26)!)
            case 0x1D7CE...0x1D7FF:
                out.append(Unicode.Scalar(48 + (v - 0x1D7CE) % 10)!)
            default:
                out.append(u)
            }
        }
        return String(out)
    }
}
