import BigInt

// Values of NUMBER tokens, as `_PyPegen_number_token` / `parsenumber` compute them: integers
// (any size, in any base), floats and imaginary numbers; underscores are dropped first.

extension Parser {
    /// CPython's default `sys.get_int_max_str_digits()`, which also limits decimal literals.
    static let maxDecimalDigits = 4300

    func numberValue(_ t: Token) throws(SyntaxError) -> ConstantValue {
        let p = source.bytes
        var digits: [UInt8] = []
        digits.reserveCapacity(Int(t.end - t.start))
        for i in Int(t.start)..<Int(t.end) where p[i] != 95 { digits.append(p[i]) }
        let text = String(decoding: digits, as: UTF8.self)
        let last = digits[digits.count - 1]
        if digits.count > 1 && digits[0] == 48 {
            let radixChar = digits[1] | 0x20
            let radix = radixChar == 120 ? 16 : radixChar == 111 ? 8 : radixChar == 98 ? 2 : 0
            if radix != 0 {
                let body = String(decoding: digits[2...], as: UTF8.self)
                if let v = Int(body, radix: radix) { return .int(BigInt(v)) }
                return .int(BigInt(body, radix: radix) ?? 0)
            }
        }
        if last == 106 || last == 74 {
            let body = String(decoding: digits[..<(digits.count - 1)], as: UTF8.self)
            return .complex(0, Parser.parseDouble(body))
        }
        if digits.contains(where: { $0 == 46 || $0 == 101 || $0 == 69 }) {
            return .float(Parser.parseDouble(text))
        }
        if let v = Int(text) { return .int(BigInt(v)) }
        if digits.count > Parser.maxDecimalDigits {
            throw raiseError(
                "Exceeds the limit (\(Parser.maxDecimalDigits) digits) for integer string "
                    + "conversion: value has \(digits.count) digits; use "
                    + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                    + "for huge integer literals to avoid decimal conversion limits.",
                lineno: Int(t.lineno), col: -1, endLineno: Int(t.endLineno), endCol: -1)
        }
        return .int(BigInt(text) ?? 0)
    }

    /// `PyOS_string_to_double` on a literal the tokenizer already validated ("1.", ".5",
    /// "1e5"); out-of-range values become infinity or zero as in C.
    static func parseDouble(_ s: String) -> Double {
        if let d = Double(s) { return d }
        // Swift may reject a '.' with no digits after it ("1." or "1.e5"): add a zero.
        var fixed = ""
        var previous: Character = " "
        for ch in s {
            if previous == "." && !ch.isNumber { fixed.append("0") }
            fixed.append(ch)
            previous = ch
        }
        if previous == "." { fixed.append("0") }
        return Double(fixed) ?? 0
    }
}
