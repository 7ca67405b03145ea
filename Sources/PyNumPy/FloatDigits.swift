import Foundation

/// Dragon4 as NumPy prints floats (`dragon4_positional`, `dragon4_scientific` with
/// `unique=True`): the shortest digits that round-trip (Swift's `description` gives them), cut
/// to `precision` digits with correct rounding of the exact binary value when longer.
enum FloatDigits {
    /// The shortest round-trip decimal of |x|: digits without leading zeros and the power of
    /// ten of the first digit (x = d1.d2d3... × 10^exponent).
    static func shortest(_ x: Double, single: Bool = false) -> (digits: [UInt8], exponent: Int) {
        // float32 values get float32's shortest digits, as NumPy prints them.
        let text = single ? abs(Float(x)).description : abs(x).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...])!
        }
        var digits: [UInt8] = []
        var pointAt = mantissa.count
        for (i, c) in mantissa.enumerated() {
            if c == "." { pointAt = i; continue }
            digits.append(UInt8(c.asciiValue! - 48))
        }
        // Value = 0.d1d2... × 10^pointAt before stripping leading zeros.
        var lead = 0
        while lead < digits.count - 1 && digits[lead] == 0 { lead += 1 }
        digits.removeFirst(lead)
        while digits.count > 1 && digits.last == 0 { digits.removeLast() }
        if digits == [0] { return ([0], 0) }
        return (digits, pointAt - lead - 1 + exponent)
    }

    /// `dragon4_positional(x, precision, min_digits, unique=True, fractional=True, trim,
    /// pad_left, pad_right)` for a finite x. `keepZeros` is trim 'k'; otherwise trim '.'.
    static func positional(_ x: Double, precision: Int, minDigits: Int = 0, keepZeros: Bool = false,
                           padLeft: Int = 0, padRight: Int = 0, plus: Bool = false, single: Bool = false) -> String {
        var (digits, exponent) = shortest(x, single: single)
        var intPart = "", fracPart = ""
        let fracCount = max(0, digits.count - 1 - exponent)
        if fracCount > precision {
            // Too many digits for the precision: round the exact value.
            let s = String(format: "%.*f", precision, abs(x))
            let parts = s.split(separator: ".", omittingEmptySubsequences: false)
            intPart = String(parts[0])
            fracPart = parts.count > 1 ? String(parts[1]) : ""
            while fracPart.hasSuffix("0") { fracPart.removeLast() }
        } else {
            if digits == [0] { exponent = 0 }
            if exponent < 0 {
                intPart = "0"
                fracPart = String(repeating: "0", count: -exponent - 1) + digits.map { String($0) }.joined()
            } else {
                let whole = digits.prefix(exponent + 1).map { String($0) }.joined()
                intPart = whole + String(repeating: "0", count: max(0, exponent + 1 - digits.count))
                fracPart = digits.dropFirst(exponent + 1).map { String($0) }.joined()
            }
        }
        if fracPart.count < minDigits { fracPart += String(repeating: "0", count: minDigits - fracPart.count) }
        _ = keepZeros
        if x.sign == .minus { intPart = "-" + intPart } else if plus { intPart = "+" + intPart }
        var out = String(repeating: " ", count: max(0, padLeft - intPart.count)) + intPart + "." + fracPart
        if fracPart.count < padRight { out += String(repeating: " ", count: padRight - fracPart.count) }
        return out
    }

    /// `dragon4_scientific(x, precision, min_digits, unique=True, trim, pad_left, exp_digits)`.
    static func scientific(_ x: Double, precision: Int, minDigits: Int = 0, padLeft: Int = 0,
                           expDigits: Int = 2, plus: Bool = false, single: Bool = false) -> String {
        var (digits, exponent) = shortest(x, single: single)
        if digits.count - 1 > precision {
            let s = String(format: "%.*e", precision, abs(x))
            let parts = s.split(separator: "e")
            digits = parts[0].compactMap { $0 == "." ? nil : UInt8($0.asciiValue! - 48) }
            exponent = Int(parts[1])!
            while digits.count > 1 && digits.last == 0 { digits.removeLast() }
        }
        var frac = digits.dropFirst().map { String($0) }.joined()
        if frac.count < minDigits { frac += String(repeating: "0", count: minDigits - frac.count) }
        var intPart = String(digits[0])
        if x.sign == .minus { intPart = "-" + intPart } else if plus { intPart = "+" + intPart }
        let expText = String(abs(exponent))
        let exp = "e" + (exponent < 0 ? "-" : "+")
            + String(repeating: "0", count: max(0, max(2, expDigits) - expText.count)) + expText
        return String(repeating: " ", count: max(0, padLeft - intPart.count)) + intPart + "." + frac + exp
    }
}
