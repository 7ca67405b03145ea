import BigInt

/// The format-spec mini-language (Python/formatter_unicode.c): `format(value, spec)`, the
/// `__format__` of int, float, complex and str, and what `FORMAT_VALUE` and `str.format` call.
public enum Formatting {

    /// `format(v, spec)` (`PyObject_Format`): the unboxed numbers and strs directly, everything
    /// else through `type(v).__format__`.
    public static func format(_ v: PyValue, spec: String) throws(PyException) -> String {
        switch v {
        case .int(let i):
            if spec.isEmpty { return String(i) }
            return try formatInt(v, spec: spec)
        case .float(let d):
            if spec.isEmpty { return FloatDigits.repr(d) }
            return try formatFloat(d, spec: spec)
        case .object(let s as PyStr):
            if spec.isEmpty { return s.value }
            return try formatStr(s.value, spec: spec)
        default: break
        }
        guard let m = v.type.lookup(Names.__format__), !m.isNone else {
            if spec.isEmpty { return try Protocol.str(v) }
            throw .typeError("unsupported format string passed to \(v.type.name).__format__")
        }
        let r = try Protocol.callMethod(m, self: v, [.str(spec)])
        guard case .object(let s as PyStr) = r else {
            throw .typeError("__format__ must return a str, not \(r.type.name)")
        }
        return s.value
    }

    /// `ascii(v)` (and the `!a` conversion): `repr(v)` with every non-ASCII character escaped.
    public static func ascii(_ v: PyValue) throws(PyException) -> String {
        StrOps.asciiEscaped(try Protocol.repr(v))
    }

    // MARK: The parsed spec

    /// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
    struct Spec {
        var fill: Unicode.Scalar = " "
        var fillSpecified = false
        var align: UInt8 = 0
        var sign: UInt8 = 0
        var noNegativeZero = false
        var alternate = false
        var width = -1
        /// `,` or `_`, 0 for none.
        var grouping: UInt8 = 0
        var precision = -1
        var type: UInt8 = 0
    }

    /// Parses `spec` (`parse_internal_render_format_spec`); `defaultAlign` is `<` for strs,
    /// `>` for numbers; `typeName` for the error messages. An ASCII spec (nearly all of them)
    /// is read in place as bytes; others as code points.
    static func parse(_ spec: String, defaultType: UInt8, defaultAlign: UInt8,
                      typeName: @autoclosure () -> String) throws(PyException) -> Spec {
        // Programs format with a handful of specs in loops (`f"{x:.2f}"`): a small set-associative
        // cache answers those with one string comparison, which is by identity when the spec is
        // the same constant. Only valid specs are cached, so errors are always raised afresh.
        // Two ways per set, chosen by a multiplicative hash of the length, the end bytes and the
        // defaults; a miss moves the set's first way to its second.
        let utf8 = spec.utf8
        let key = UInt64(utf8.count) | UInt64(utf8.first ?? 0) << 16 | UInt64(utf8.last ?? 0) << 24
            | UInt64(defaultType) << 32 | UInt64(defaultAlign) << 40
        let set = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 61) << 1
        for way in set...(set + 1) {
            let entry = parsedCache[way]
            if entry.defaultType == defaultType && entry.defaultAlign == defaultAlign && entry.spec == spec {
                return entry.parsed
            }
        }
        let parsed = try parseUncached(spec, defaultType: defaultType, defaultAlign: defaultAlign,
                                       typeName: typeName())
        parsedCache[set + 1] = parsedCache[set]
        parsedCache[set] = ParsedSpec(spec: spec, defaultType: defaultType, defaultAlign: defaultAlign,
                                      parsed: parsed)
        return parsed
    }

    private struct ParsedSpec {
        var spec: String
        var defaultType: UInt8
        var defaultAlign: UInt8
        var parsed: Spec
    }

    private static let parsedCacheSize = 16
    nonisolated(unsafe) private static var parsedCache = [ParsedSpec](
        repeating: ParsedSpec(spec: "", defaultType: 0xFF, defaultAlign: 0, parsed: Spec()), count: parsedCacheSize)

    private static func parseUncached(_ spec: String, defaultType: UInt8, defaultAlign: UInt8,
                                      typeName: @autoclosure () -> String) throws(PyException) -> Spec {
        var text = spec
        var result: Result<Spec, PyException>?
        text.withUTF8 { (p) in
            if p.allSatisfy({ $0 < 0x80 }) {
                result = Result { () throws(PyException) -> Spec in
                    try parse(p.lazy.map { UInt32($0) }, spec: spec, defaultType: defaultType,
                              defaultAlign: defaultAlign, typeName: typeName)
                }
            }
        }
        if let result { return try result.get() }
        return try parse(spec.unicodeScalars.map { $0.value }, spec: spec, defaultType: defaultType,
                         defaultAlign: defaultAlign, typeName: typeName)
    }

    /// The parser proper, over the spec's code points.
    private static func parse<C: RandomAccessCollection>(
        _ c: C, spec: String, defaultType: UInt8, defaultAlign: UInt8, typeName: () -> String
    ) throws(PyException) -> Spec where C.Element == UInt32, C.Index == Int {
        @inline(__always) func v(_ x: Unicode.Scalar) -> UInt32 { x.value }
        var s = Spec()
        s.align = defaultAlign
        s.type = defaultType
        var i = 0
        func isAlign(_ x: UInt32) -> Bool { x == v("<") || x == v(">") || x == v("=") || x == v("^") }
        var alignSpecified = false
        if c.count >= 2 && isAlign(c[1]) {
            s.fill = Unicode.Scalar(c[0])!
            s.fillSpecified = true
            s.align = UInt8(c[1])
            alignSpecified = true
            i = 2
        } else if c.count >= 1 && isAlign(c[0]) {
            s.align = UInt8(c[0])
            alignSpecified = true
            i = 1
        }
        if i < c.count && (c[i] == v("+") || c[i] == v("-") || c[i] == v(" ")) {
            s.sign = UInt8(c[i])
            i += 1
        }
        if i < c.count && c[i] == v("z") {
            s.noNegativeZero = true
            i += 1
        }
        if i < c.count && c[i] == v("#") {
            s.alternate = true
            i += 1
        }
        if !s.fillSpecified && i < c.count && c[i] == v("0") {
            s.fill = "0"
            if !alignSpecified && defaultAlign == UInt8(ascii: ">") { s.align = UInt8(ascii: "=") }
            i += 1
        }
        func number() throws(PyException) -> Int? {
            var n = 0
            var any = false
            while i < c.count, c[i] >= 0x30 && c[i] <= 0x39 {
                let d = Int(c[i] - 0x30)
                let (m, o1) = n.multipliedReportingOverflow(by: 10)
                let (r, o2) = m.addingReportingOverflow(Int(d))
                if o1 || o2 { throw .valueError("Too many decimal digits in format string") }
                n = r
                any = true
                i += 1
            }
            return any ? n : nil
        }
        if let w = try number() { s.width = w }
        if i < c.count && c[i] == v(",") {
            s.grouping = UInt8(ascii: ",")
            i += 1
        }
        if i < c.count && c[i] == v("_") {
            if s.grouping != 0 { throw .valueError("Cannot specify both ',' and '_'.") }
            s.grouping = UInt8(ascii: "_")
            i += 1
        }
        if i < c.count && c[i] == v(",") {
            if s.grouping == UInt8(ascii: "_") { throw .valueError("Cannot specify both ',' and '_'.") }
        }
        if i < c.count && c[i] == v(".") {
            i += 1
            guard let p = try number() else { throw .valueError("Format specifier missing precision") }
            s.precision = p
        }
        if c.count - i > 1 {
            throw .valueError("Invalid format specifier '\(spec)' for object of type '\(typeName())'")
        }
        if i < c.count {
            guard c[i] < 0x80 else {
                throw .valueError("Unknown format code '\\x\(String(c[i], radix: 16))' for object of type '\(typeName())'")
            }
            s.type = UInt8(c[i])
        }
        if s.grouping != 0 {
            switch s.type {
            case UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "E"),
                 UInt8(ascii: "G"), UInt8(ascii: "%"), UInt8(ascii: "F"), 0:
                break
            case UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "x"), UInt8(ascii: "X"):
                // Underscores every four digits in binary, octal and hex; never commas.
                if s.grouping == UInt8(ascii: "_") { break }
                fallthrough
            default:
                let t = s.type
                let shown = t > 32 && t < 128 ? String(UnicodeScalar(t)) : "\\x\(String(t, radix: 16))"
                throw .valueError("Cannot specify '\(UnicodeScalar(s.grouping))' with '\(shown)'.")
            }
        }
        return s
    }

    static func unknownCode(_ type: UInt8, _ typeName: String) -> PyException {
        let shown = type > 32 && type < 128 ? String(UnicodeScalar(type)) : "\\x\(String(type, radix: 16))"
        return .valueError("Unknown format code '\(shown)' for object of type '\(typeName)'")
    }

    // MARK: str

    /// `str.__format__(spec)`.
    public static func formatStr(_ value: String, spec: String) throws(PyException) -> String {
        if spec.isEmpty { return value }
        let s = try parse(spec, defaultType: UInt8(ascii: "s"), defaultAlign: UInt8(ascii: "<"), typeName: "str")
        guard s.type == UInt8(ascii: "s") else { throw unknownCode(s.type, "str") }
        if s.sign != 0 { throw .valueError("Sign not allowed in string format specifier") }
        if s.noNegativeZero {
            throw .valueError("Negative zero coercion (z) not allowed in string format specifier")
        }
        if s.alternate { throw .valueError("Alternate form (#) not allowed in string format specifier") }
        if s.align == UInt8(ascii: "=") {
            throw .valueError("'=' alignment not allowed in string format specifier")
        }
        var text = value
        var length = value.unicodeScalars.count
        if s.precision >= 0 && length > s.precision {
            text = StrOps.string(value.unicodeScalars.prefix(s.precision))
            length = s.precision
        }
        return pad(text, length: length, spec: s)
    }

    /// `calc_padding` + fill: the text aligned in `spec.width`.
    static func pad(_ text: String, length: Int, spec s: Spec) -> String {
        guard s.width > length else { return text }
        let total = s.width - length
        let left: Int
        switch s.align {
        case UInt8(ascii: ">"): left = total
        case UInt8(ascii: "^"): left = total / 2
        default: left = 0
        }
        guard s.fill.isASCII else {
            let f = String(s.fill)
            return String(repeating: f, count: left) + text + String(repeating: f, count: total - left)
        }
        // An ASCII fill: write the padded text once.
        let fill = UInt8(s.fill.value)
        var text = text
        return text.withUTF8 { (t) -> String in
            String(unsafeUninitializedCapacity: t.count + total) { (out) -> Int in
                let base = out.baseAddress!
                base.initialize(repeating: fill, count: left)
                if t.count > 0 { (base + left).initialize(from: t.baseAddress!, count: t.count) }
                (base + left + t.count).initialize(repeating: fill, count: total - left)
                return t.count + total
            }
        }
    }

    // MARK: Number layout (calc_number_widths + fill_number)

    /// Inserts separators every `every` digits from the right, zero-padding the digits so the
    /// grouped result is at least `minWidth` wide (`_PyUnicode_InsertThousandsGrouping`).
    static func group(_ digits: ArraySlice<UInt8>, minWidth: Int, separator: UInt8, every: Int) -> [UInt8] {
        var out: [UInt8] = []  // built reversed
        var remaining = digits.count
        var minW = minWidth
        var pos = digits.endIndex
        func emit(_ len: Int, _ useSeparator: Bool) {
            let zeros = Swift.max(0, len - remaining)
            let chars = Swift.max(0, Swift.min(remaining, len))
            if useSeparator { out.append(separator) }
            for _ in 0..<chars {
                pos -= 1
                out.append(digits[pos])
            }
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeros))
            remaining -= chars
        }
        if separator == 0 {
            emit(Swift.max(Swift.max(remaining, minW), 1), false)
            return out.reversed()
        }
        var useSeparator = false
        while true {
            let len = Swift.min(every, Swift.max(Swift.max(remaining, minW), 1))
            emit(len, useSeparator)
            useSeparator = true
            minW -= every
            if remaining <= 0 && minW <= 0 { break }
            minW -= 1
        }
        return out.reversed()
    }

    /// Lays out `[sign][prefix][digits][remainder]` with fill, alignment, zero padding and
    /// grouping. `digits` are the integer digits; `remainder` is everything after them (decimal
    /// point, fraction, exponent), then `%` when `percent`. The result is written once, at its
    /// final size.
    static func layoutNumber(negative: Bool, prefix: String, digits: UnsafeBufferPointer<UInt8>,
                             remainder: UnsafeBufferPointer<UInt8>, percent: Bool = false,
                             spec s: Spec, every: Int = 3, upper: Bool = false) -> String {
        var signChar: UInt8 = 0
        switch s.sign {
        case UInt8(ascii: "+"): signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: "+")
        case UInt8(ascii: " "): signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: " ")
        default: if negative { signChar = UInt8(ascii: "-") }
        }
        let prefixBytes = prefix.utf8
        let remainderCount = remainder.count + (percent ? 1 : 0)
        let nonDigits = (signChar != 0 ? 1 : 0) + prefixBytes.count + remainderCount
        let zeroFill = s.fill == "0" && s.align == UInt8(ascii: "=")
        let minWidth = zeroFill ? s.width - nonDigits : 0
        // The digits with any separators and leading zeros: grouped by `group`, or (the common
        // case) just zero-padded to `minWidth`, which needs no copy.
        var grouped: [UInt8] = []
        var leadingZeros = 0
        var digitCount = 0
        if !digits.isEmpty {
            if s.grouping != 0 {
                grouped = group(Array(digits)[...], minWidth: minWidth, separator: s.grouping, every: every)
                digitCount = grouped.count
            } else {
                leadingZeros = Swift.max(0, minWidth - digits.count)
                digitCount = leadingZeros + digits.count
            }
        }
        let padding = s.width - (nonDigits + digitCount)
        var lpad = 0, spad = 0, rpad = 0
        if padding > 0 {
            switch s.align {
            case UInt8(ascii: "<"): rpad = padding
            case UInt8(ascii: "^"):
                lpad = padding / 2
                rpad = padding - lpad
            case UInt8(ascii: "="): spad = padding
            default: lpad = padding
            }
        }
        // The fill as UTF-8: one byte for an ASCII fill, no array.
        let asciiFill: UInt8? = s.fill.isASCII ? UInt8(s.fill.value) : nil
        let wideFill: [UInt8] = asciiFill == nil ? Array(String(s.fill).utf8) : []
        let fillWidth = asciiFill == nil ? wideFill.count : 1
        let total = (lpad + spad + rpad) * fillWidth + nonDigits + digitCount
        return String(unsafeUninitializedCapacity: total) { (out) -> Int in
            var p = out.baseAddress!
            @inline(__always) func fill(_ n: Int) {
                if let asciiFill {
                    p.initialize(repeating: asciiFill, count: n)
                    p += n
                } else {
                    for _ in 0..<n {
                        for b in wideFill {
                            p.initialize(to: b)
                            p += 1
                        }
                    }
                }
            }
            @inline(__always) func copy(_ bytes: UnsafeBufferPointer<UInt8>, upper: Bool) {
                for b in bytes {
                    p.initialize(to: upper && b >= 0x61 && b <= 0x7A ? b - 32 : b)
                    p += 1
                }
            }
            fill(lpad)
            if signChar != 0 {
                p.initialize(to: signChar)
                p += 1
            }
            for b in prefixBytes {
                p.initialize(to: b)
                p += 1
            }
            fill(spad)
            if s.grouping != 0 {
                grouped.withUnsafeBufferPointer { copy($0, upper: upper) }
            } else if !digits.isEmpty {
                p.initialize(repeating: UInt8(ascii: "0"), count: leadingZeros)
                p += leadingZeros
                copy(digits, upper: upper)
            }
            copy(remainder, upper: false)
            if percent {
                p.initialize(to: UInt8(ascii: "%"))
                p += 1
            }
            fill(rpad)
            return out.baseAddress!.distance(to: p)
        }
    }

    // MARK: int

    /// `int.__format__(spec)` (`format_long_internal`); a bool formats as its int.
    public static func formatInt(_ v: PyValue, spec: String) throws(PyException) -> String {
        if spec.isEmpty { return try Protocol.str(v) }
        let s = try parse(spec, defaultType: UInt8(ascii: "d"), defaultAlign: UInt8(ascii: ">"), typeName: v.type.name)
        switch s.type {
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "g"),
             UInt8(ascii: "G"), UInt8(ascii: "%"):
            return try formatFloat(try IntMath.toDouble(v), spec: s, typeName: v.type.name)
        case UInt8(ascii: "d"), UInt8(ascii: "n"), UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "x"),
             UInt8(ascii: "X"), UInt8(ascii: "c"):
            break
        default:
            throw unknownCode(s.type, v.type.name)
        }
        if s.precision >= 0 { throw .valueError("Precision not allowed in integer format specifier") }
        if s.noNegativeZero {
            throw .valueError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        if s.type == UInt8(ascii: "c") {
            if s.sign != 0 { throw .valueError("Sign not allowed with integer format specifier 'c'") }
            if s.alternate {
                throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            guard let n = IntMath.small(v) else {
                throw .overflowError("Python int too large to convert to C long")
            }
            guard n >= 0, n < 0x110000, let c = Unicode.Scalar(UInt32(n)) else {
                throw .overflowError("%c arg not in range(0x110000)")
            }
            let bytes = Array(String(c).utf8)
            return bytes.withUnsafeBufferPointer { (r) in
                layoutNumber(negative: false, prefix: "", digits: UnsafeBufferPointer(start: nil, count: 0),
                             remainder: r, spec: s)
            }
        }
        let radix: Int
        var prefix = ""
        switch s.type {
        case UInt8(ascii: "b"): radix = 2; prefix = "0b"
        case UInt8(ascii: "o"): radix = 8; prefix = "0o"
        case UInt8(ascii: "x"): radix = 16; prefix = "0x"
        case UInt8(ascii: "X"): radix = 16; prefix = "0X"
        default: radix = 10
        }
        if !s.alternate { prefix = "" }
        var negative = false
        var digits: [UInt8]
        if let i = IntMath.small(v) {
            // A word: its digits go straight from a stack buffer into the layout.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { (buffer) -> String in
                let k = writeDigits(i.magnitude, radix: radix, upper: false, endingAt: 64, in: buffer)
                return layoutNumber(negative: i < 0, prefix: prefix,
                                    digits: UnsafeBufferPointer(rebasing: buffer[k..<64]),
                                    remainder: UnsafeBufferPointer(start: nil, count: 0), spec: s,
                                    every: radix == 10 ? 3 : 4, upper: s.type == UInt8(ascii: "X"))
            }
        } else {
            let b = IntMath.big(v)!
            negative = b.sign == .minus
            if radix == 10 {
                digits = Array(try IntMath.decimalString(BigInt(b.magnitude)).utf8)
            } else {
                digits = Array(String(b.magnitude, radix: radix).utf8)
            }
        }
        return digits.withUnsafeBufferPointer { (d) in
            layoutNumber(negative: negative, prefix: prefix, digits: d,
                         remainder: UnsafeBufferPointer(start: nil, count: 0), spec: s,
                         every: radix == 10 ? 3 : 4, upper: s.type == UInt8(ascii: "X"))
        }
    }

    /// Writes the digits of `m` in `radix` (2, 8, 10 or 16) backwards so they end before
    /// `end`; returns where they start. Decimal divides by a constant and the powers of two
    /// shift, so no hardware division runs.
    @inline(__always)
    static func writeDigits(_ m: UInt, radix: Int, upper: Bool, endingAt end: Int,
                            in buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var k = end
        var m = m
        if radix == 10 {
            repeat {
                let (q, r) = m.quotientAndRemainder(dividingBy: 10)
                k -= 1
                buffer[k] = 0x30 &+ UInt8(truncatingIfNeeded: r)
                m = q
            } while m != 0
            return k
        }
        let shift: UInt = radix == 16 ? 4 : radix == 8 ? 3 : 1
        let mask = UInt(radix - 1)
        let letters: UInt8 = upper ? 0x37 : 0x57
        repeat {
            let d = UInt8(truncatingIfNeeded: m & mask)
            k -= 1
            buffer[k] = d < 10 ? 0x30 &+ d : letters &+ d
            m >>= shift
        } while m != 0
        return k
    }

    // MARK: float

    /// `float.__format__(spec)`.
    public static func formatFloat(_ d: Double, spec: String) throws(PyException) -> String {
        if spec.isEmpty { return FloatDigits.repr(d) }
        let s = try parse(spec, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: "float")
        return try formatFloat(d, spec: s, typeName: "float")
    }

    static func formatFloat(_ value: Double, spec s: Spec, typeName: String) throws(PyException) -> String {
        var type = s.type
        var d = value
        var precision = s.precision
        var addDot0 = false
        var percent = false
        switch type {
        case 0:
            addDot0 = true
            type = UInt8(ascii: "r")
        case UInt8(ascii: "n"): type = UInt8(ascii: "g")
        case UInt8(ascii: "%"):
            type = UInt8(ascii: "f")
            d *= 100
            percent = true
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "g"),
             UInt8(ascii: "G"):
            break
        default:
            throw unknownCode(type, typeName)
        }
        if precision < 0 {
            precision = type == UInt8(ascii: "r") ? 0 : 6
        } else if type == UInt8(ascii: "r") {
            type = UInt8(ascii: "g")
        }
        let text = FloatDigits.format(d, code: type, precision: precision,
                                      addDot0: addDot0, alternate: s.alternate, noNegativeZero: s.noNegativeZero)
        if s.width < 0 && s.grouping == 0 && (s.sign == 0 || s.sign == UInt8(ascii: "-")) {
            // Nothing to pad, group or sign: the digits are the answer (`'.2f'`).
            return percent ? text + "%" : text
        }
        return layoutFloatText(text, spec: s, percent: percent)
    }

    /// Splits `-123.45e+06` into sign, integer digits and remainder, and lays it out.
    static func layoutFloatText(_ text: String, spec s: Spec, percent: Bool = false) -> String {
        var text = text
        return text.withUTF8 { (bytes) -> String in
            var start = 0
            let negative = bytes.first == UInt8(ascii: "-")
            if negative { start = 1 }
            var n = start
            while n < bytes.count && bytes[n] >= UInt8(ascii: "0") && bytes[n] <= UInt8(ascii: "9") { n += 1 }
            return layoutNumber(negative: negative, prefix: "", digits: UnsafeBufferPointer(rebasing: bytes[start..<n]),
                                remainder: UnsafeBufferPointer(rebasing: bytes[n...]), percent: percent, spec: s)
        }
    }

    // MARK: complex

    /// `complex.__format__(spec)` (`format_complex_internal`).
    public static func formatComplex(_ z: Complex, spec: String) throws(PyException) -> String {
        if spec.isEmpty { return ComplexMath.repr(z) }
        let s = try parse(spec, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: "complex")
        if s.fill == "0" && !s.fillSpecified {
            throw .valueError("Zero padding is not allowed in complex format specifier")
        }
        if s.align == UInt8(ascii: "=") {
            throw .valueError("'=' alignment flag is not allowed in complex format specifier")
        }
        var type = s.type
        var precision = s.precision
        var skipReal = false, parens = false
        switch type {
        case 0:
            type = UInt8(ascii: "r")
            if z.real == 0 && z.real.sign == .plus { skipReal = true } else { parens = true }
        case UInt8(ascii: "n"): type = UInt8(ascii: "g")
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "g"),
             UInt8(ascii: "G"):
            break
        default:
            throw unknownCode(type, "complex")
        }
        if precision < 0 {
            precision = type == UInt8(ascii: "r") ? 0 : 6
        } else if type == UInt8(ascii: "r") {
            type = UInt8(ascii: "g")
        }
        let code = type
        var inner = s
        inner.fill = " "
        inner.align = UInt8(ascii: "<")
        inner.width = -1
        var out = ""
        if !skipReal {
            let re = FloatDigits.format(z.real, code: code, precision: precision, alternate: s.alternate,
                                        noNegativeZero: s.noNegativeZero)
            out += layoutFloatText(re, spec: inner)
            inner.sign = UInt8(ascii: "+")
        }
        let im = FloatDigits.format(z.imag, code: code, precision: precision, alternate: s.alternate,
                                    noNegativeZero: s.noNegativeZero)
        out += layoutFloatText(im, spec: inner) + "j"
        if parens { out = "(" + out + ")" }
        return pad(out, length: out.unicodeScalars.count, spec: s)
    }
}
