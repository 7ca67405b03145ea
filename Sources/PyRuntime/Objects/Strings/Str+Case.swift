/// Case mappings and character classes (Objects/unicodeobject.c, Objects/unicodectype.c), from
/// Swift's Unicode properties. ASCII strings take byte-level fast paths.
extension StrOps {

    // MARK: Character classes (the `Py_UNICODE_IS*` macros)

    @inline(__always) static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value | 0x20
            return v >= 0x61 && v <= 0x7A
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    @inline(__always) static func isDecimal(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.numericType == .decimal
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
        let t = c.properties.numericType
        return t == .decimal || t == .digit
    }

    @inline(__always) static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.numericType != nil
    }

    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c)
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { NumberParsing.isSpace(c) }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x41 && c.value <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x61 && c.value <= 0x7A }
        return c.properties.isLowercase
    }

    @inline(__always) static func isTitle(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always) static func isCased(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isAlpha(c) }
        return c.properties.isCased
    }

    @inline(__always) static func isCaseIgnorable(_ c: Unicode.Scalar) -> Bool {
        c.properties.isCaseIgnorable
    }

    /// Line boundaries for `splitlines`.
    @inline(__always) static func isLineBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    // MARK: Predicates (`str.isalpha()` and friends)

    /// True when `s` is non-empty and every code point satisfies `p`.
    static func all(_ s: PyStr, _ p: (Unicode.Scalar) -> Bool) -> Bool {
        if s.value.isEmpty { return false }
        for c in s.value.unicodeScalars where !p(c) { return false }
        return true
    }

    static func isLowerString(_ s: PyStr) -> Bool {
        var cased = false
        for c in s.value.unicodeScalars {
            if isUpper(c) || isTitle(c) { return false }
            if !cased && isLower(c) { cased = true }
        }
        return cased
    }

    static func isUpperString(_ s: PyStr) -> Bool {
        var cased = false
        for c in s.value.unicodeScalars {
            if isLower(c) || isTitle(c) { return false }
            if !cased && isUpper(c) { cased = true }
        }
        return cased
    }

    static func isTitleString(_ s: PyStr) -> Bool {
        var cased = false, previousCased = false
        for c in s.value.unicodeScalars {
            if isUpper(c) || isTitle(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if isLower(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    static func isIdentifier(_ s: PyStr) -> Bool {
        var first = true
        for c in s.value.unicodeScalars {
            if first {
                guard c == "_" || c.properties.isXIDStart else { return false }
                first = false
            } else if !c.properties.isXIDContinue {
                return false
            }
        }
        return !first
    }

    static func isPrintableString(_ s: PyStr) -> Bool {
        for c in s.value.unicodeScalars where !isPrintable(c) { return false }
        return true
    }

    // MARK: Case mappings (full mappings: 'ß'.upper() == 'SS')

    static func upper(_ s: PyStr) -> PyStr {
        if s.isASCII { return flipCaseASCII(s, from: UInt8(ascii: "a"), to: UInt8(ascii: "z")) }
        return PyStr(s.value.uppercased())
    }

    static func lower(_ s: PyStr) -> PyStr {
        if s.isASCII { return flipCaseASCII(s, from: UInt8(ascii: "A"), to: UInt8(ascii: "Z")) }
        return lowerMapped(s, fold: false)
    }

    /// `upper()`/`lower()` of an ASCII str: flips bit 0x20 of the letters in `from...to`, eight
    /// bytes at a time (for bytes below 0x80 the additions cannot carry into the next byte).
    private static func flipCaseASCII(_ s: PyStr, from: UInt8, to: UInt8) -> PyStr {
        try! withBytes(s) { (p) throws(PyException) -> PyStr in
            makeASCII(count: p.count) { (out) in
                let n = p.count
                let ones: UInt64 = 0x0101_0101_0101_0101
                let atLeastFrom = ones &* UInt64(0x80 - from)
                let aboveTo = ones &* UInt64(0x80 - to - 1)
                var i = 0
                let src = UnsafeRawPointer(p.baseAddress!), dst = UnsafeMutableRawPointer(out.baseAddress!)
                while i + 8 <= n {
                    let x = src.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let inRange = (x &+ atLeastFrom) & ~(x &+ aboveTo) & (ones &* 0x80)
                    dst.storeBytes(of: x ^ (inRange >> 2), toByteOffset: i, as: UInt64.self)
                    i += 8
                }
                while i < n {
                    let b = p[i]
                    out[i] = b >= from && b <= to ? b ^ 0x20 : b
                    i += 1
                }
            }
        }
    }

    /// `str.lower()` one scalar at a time, with the final-sigma rule CPython applies.
    private static func lowerMapped(_ s: PyStr, fold: Bool) -> PyStr {
        let sc = s.scalars
        var out = ""
        out.reserveCapacity(s.value.utf8.count)
        for (i, c) in sc.enumerated() {
            if c.value == 0x3A3 && !fold {
                out.unicodeScalars.append(finalSigma(sc, i) ? "\u{3C2}" : "\u{3C3}")
            } else if fold, let f = specialFolds[c.value] {
                out += f
            } else {
                out += c.properties.lowercaseMapping
            }
        }
        return PyStr(out)
    }

    /// Whether the capital sigma at `i` ends a word: preceded by a cased letter and not
    /// followed by one (skipping case-ignorable characters), as `handle_capital_sigma`.
    private static func finalSigma(_ sc: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && isCaseIgnorable(sc[j]) { j -= 1 }
        let before = j >= 0 && isCased(sc[j])
        var k = i + 1
        while k < sc.count && isCaseIgnorable(sc[k]) { k += 1 }
        let after = k < sc.count && isCased(sc[k])
        return before && !after
    }

    /// Full case folds that differ from the lower-case mapping (CaseFolding.txt, status F and
    /// the C entries whose target is not the lowercase).
    private static let specialFolds: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0x130: "i\u{307}", 0x149: "\u{2BC}n", 0x1F0: "j\u{30C}",
        0x390: "\u{3B9}\u{308}\u{301}", 0x3B0: "\u{3C5}\u{308}\u{301}", 0x587: "\u{565}\u{582}",
        0x1E96: "h\u{331}", 0x1E97: "t\u{308}", 0x1E98: "w\u{30A}", 0x1E99: "y\u{30A}",
        0x1E9A: "a\u{2BE}", 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi",
        0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st", 0xB5: "\u{3BC}", 0x17F: "s", 0x345: "\u{3B9}",
        0x3C2: "\u{3C3}", 0x3D0: "\u{3B2}", 0x3D1: "\u{3B8}", 0x3D5: "\u{3C6}", 0x3D6: "\u{3C0}",
        0x3F0: "\u{3BA}", 0x3F1: "\u{3C1}", 0x3F5: "\u{3B5}", 0x1E9B: "\u{1E61}", 0x1FBE: "\u{3B9}",
    ]

    static func casefold(_ s: PyStr) -> PyStr {
        if s.isASCII { return lower(s) }
        return lowerMapped(s, fold: true)
    }

    static func swapcase(_ s: PyStr) -> PyStr {
        if s.isASCII {
            return mapASCII(s) { b in
                if b >= 0x61 && b <= 0x7A { return b - 32 }
                if b >= 0x41 && b <= 0x5A { return b + 32 }
                return b
            }
        }
        let sc = s.scalars
        var out = ""
        for (i, c) in sc.enumerated() {
            if isUpper(c) {
                if c.value == 0x3A3 {
                    out.unicodeScalars.append(finalSigma(sc, i) ? "\u{3C2}" : "\u{3C3}")
                } else {
                    out += c.properties.lowercaseMapping
                }
            } else if isLower(c) {
                out += c.properties.uppercaseMapping
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return PyStr(out)
    }

    static func capitalize(_ s: PyStr) -> PyStr {
        if s.value.isEmpty { return s }
        if s.isASCII {
            var first = true
            return mapASCII(s) { b in
                defer { first = false }
                if first { return b >= 0x61 && b <= 0x7A ? b - 32 : b }
                return b >= 0x41 && b <= 0x5A ? b + 32 : b
            }
        }
        let sc = s.scalars
        var out = sc[0].properties.titlecaseMapping
        for (i, c) in sc.enumerated().dropFirst() {
            if c.value == 0x3A3 {
                out.unicodeScalars.append(finalSigma(sc, i) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out += c.isASCII ? String(c).lowercased() : c.properties.lowercaseMapping
            }
        }
        return PyStr(out)
    }

    static func title(_ s: PyStr) -> PyStr {
        if s.isASCII {
            var previousCased = false
            return mapASCII(s) { b in
                let isLow = b >= 0x61 && b <= 0x7A, isUp = b >= 0x41 && b <= 0x5A
                let r: UInt8 = previousCased ? (isUp ? b + 32 : b) : (isLow ? b - 32 : b)
                previousCased = isLow || isUp
                return r
            }
        }
        let sc = s.scalars
        var out = ""
        var previousCased = false
        for (i, c) in sc.enumerated() {
            if previousCased {
                if c.value == 0x3A3 {
                    out.unicodeScalars.append(finalSigma(sc, i) ? "\u{3C2}" : "\u{3C3}")
                } else {
                    out += c.properties.lowercaseMapping
                }
            } else {
                out += c.properties.titlecaseMapping
            }
            previousCased = isCased(c)
        }
        return PyStr(out)
    }

    /// A byte-by-byte mapping of an ASCII str, written straight into the new string.
    @inline(__always)
    private static func mapASCII(_ s: PyStr, _ f: (UInt8) -> UInt8) -> PyStr {
        try! withBytes(s) { (p) throws(PyException) -> PyStr in
            makeASCII(count: p.count) { (out) in
                for i in 0..<p.count { out[i] = f(p[i]) }
            }
        }
    }
}
