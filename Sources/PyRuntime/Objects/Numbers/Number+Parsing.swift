import BigInt

/// Text to numbers: `int(s, base)` (Objects/longobject.c `PyLong_FromString`), `float(s)`
/// (`PyOS_string_to_double` via `_Py_string_to_number_with_underscores`) and `complex(s)`.
enum NumberParsing {

    /// CPython 3.11's cap on decimal digits for int <-> str (`sys.get_int_max_str_digits()`);
    /// 0 disables it.
    nonisolated(unsafe) static var maxStrDigits = 4300

    /// Python's whitespace (`str.isspace`), which `int()` and `float()` strip.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09...0x0D, 0x1C...0x1F, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029,
             0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Maps non-ASCII decimal digits (`'١٢'`) to ASCII and Unicode spaces to ' ', as
    /// `_PyUnicode_TransformDecimalAndSpaceToASCII`; nil if some other non-ASCII character is
    /// present (which can never parse).
    static func asciiDigits(_ s: PyStr) -> [UInt8]? {
        if s.isASCII { return Array(s.value.utf8) }
        var out: [UInt8] = []
        for c in s.value.unicodeScalars {
            if c.isASCII {
                out.append(UInt8(c.value))
            } else if isSpace(c) {
                out.append(UInt8(ascii: " "))
            } else if c.properties.numericType == .decimal, let v = c.properties.numericValue {
                out.append(UInt8(ascii: "0") + UInt8(v))
            } else {
                return nil
            }
        }
        return out
    }

    // MARK: int

    /// `int(text, base)`; `original` is what the error message shows (its repr).
    static func parseInt(_ text: [UInt8]?, base: Int, original: PyValue) throws(PyException) -> PyValue {
        func invalid() throws(PyException) -> PyException {
            .valueError("invalid literal for int() with base \(base): \(try Protocol.repr(original))")
        }
        guard let text else { throw try invalid() }
        var i = 0, end = text.count
        func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) }
        while i < end && space(text[i]) { i += 1 }
        while end > i && space(text[end - 1]) { end -= 1 }
        var negative = false
        if i < end && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
            negative = text[i] == UInt8(ascii: "-")
            i += 1
        }
        var radix = base
        var afterPrefix = false
        if i + 1 < end && text[i] == UInt8(ascii: "0") {
            let p = text[i + 1] | 0x20
            let prefixed: Int? = p == UInt8(ascii: "x") ? 16 : p == UInt8(ascii: "o") ? 8
                : p == UInt8(ascii: "b") ? 2 : nil
            if let prefixed, base == 0 || base == prefixed {
                radix = prefixed
                i += 2
                afterPrefix = true
            }
        }
        if radix == 0 {
            // Base 0 without a prefix: decimal, and a leading zero only in an all-zero literal.
            radix = 10
            if i < end && text[i] == UInt8(ascii: "0") {
                for j in i..<end where text[j] != UInt8(ascii: "0") && text[j] != UInt8(ascii: "_") {
                    throw try invalid()
                }
            }
        }
        // Digits, with single underscores between digits (and one right after a prefix).
        var digits: [UInt8] = []
        digits.reserveCapacity(end - i)
        var lastUnderscore = false
        var first = true
        while i < end {
            let c = text[i]
            if c == UInt8(ascii: "_") {
                if lastUnderscore || (first && !afterPrefix) { throw try invalid() }
                lastUnderscore = true
            } else {
                guard let d = digitValue(c), d < radix else { throw try invalid() }
                digits.append(UInt8(d))
                lastUnderscore = false
            }
            first = false
            i += 1
        }
        if digits.isEmpty || lastUnderscore { throw try invalid() }
        if maxStrDigits > 0 && radix & (radix - 1) != 0 && digits.count > maxStrDigits {
            throw .valueError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        // Word-sized accumulation, then big-int only if it overflows.
        var small = 0
        var overflow = false
        for d in digits {
            let (m, o1) = small.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(Int(d))
            if o1 || o2 {
                overflow = true
                break
            }
            small = s
        }
        if !overflow { return .int(negative ? -small : small) }
        var big = BigInt(0)
        // Chunks of digits that fit a word keep this linear in the number of chunks.
        var chunk = 0, scale = 1
        let limit = Int.max / radix / radix
        for d in digits {
            chunk = chunk * radix + Int(d)
            scale *= radix
            if scale > limit {
                big = big * BigInt(scale) + BigInt(chunk)
                chunk = 0
                scale = 1
            }
        }
        big = big * BigInt(scale) + BigInt(chunk)
        return .int(negative ? -big : big)
    }

    @inline(__always) static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    // MARK: float

    /// `float(text)`: decimal literals with underscores between digits, `inf`, `infinity`, `nan`
    /// (any case, signed), surrounded by whitespace; nil when invalid.
    static func parseFloat(_ text: [UInt8]) -> Double? {
        var i = 0, end = text.count
        func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) }
        while i < end && space(text[i]) { i += 1 }
        while end > i && space(text[end - 1]) { end -= 1 }
        return parseFloatBody(text[i..<end])
    }

    /// The strict grammar `[sign] (digits [. [digits]] | . digits) [e [sign] digits]`, or
    /// inf/nan; underscores only between two digits.
    static func parseFloatBody(_ s: ArraySlice<UInt8>) -> Double? {
        var i = s.startIndex
        let end = s.endIndex
        var negative = false
        if i < end && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            negative = s[i] == UInt8(ascii: "-")
            i += 1
        }
        let word = String(decoding: s[i..<end], as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -.nan : .nan }
        var clean: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        clean.reserveCapacity(end - i + 1)
        var sawDigits = false
        // Digits with underscores allowed only between two digits.
        func digitRun() -> Bool? {
            var any = false
            while i < end {
                let c = s[i]
                if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                    clean.append(c)
                    any = true
                    i += 1
                } else if c == UInt8(ascii: "_") {
                    guard any, i + 1 < end, s[i + 1] >= UInt8(ascii: "0"), s[i + 1] <= UInt8(ascii: "9") else {
                        return nil
                    }
                    i += 1
                } else {
                    break
                }
            }
            return any
        }
        guard let intDigits = digitRun() else { return nil }
        sawDigits = intDigits
        if i < end && s[i] == UInt8(ascii: ".") {
            clean.append(UInt8(ascii: "."))
            i += 1
            guard let fracDigits = digitRun() else { return nil }
            sawDigits = sawDigits || fracDigits
        }
        if !sawDigits { return nil }
        if i < end && (s[i] | 0x20) == UInt8(ascii: "e") {
            clean.append(UInt8(ascii: "e"))
            i += 1
            if i < end && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
                clean.append(s[i])
                i += 1
            }
            guard let expDigits = digitRun(), expDigits else { return nil }
        }
        if i != end { return nil }
        return Double(String(decoding: clean, as: UTF8.self))
    }

    /// `float(s)` for a str or bytes-like text, with CPython's error.
    static func float(from text: [UInt8]?, original: PyValue) throws(PyException) -> Double {
        if let text, let d = parseFloat(text) { return d }
        throw .valueError("could not convert string to float: \(try Protocol.repr(original))")
    }

    // MARK: complex

    /// `complex(s)` (`complex_from_string_inner`): `1+2j`, `-j`, `(1.5)`, `1e5j`, with whitespace.
    static func parseComplex(_ text: [UInt8]) -> Complex? {
        var i = 0, end = text.count
        func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while i < end && space(text[i]) { i += 1 }
        while end > i && space(text[end - 1]) { end -= 1 }
        if i < end && text[i] == UInt8(ascii: "(") {
            guard end - 1 > i, text[end - 1] == UInt8(ascii: ")") else { return nil }
            i += 1
            end -= 1
            while i < end && space(text[i]) { i += 1 }
            while end > i && space(text[end - 1]) { end -= 1 }
        }
        let s = text[i..<end]
        if s.isEmpty { return nil }
        // Split at a sign that is not at the start and not after an 'e'.
        if (s.last! | 0x20) != UInt8(ascii: "j") {
            guard let r = parseFloatBody(s) else { return nil }
            return Complex(r, 0)
        }
        let body = s.dropLast()
        var split: Int? = nil
        var k = body.endIndex - 1
        while k > body.startIndex {
            let c = body[k]
            if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) && (body[k - 1] | 0x20) != UInt8(ascii: "e") {
                split = k
                break
            }
            k -= 1
        }
        func imagPart(_ t: ArraySlice<UInt8>) -> Double? {
            if t.isEmpty || t.elementsEqual([UInt8(ascii: "+")]) { return 1 }
            if t.elementsEqual([UInt8(ascii: "-")]) { return -1 }
            return parseFloatBody(t)
        }
        if let split {
            guard let re = parseFloatBody(body[body.startIndex..<split]),
                  let im = imagPart(body[split...]) else { return nil }
            return Complex(re, im)
        }
        guard let im = imagPart(body) else { return nil }
        return Complex(0, im)
    }
}
