/// NumPy 2.4's `repr` and `str` of arrays with its default print options (`array2string`):
/// one element formatter chosen from the values shown, rows wrapped at 75 columns, nested
/// dimensions separated by blank lines, `...` summaries above 1000 elements.
public enum ArrayPrinter {
    /// `np.set_printoptions`: the options Jitbook supports.
    public struct Options {
        public var precision = 8
        public var suppress = false
        public var threshold = 1000
        public var edgeItems = 3
        public var lineWidth = 75
    }

    nonisolated(unsafe) public static var options = Options()

    public static func repr(_ a: PyNDArray) -> String {
        let prefix = "array("
        let list = array2string(a, separator: ", ", prefix: prefix, lineWidth: options.lineWidth - 1)
        // What the text cannot show: the shape of an empty or summarised array, a non-default
        // dtype (NumPy 2.2+ rules).
        var extras: [String] = []
        if (a.size == 0 && a.shape != [0]) || a.size > options.threshold { extras.append("shape=" + shapeRepr(a.shape)) }
        if !a.dtype.isDefault || a.size == 0 { extras.append("dtype=\(a.dtype.name)") }
        if extras.isEmpty { return prefix + list + ")" }
        let text = prefix + list + ","
        let extra = extras.joined(separator: ", ") + ")"
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last!.count
        let spacer = lastLine + extra.count + 1 > options.lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return text + spacer + extra
    }

    public static func str(_ a: PyNDArray) -> String {
        if a.ndim == 0 { return ScalarFormat.str(a, at: a.data) }
        return array2string(a, separator: " ", prefix: "", lineWidth: options.lineWidth)
    }

    static func shapeRepr(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    // MARK: array2string

    static func array2string(_ a: PyNDArray, separator: String, prefix: String, lineWidth: Int) -> String {
        if a.size == 0 { return "[]" }
        let summarise = a.size > options.threshold
        let format = elementFormatter(a, shown: shownAddresses(a, summarise: summarise))
        if a.ndim == 0 { return format(a.data) }
        let nextLinePrefix = " " + String(repeating: " ", count: prefix.count)

        func recurse(_ index: [Int], _ hangingIndent: String, _ width: Int) -> String {
            let axis = index.count
            let axesLeft = a.ndim - axis
            if axesLeft == 0 { return format(a.address(index)) }
            let nextIndent = hangingIndent + " "
            let nextWidth = width - 1
            let length = a.shape[axis]
            let showSummary = summarise && 2 * options.edgeItems < length
            let leading = showSummary ? options.edgeItems : 0
            let trailing = showSummary ? options.edgeItems : length
            var s = ""
            if axesLeft == 1 {
                let elementWidth = width - max(separator.trimmingTrailingSpaces.count, 1)
                var line = hangingIndent
                func extend(_ word: String, _ limit: Int) {
                    var wrap = line.count + word.count > limit
                    if line.count <= hangingIndent.count { wrap = false }
                    if wrap {
                        s += line.trimmingTrailingSpaces + "\n"
                        line = hangingIndent
                    }
                    line += word
                }
                for i in 0..<leading {
                    extend(recurse(index + [i], nextIndent, nextWidth), elementWidth)
                    line += separator
                }
                if showSummary {
                    extend("...", elementWidth)
                    line += separator
                }
                var i = trailing
                while i > 1 {
                    extend(recurse(index + [length - i], nextIndent, nextWidth), elementWidth)
                    line += separator
                    i -= 1
                }
                extend(recurse(index + [length - 1], nextIndent, nextWidth), elementWidth)
                s += line
            } else {
                let lineSeparator = separator.trimmingTrailingSpaces + String(repeating: "\n", count: axesLeft - 1)
                for i in 0..<leading {
                    s += hangingIndent + recurse(index + [i], nextIndent, nextWidth) + lineSeparator
                }
                if showSummary { s += hangingIndent + "..." + lineSeparator }
                var i = trailing
                while i > 1 {
                    s += hangingIndent + recurse(index + [length - i], nextIndent, nextWidth) + lineSeparator
                    i -= 1
                }
                s += hangingIndent + recurse(index + [length - 1], nextIndent, nextWidth)
            }
            return "[" + s.dropFirst(hangingIndent.count) + "]"
        }
        return recurse([], nextLinePrefix, lineWidth)
    }

    /// The elements that will be printed (all, or the edges of each axis when summarised):
    /// the formatter is chosen from these only, as NumPy's `_leading_trailing` does.
    static func shownAddresses(_ a: PyNDArray, summarise: Bool) -> [UnsafeMutableRawPointer] {
        var out: [UnsafeMutableRawPointer] = []
        if a.ndim == 0 { return [a.data] }
        func walk(_ axis: Int, _ base: UnsafeMutableRawPointer) {
            let n = a.shape[axis]
            let edge = options.edgeItems
            let indices = summarise && n > 2 * edge ? Array(0..<edge) + Array((n - edge)..<n) : Array(0..<n)
            for i in indices {
                let p = base + i * a.strides[axis]
                if axis == a.ndim - 1 { out.append(p) } else { walk(axis + 1, p) }
            }
        }
        walk(0, a.data)
        return out
    }

    static func elementFormatter(_ a: PyNDArray, shown: [UnsafeMutableRawPointer]) -> (UnsafeRawPointer) -> String {
        switch a.dtype {
        case .bool:
            let pad = a.ndim > 0
            return { p in p.load(as: UInt8.self) != 0 ? (pad ? " True" : "True") : "False" }
        case .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64:
            let width = shown.map { a.dtype.text(ofInteger: a.integer(at: $0)).count }.max() ?? 0
            return { p in
                let s = a.dtype.text(ofInteger: a.integer(at: p))
                return String(repeating: " ", count: max(0, width - s.count)) + s
            }
        case .float64, .float32:
            let format = FloatFormat(shown.map { a.double(at: $0) }, suppress: options.suppress,
                                     precision: options.precision, single: a.dtype == .float32)
            return { p in format.format(a.double(at: p)) }
        case .complex128:
            // NumPy's ComplexFloatingFormat: the real parts and the imaginary parts (always
            // signed) formatted apart, `j` before the imaginary part's padding.
            let values = shown.map { a.complex(at: $0) }
            let real = FloatFormat(values.map(\.real), suppress: options.suppress, precision: options.precision)
            let imag = FloatFormat(values.map(\.imag), suppress: options.suppress, precision: options.precision, plus: true)
            return { p in
                let c = a.complex(at: p)
                let i = imag.format(c.imag)
                let text = i.trimmingTrailingSpaces
                return real.format(c.real) + text + "j" + String(repeating: " ", count: i.count - text.count)
            }
        }
    }
}

/// NumPy's `FloatingFormat` in its default `maxprec` mode.
struct FloatFormat {
    var exponential = false
    var padLeft = 0
    var padRight = 0
    var precision: Int
    var minDigits = 0
    var expSize = -1
    /// Sign mode '+': non-negative values get a `+` (the imaginary parts of complex numbers).
    var plus = false
    /// float32 data: digits from float32's shortest representation.
    var single = false

    init(_ values: [Double], suppress: Bool, precision: Int, plus: Bool = false, single: Bool = false) {
        self.precision = precision
        self.plus = plus
        self.single = single
        let finite = values.filter(\.isFinite)
        let nonZero = finite.filter { $0 != 0 }.map(abs)
        if let maxValue = nonZero.max(), let minValue = nonZero.min() {
            // The cutoff is 10**min(8, the dtype's decimal precision): 1e6 for float32.
            if maxValue >= (single ? 1e6 : 1e8) || (!suppress && (minValue < 0.0001 || maxValue / minValue > 1000)) {
                exponential = true
            }
        }
        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if exponential {
            let strs = finite.map { FloatDigits.scientific($0, precision: precision, plus: plus, single: single) }
            var intWidth = 0, fracWidth = 0, expWidth = 0
            for s in strs {
                let parts = s.split(separator: "e")
                let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
                intWidth = max(intWidth, mantissa[0].count)
                fracWidth = max(fracWidth, mantissa.count > 1 ? mantissa[1].count : 0)
                expWidth = max(expWidth, parts[1].count)
            }
            expSize = expWidth - 1
            self.precision = fracWidth
            minDigits = fracWidth
            padLeft = intWidth
            padRight = expSize + 2 + fracWidth
        } else {
            let strs = finite.map { FloatDigits.positional($0, precision: precision, plus: plus, single: single) }
            for s in strs {
                let parts = s.split(separator: ".", omittingEmptySubsequences: false)
                padLeft = max(padLeft, parts[0].count)
                padRight = max(padRight, parts.count > 1 ? parts[1].count : 0)
            }
        }
        if finite.count != values.count {
            let negativeInfinity = plus || values.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
        }
    }

    func format(_ x: Double) -> String {
        if !x.isFinite {
            let text = x.isNaN ? (plus ? "+nan" : "nan") : (x < 0 ? "-inf" : (plus ? "+inf" : "inf"))
            return String(repeating: " ", count: max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if exponential {
            return FloatDigits.scientific(x, precision: precision, minDigits: minDigits, padLeft: padLeft,
                                          expDigits: expSize, plus: plus, single: single)
        }
        return FloatDigits.positional(x, precision: precision, minDigits: minDigits, padLeft: padLeft,
                                      padRight: padRight, plus: plus, single: single)
    }
}

/// The `str` of one element (a 0-d array, a NumPy scalar): the shortest round-trip digits for
/// floats, as Python's `repr` of a float writes them.
enum ScalarFormat {
    static func str(_ a: PyNDArray, at p: UnsafeRawPointer) -> String {
        switch a.dtype {
        case .bool: return p.load(as: UInt8.self) != 0 ? "True" : "False"
        case .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64: return a.dtype.text(ofInteger: a.integer(at: p))
        default: return pythonFloatRepr(a.double(at: p))
        }
    }

    /// CPython's `repr(float)`: `1e+16`, `1e-07`, `0.1`, `inf`, `nan`.
    static func pythonFloatRepr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let (digits, exponent) = FloatDigits.shortest(x)
        let sign = x.sign == .minus ? "-" : ""
        let d = digits.map { String($0) }.joined()
        if exponent < -4 || exponent >= 16 {
            let mantissa = d.count == 1 ? d : String(d.first!) + "." + d.dropFirst()
            let e = String(abs(exponent))
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e.count < 2 ? "0" + e : e)
        }
        if exponent < 0 { return sign + "0." + String(repeating: "0", count: -exponent - 1) + d }
        if d.count <= exponent + 1 { return sign + d + String(repeating: "0", count: exponent + 1 - d.count) + ".0" }
        return sign + d.prefix(exponent + 1) + "." + d.dropFirst(exponent + 1)
    }
}

extension StringProtocol {
    var trimmingTrailingSpaces: String {
        var s = String(self)
        while s.last == " " { s.removeLast() }
        return s
    }
}
