import BigInt
import Foundation

/// printf-style formatting, `format % args` (Objects/unicodeobject.c `PyUnicode_Format`).
enum PercentFormat {

    /// `template % args`: a tuple supplies the arguments in order; a mapping supplies `%(name)s`
    /// keys; any other value is the single argument.
    static func format(_ template: String, _ args: PyValue) throws(PyException) -> String {
        // The directives are ASCII, so the template is scanned in place as UTF-8 bytes; literal
        // runs and converted values are appended to one byte buffer.
        try StrOps.withUTF8(template) { (s) throws(PyException) -> String in
            try ScratchBytes.with(capacity: s.count + 16) { (out) throws(PyException) -> String in
                try format(s, args, into: &out)
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    private static func format(_ s: UnsafeBufferPointer<UInt8>, _ args: PyValue,
                               into out: inout [UInt8]) throws(PyException) {
        var list: [PyValue]
        var tupleArgs = false
        if case .object(let t as PyTuple) = args {
            list = t.elements
            tupleArgs = true
        } else {
            list = [args]
        }
        let isMapping: Bool = {
            guard case .object(let o) = args, !(o is PyTuple), !(o is PyStr) else { return false }
            return o is PyDict || o.type.lookup(Names.__getitem__) != nil
                && !(o is PyList) && !(o is PyBytes)
        }()
        var argIndex = 0
        var usedMapping = false
        func nextArg() throws(PyException) -> PyValue {
            guard argIndex < list.count else { throw .typeError("not enough arguments for format string") }
            defer { argIndex += 1 }
            return list[argIndex]
        }
        func digit(_ b: UInt8) -> Int? { b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil }
        let n = s.count
        var i = 0
        while i < n {
            guard let hit = memchr(s.baseAddress! + i, Int32(UInt8(ascii: "%")), n - i) else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<n]))
                break
            }
            let pct = s.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if pct > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<pct])) }
            i = pct + 1
            if i >= n { throw .valueError("incomplete format") }
            if s[i] == UInt8(ascii: "%") {
                out.append(UInt8(ascii: "%"))
                i += 1
                continue
            }
            var value: PyValue? = nil
            if s[i] == UInt8(ascii: "(") {
                guard isMapping else { throw .typeError("format requires a mapping") }
                var depth = 1
                i += 1
                let start = i
                while i < n && depth > 0 {
                    if s[i] == UInt8(ascii: "(") { depth += 1 } else if s[i] == UInt8(ascii: ")") { depth -= 1 }
                    i += 1
                }
                if depth > 0 { throw .valueError("incomplete format key") }
                let key = String(decoding: s[start..<(i - 1)], as: UTF8.self)
                value = try StrFormat.getItem(args, .str(key))
                usedMapping = true
                list = []
                argIndex = 0
            }
            var spec = Spec()
            flags: while i < n {
                switch s[i] {
                case UInt8(ascii: "-"): spec.left = true
                case UInt8(ascii: "+"): spec.plus = true
                case UInt8(ascii: " "): spec.blank = true
                case UInt8(ascii: "#"): spec.alternate = true
                case UInt8(ascii: "0"): spec.zero = true
                default: break flags
                }
                i += 1
            }
            if i < n && s[i] == UInt8(ascii: "*") {
                let w = try nextArg()
                guard IntMath.isInt(w) else { throw .typeError("* wants int") }
                spec.width = try Protocol.index(w)
                if spec.width < 0 {
                    spec.left = true
                    spec.width = -spec.width
                }
                i += 1
            } else {
                while i < n, let d = digit(s[i]) {
                    spec.width = spec.width * 10 + d
                    i += 1
                }
            }
            if i < n && s[i] == UInt8(ascii: ".") {
                i += 1
                spec.precision = 0
                if i < n && s[i] == UInt8(ascii: "*") {
                    let p = try nextArg()
                    guard IntMath.isInt(p) else { throw .typeError("* wants int") }
                    spec.precision = Swift.max(0, try Protocol.index(p))
                    i += 1
                } else {
                    while i < n, let d = digit(s[i]) {
                        spec.precision = spec.precision * 10 + d
                        i += 1
                    }
                }
            }
            while i < n && (s[i] == UInt8(ascii: "h") || s[i] == UInt8(ascii: "l") || s[i] == UInt8(ascii: "L")) {
                i += 1
            }
            if i >= n { throw .valueError("incomplete format") }
            let conversionAt = i
            // The conversion character, which may be any code point in an error.
            var end = i + 1
            while end < n && s[end] & 0xC0 == 0x80 { end += 1 }
            let conversion: Unicode.Scalar = s[i] < 0x80 ? Unicode.Scalar(s[i])
                : String(decoding: s[i..<end], as: UTF8.self).unicodeScalars.first!
            i = end
            let v: PyValue
            if let value { v = value } else { v = try nextArg() }
            try convert(v, conversion, spec, into: &out) {
                s[..<conversionAt].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            }
        }
        if argIndex < list.count && !usedMapping && !(isMapping && !tupleArgs) {
            throw .typeError("not all arguments converted during string formatting")
        }
    }

    private struct Spec {
        var left = false, plus = false, blank = false, alternate = false, zero = false
        var width = 0
        var precision = -1
    }

    /// Appends one converted value; `index` gives the directive's position for the error.
    private static func convert(_ v: PyValue, _ c: Unicode.Scalar, _ spec: Spec, into out: inout [UInt8],
                                index: () -> Int) throws(PyException) {
        switch c {
        case "s", "r", "a":
            var text: String
            switch c {
            case "s": text = try Protocol.str(v)
            case "r": text = try Protocol.repr(v)
            default: text = StrOps.asciiEscaped(try Protocol.repr(v))
            }
            if spec.precision >= 0 {
                text = StrOps.string(text.unicodeScalars.prefix(spec.precision))
            }
            pad(text, spec, numeric: false, prefixLength: 0, into: &out)
        case "c":
            var ch: String
            if case .object(let s as PyStr) = v {
                guard s.count == 1 else { throw .typeError("%c requires int or char") }
                ch = s.value
            } else if IntMath.isInt(v) {
                guard let n = IntMath.small(v), n >= 0, n < 0x110000, let u = Unicode.Scalar(UInt32(n)) else {
                    throw .overflowError("%c arg not in range(0x110000)")
                }
                ch = String(u)
            } else {
                throw .typeError("%c requires int or char")
            }
            pad(ch, spec, numeric: false, prefixLength: 0, into: &out)
        case "d", "i", "u", "o", "x", "X":
            var n: PyValue
            if IntMath.isInt(v) {
                n = IntMath.exact(v)
            } else if c == "o" || c == "x" || c == "X" {
                guard v.type.lookup(Names.__index__) != nil, !(v.type === Types.float) else {
                    throw .typeError("%\(c) format: an integer is required, not \(v.type.name)")
                }
                n = try Protocol.indexValue(v)
            } else {
                guard case .float(let d) = v else {
                    if v.type.lookup(Names.__int__) != nil || v.type.lookup(Names.__index__) != nil {
                        n = try IntMath.construct(v, base: nil)
                        return try integer(n, c, spec, into: &out)
                    }
                    throw .typeError("%\(c) format: a real number is required, not \(v.type.name)")
                }
                n = try FloatMath.toInt(d)
            }
            try integer(n, c, spec, into: &out)
        case "e", "E", "f", "F", "g", "G":
            let d: Double
            switch v {
            case .float(let x): d = x
            default:
                if IntMath.isInt(v) {
                    d = try IntMath.toDouble(v)
                } else if v.type.lookup(Names.__float__) != nil || v.type.lookup(Names.__index__) != nil {
                    d = try FloatMath.construct(v)
                } else {
                    throw .typeError("must be real number, not \(v.type.name)")
                }
            }
            let text = FloatDigits.format(d, code: UInt8(c.value), precision: spec.precision < 0 ? 6 : spec.precision,
                                          alternate: spec.alternate)
            pad(text, spec, numeric: true, prefixLength: 0, into: &out)
        default:
            let shown = c.value < 128 && c.value >= 32 ? String(c) : "?"
            throw .valueError("unsupported format character '\(shown)' (0x\(String(c.value, radix: 16))) at index \(index())")
        }
    }

    /// `_PyUnicode_FormatLong` then the padding: `-0x00ff`.
    private static func integer(_ n: PyValue, _ c: Unicode.Scalar, _ spec: Spec,
                                into out: inout [UInt8]) throws(PyException) {
        let radix = c == "o" ? 8 : (c == "x" || c == "X") ? 16 : 10
        let upper = c == "X"
        var prefix: (UInt8, UInt8) = (0, 0)
        let prefixLength = spec.alternate && radix != 10 ? 2 : 0
        if prefixLength > 0 { prefix = (UInt8(ascii: "0"), UInt8(c.value)) }
        if let i = IntMath.small(n) {
            // A word: sign, prefix and digits laid out in a stack buffer.
            let zeros = Swift.max(0, spec.precision)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: zeros + 72) { (buffer) in
                var k = Formatting.writeDigits(i.magnitude, radix: radix, upper: upper, endingAt: buffer.count,
                                               in: buffer)
                var count = buffer.count - k
                while count < spec.precision {
                    k -= 1
                    buffer[k] = UInt8(ascii: "0")
                    count += 1
                }
                if prefixLength > 0 {
                    k -= 2
                    buffer[k] = prefix.0
                    buffer[k + 1] = prefix.1
                }
                if i < 0 {
                    k -= 1
                    buffer[k] = UInt8(ascii: "-")
                }
                pad(UnsafeBufferPointer(rebasing: buffer[k...]), spec, numeric: true, prefixLength: prefixLength,
                    into: &out)
            }
            return
        }
        let negative = IntMath.compare(n, .int(0)) < 0
        let m = BigInt(IntMath.big(n)!.magnitude)
        var digits = radix == 10 ? try IntMath.decimalString(m) : String(m, radix: radix)
        if upper { digits = digits.uppercased() }
        if spec.precision > digits.count {
            digits = String(repeating: "0", count: spec.precision - digits.count) + digits
        }
        var text = negative ? "-" : ""
        if prefixLength > 0 { text += "0" + String(c) }
        pad(text + digits, spec, numeric: true, prefixLength: prefixLength, into: &out)
    }

    private static func pad(_ text: String, _ spec: Spec, numeric: Bool, prefixLength: Int,
                            into out: inout [UInt8]) {
        if spec.width == 0 && !(numeric && (spec.plus || spec.blank)) {
            out.append(contentsOf: text.utf8)
            return
        }
        try! StrOps.withUTF8(text) { (t) throws(PyException) in
            pad(t, spec, numeric: numeric, prefixLength: prefixLength, into: &out)
        }
    }

    /// `unicode_format_arg_output`: sign, then the `0x` prefix, with zero padding between them
    /// and the digits, or space padding outside.
    private static func pad(_ text: UnsafeBufferPointer<UInt8>, _ spec: Spec, numeric: Bool, prefixLength: Int,
                            into out: inout [UInt8]) {
        if spec.width == 0 && !(numeric && (spec.plus || spec.blank)) {
            out.append(contentsOf: text)
            return
        }
        var body = text[...]
        let fillZero = numeric && spec.zero && !spec.left
        var sign: UInt8 = 0
        if numeric {
            if let f = body.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") || f == UInt8(ascii: " ") {
                sign = f
                body = body.dropFirst()
            } else if spec.plus {
                sign = UInt8(ascii: "+")
            } else if spec.blank {
                sign = UInt8(ascii: " ")
            }
        }
        let prefix = body.prefix(prefixLength)
        body = body.dropFirst(prefixLength)
        var scalars = 0
        for b in body where b & 0xC0 != 0x80 { scalars += 1 }
        let length = (sign != 0 ? 1 : 0) + prefix.count + scalars
        let padding = Swift.max(0, spec.width - length)
        if !spec.left && !fillZero { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding)) }
        if sign != 0 { out.append(sign) }
        out.append(contentsOf: prefix)
        if fillZero { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: padding)) }
        out.append(contentsOf: body)
        if spec.left { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding)) }
    }
}
