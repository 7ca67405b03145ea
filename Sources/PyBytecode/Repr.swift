import BigInt
import Foundation

// Python `repr()` of the constants a code object can hold, as `dis` prints them in argrepr and
// as the metadata fixtures print `co_consts`. Mirrors Objects/floatobject.c (repr via the
// shortest round-trip digits), Objects/unicodeobject.c (`unicode_repr`), Objects/bytesobject.c,
// Objects/complexobject.c and Objects/setobject.c (iteration order of small-int frozensets).

extension CodeConstant {
    /// Python's `repr()` of the constant.
    /// - Parameter codeAddress: the address text for nested code objects (`0x7f...`).
    public func pythonRepr(codeAddress: (CodeObject) -> String = { _ in "0x0" }) -> String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i): return String(i)
        case .float(let d): return PyRepr.float(d)
        case .complex(let r, let i): return PyRepr.complex(r, i)
        case .str(let s): return PyRepr.string(s)
        case .bytes(let b): return PyRepr.bytes(b)
        case .tuple(let items):
            if items.count == 1 {
                return "(" + items[0].pythonRepr(codeAddress: codeAddress) + ",)"
            }
            return "(" + items.map { $0.pythonRepr(codeAddress: codeAddress) }
                .joined(separator: ", ") + ")"
        case .frozenset(let items):
            if items.isEmpty { return "frozenset()" }
            return "frozenset({" + items.map { $0.pythonRepr(codeAddress: codeAddress) }
                .joined(separator: ", ") + "})"
        case .code(let co):
            return "<code object \(co.name) at \(codeAddress(co)), file \"\(co.filename)\", "
                + "line \(co.firstlineno)>"
        }
    }
}

/// Python's repr algorithms for the scalar types.
public enum PyRepr {
    /// `repr(float)`: shortest round-trip digits; exponent form when the decimal point would
    /// be more than 16 places right or 4 places left of the first digit.
    public static func float(_ d: Double) -> String {
        formatFloat(d, addDotZero: true)
    }

    /// `format(x, 'r')` without the trailing ".0" (the parts of a complex repr).
    static func formatFloat(_ d: Double, addDotZero: Bool) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let negative = d.sign == .minus
        if d == 0 { return (negative ? "-0" : "0") + (addDotZero ? ".0" : "") }
        let (digits, decpt) = shortestDigits(abs(d))
        var out = negative ? "-" : ""
        if decpt <= -4 || decpt > 16 {
            out += String(digits.first!)
            if digits.count > 1 { out += "." + digits.dropFirst() }
            let e = decpt - 1
            out += e < 0 ? "e-" : "e+"
            let ae = abs(e)
            out += ae < 10 ? "0\(ae)" : "\(ae)"
        } else if decpt <= 0 {
            out += "0." + String(repeating: "0", count: -decpt) + digits
        } else if decpt >= digits.count {
            out += digits + String(repeating: "0", count: decpt - digits.count)
            if addDotZero { out += ".0" }
        } else {
            let idx = digits.index(digits.startIndex, offsetBy: decpt)
            out += digits[..<idx] + "." + digits[idx...]
        }
        return out
    }

    /// The shortest round-trip decimal digits of a positive finite double and the position of
    /// the decimal point (value = 0.DIGITS * 10^decpt), read from Swift's own shortest printer.
    static func shortestDigits(_ d: Double) -> (String, Int) {
        let s = d.description
        var mantissa = Substring(s)
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = s[..<e]
            exp = Int(s[s.index(after: e)...])!
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + String(fracPart)
        var decpt = intPart.count + exp
        while digits.first == "0" {
            digits.removeFirst()
            decpt -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (digits, decpt)
    }

    /// `repr(complex)`.
    public static func complex(_ re: Double, _ im: Double) -> String {
        let imText = formatFloat(im, addDotZero: false)
        if re == 0 && re.sign == .plus {
            return imText + "j"
        }
        let reText = formatFloat(re, addDotZero: false)
        let sign = (im.sign == .minus || im.isNaN && im.sign == .minus) ? "" : "+"
        return "(" + reText + sign + imText + "j)"
    }

    /// `repr(str)`: single quotes unless the text has a single quote and no double quote.
    public static func string(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let quote: Unicode.Scalar =
            scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for ch in scalars {
            let v = ch.value
            if ch == quote || ch == "\\" {
                out.append("\\")
                out.unicodeScalars.append(ch)
            } else if ch == "\t" {
                out += "\\t"
            } else if ch == "\n" {
                out += "\\n"
            } else if ch == "\r" {
                out += "\\r"
            } else if v < 0x20 || v == 0x7F {
                out += "\\x" + hex(v, 2)
            } else if v < 0x7F {
                out.unicodeScalars.append(ch)
            } else if isPrintable(ch) {
                out.unicodeScalars.append(ch)
            } else if v <= 0xFF {
                out += "\\x" + hex(v, 2)
            } else if v <= 0xFFFF {
                out += "\\u" + hex(v, 4)
            } else {
                out += "\\U" + hex(v, 8)
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// `repr(bytes)`.
    public static func bytes(_ b: [UInt8]) -> String {
        let quote: UInt8 = b.contains(0x27) && !b.contains(0x22) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        for c in b {
            if c == quote || c == 0x5C {
                out += "\\" + String(UnicodeScalar(c))
            } else if c == 0x09 {
                out += "\\t"
            } else if c == 0x0A {
                out += "\\n"
            } else if c == 0x0D {
                out += "\\r"
            } else if c < 0x20 || c >= 0x7F {
                out += "\\x" + hex(UInt32(c), 2)
            } else {
                out += String(UnicodeScalar(c))
            }
        }
        return out + String(UnicodeScalar(quote))
    }

    /// `str.isprintable()` for one character: not a control, format, surrogate, private-use,
    /// unassigned or separator character (the ASCII space excepted).
    static func isPrintable(_ ch: Unicode.Scalar) -> Bool {
        if ch == " " { return true }
        // CPython 3.11's database is Unicode 14.0: later characters are unassigned there.
        guard let age = ch.properties.age, age.major < 14 || (age.major == 14 && age.minor == 0)
        else { return false }
        switch ch.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
}

// MARK: - frozenset iteration order

/// Orders frozenset elements as CPython iterates them, for elements with deterministic hashes
/// (ints, bools and integral floats). Any other element (str hashes are randomised per process)
/// leaves the given order unchanged.
enum FrozensetOrder {
    private static let modulus = BigInt(2).power(61) - 1

    /// Python's `hash()` for the deterministic cases.
    static func hash(_ c: CodeConstant) -> Int64? {
        switch c {
        case .bool(let b): return b ? 1 : 0
        case .int(let i):
            let h = i.magnitude % BigUInt(modulus)
            var v = Int64(h)
            if i.sign == .minus { v = -v }
            return v == -1 ? -2 : v
        case .float(let d):
            guard d.isFinite, d == d.rounded(), abs(d) < 9.0e18 else { return nil }
            return hash(.int(BigInt(Int64(d))))
        default:
            return nil
        }
    }

    /// Removes duplicates by Python equality (1 == 1.0 == True) and returns CPython's order.
    static func order(_ items: [CodeConstant]) -> [CodeConstant] {
        var hashes: [Int64] = []
        for item in items {
            guard let h = hash(item) else { return dedupeByKey(items) }
            hashes.append(h)
        }
        // Build, then rebuild from iteration order as the compiler's constant merging does.
        let once = simulate(items, hashes)
        let twice = simulate(once.map { $0.0 }, once.map { $0.1 })
        return twice.map { $0.0 }
    }

    private static func dedupeByKey(_ items: [CodeConstant]) -> [CodeConstant] {
        var seen = Set<ConstantKey>()
        return items.filter { seen.insert(ConstantKey($0)).inserted }
    }

    private static func numericValue(_ c: CodeConstant) -> Double {
        switch c {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return .nan
        }
    }

    /// Inserts into a CPython set table (setobject.c: 8 slots, linear probes of 9, perturbed
    /// probing, resize at 3/5 full) and reads the slots back in order.
    private static func simulate(_ items: [CodeConstant], _ hashes: [Int64])
        -> [(CodeConstant, Int64)]
    {
        let linearProbes = 9
        var table: [(CodeConstant, Int64)?] = Array(repeating: nil, count: 8)
        var fill = 0

        func insertClean(_ t: inout [(CodeConstant, Int64)?], _ e: (CodeConstant, Int64)) {
            let mask = t.count - 1
            var perturb = UInt64(bitPattern: e.1)
            var i = Int(UInt64(bitPattern: e.1) & UInt64(mask))
            while true {
                if t[i] == nil { t[i] = e; return }
                if i + linearProbes <= mask {
                    for j in 1...linearProbes where t[i + j] == nil {
                        t[i + j] = e
                        return
                    }
                }
                perturb >>= 5
                i = Int((UInt64(i) &* 5 &+ 1 &+ perturb) & UInt64(mask))
            }
        }

        for (item, h) in zip(items, hashes) {
            let mask = table.count - 1
            var perturb = UInt64(bitPattern: h)
            var i = Int(UInt64(bitPattern: h) & UInt64(mask))
            var placed = false
            var duplicate = false
            search: while true {
                let probes = i + linearProbes <= mask ? linearProbes : 0
                for j in 0...probes {
                    let slot = i + j
                    guard let existing = table[slot] else {
                        table[slot] = (item, h)
                        placed = true
                        break search
                    }
                    if existing.1 == h && numericValue(existing.0) == numericValue(item) {
                        duplicate = true
                        break search
                    }
                }
                perturb >>= 5
                i = Int((UInt64(i) &* 5 &+ 1 &+ perturb) & UInt64(mask))
            }
            if duplicate || !placed { continue }
            fill += 1
            if fill * 5 >= mask * 3 {
                let used = fill
                var newSize = 8
                while newSize <= used * 4 { newSize <<= 1 }
                var newTable: [(CodeConstant, Int64)?] = Array(repeating: nil, count: newSize)
                for case let e? in table { insertClean(&newTable, e) }
                table = newTable
            }
        }
        return table.compactMap { $0 }
    }
}
