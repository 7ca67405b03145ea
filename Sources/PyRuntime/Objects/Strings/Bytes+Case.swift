/// The bytes case methods and predicates (Objects/bytes_methods.c): ASCII only, so octets
/// 0x80...0xFF are neither letters, digits nor spaces, unlike the same code points in a str.
enum BytesCase {
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    /// `Py_ISSPACE`: space, \t, \n, \v, \f, \r.
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    @inline(__always) static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }

    static func swapcase(_ b: [UInt8]) -> [UInt8] {
        b.map { isUpper($0) ? $0 + 32 : isLower($0) ? $0 - 32 : $0 }
    }

    /// First octet upper-cased, the rest lower-cased.
    static func capitalize(_ b: [UInt8]) -> [UInt8] {
        var out = b.map(lower)
        if !out.isEmpty { out[0] = upper(out[0]) }
        return out
    }

    /// Each run of letters starts upper-case and goes on lower-case.
    static func title(_ b: [UInt8]) -> [UInt8] {
        var previousIsCased = false
        return b.map { c in
            if isUpper(c) {
                defer { previousIsCased = true }
                return previousIsCased ? c + 32 : c
            }
            if isLower(c) {
                defer { previousIsCased = true }
                return previousIsCased ? c : c - 32
            }
            previousIsCased = false
            return c
        }
    }

    /// `islower`: some lower-case letter and no upper-case one (`isupper` mirrors it).
    static func isCasedOnly(_ b: [UInt8], upper: Bool) -> Bool {
        var cased = false
        for c in b {
            if upper ? isLower(c) : isUpper(c) { return false }
            if upper ? isUpper(c) : isLower(c) { cased = true }
        }
        return cased
    }

    /// `istitle`: upper-case letters only start runs of letters, lower-case ones only continue
    /// them, and there is at least one cased letter.
    static func isTitle(_ b: [UInt8]) -> Bool {
        var cased = false, previousIsCased = false
        for c in b {
            if isUpper(c) {
                if previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else if isLower(c) {
                if !previousIsCased { return false }
                previousIsCased = true
                cased = true
            } else {
                previousIsCased = false
            }
        }
        return cased
    }
}

extension Runtime {
    /// `bytes.upper`, `lower`, `swapcase`, `capitalize`, `title` and the `is...` predicates.
    static func installBytesCase(_ t: NativeInstaller) {
        func me(_ v: PyValue) -> [UInt8] { (v.object as! PyBytes).value }
        let transforms: [(String, ([UInt8]) -> [UInt8])] = [
            ("upper", { $0.map(BytesCase.upper) }),
            ("lower", { $0.map(BytesCase.lower) }),
            ("swapcase", BytesCase.swapcase),
            ("capitalize", BytesCase.capitalize),
            ("title", BytesCase.title),
        ]
        for (name, f) in transforms {
            t.noArgs(name) { (v) throws(PyException) -> PyValue in .object(PyBytes(f(me(v)))) }
        }
        // All of these are False for b'' except isascii.
        let predicates: [(String, ([UInt8]) -> Bool)] = [
            ("isdigit", { !$0.isEmpty && $0.allSatisfy(BytesCase.isDigit) }),
            ("isalpha", { !$0.isEmpty && $0.allSatisfy(BytesCase.isAlpha) }),
            ("isalnum", { !$0.isEmpty && $0.allSatisfy { BytesCase.isAlpha($0) || BytesCase.isDigit($0) } }),
            ("isspace", { !$0.isEmpty && $0.allSatisfy(BytesCase.isSpace) }),
            ("isascii", { $0.allSatisfy { $0 < 0x80 } }),
            ("islower", { BytesCase.isCasedOnly($0, upper: false) }),
            ("isupper", { BytesCase.isCasedOnly($0, upper: true) }),
            ("istitle", BytesCase.isTitle),
        ]
        for (name, p) in predicates {
            t.noArgs(name) { (v) throws(PyException) -> PyValue in .bool(p(me(v))) }
        }
    }
}
