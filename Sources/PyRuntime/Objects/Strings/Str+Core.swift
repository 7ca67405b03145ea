/// The building blocks of the str methods: code-point equality and order, index conversion,
/// substring search and construction.
///
/// Python strings are sequences of code points. Swift's `String ==` and `<` compare by
/// canonical equivalence, so `"e\u{301}" == "é"` in Swift but not in Python: everything here
/// works on UTF-8 bytes (whose order is code-point order) or on scalars, never on Characters.
/// Searches run on UTF-8 bytes even for non-ASCII text (UTF-8 is self-synchronising, so a byte
/// match is a code-point match); only positions need converting.
extension StrOps {

    /// Code-point equality of two strs.
    @inline(__always) public static func equal(_ a: PyStr, _ b: PyStr) -> Bool {
        if a === b { return true }
        // Lengths (O(1) for native strings) and known hashes rule most pairs out without a memcmp.
        if a.value.utf8.count != b.value.utf8.count { return false }
        if a.cachedHash != 0 && b.cachedHash != 0 && a.cachedHash != b.cachedHash { return false }
        // ASCII text is its own normal form, so Swift's `==` (canonical equivalence) is byte
        // equality there, and it compares in place, without copying the strings.
        if a.isASCII && b.isASCII { return a.value == b.value }
        return equal(a.value, b.value)
    }

    /// Code-point equality of two Swift strings (not Swift's canonical equivalence).
    public static func equal(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        return x.withUTF8 { (p) -> Bool in
            y.withUTF8 { (q) -> Bool in
                p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
            }
        }
    }

    /// Code-point order: -1, 0 or 1.
    public static func compare(_ a: PyStr, _ b: PyStr) -> Int {
        var x = a.value, y = b.value
        return x.withUTF8 { (p) -> Int in
            y.withUTF8 { (q) -> Int in
                let n = Swift.min(p.count, q.count)
                let c = n == 0 ? 0 : memcmp(p.baseAddress!, q.baseAddress!, n)
                if c != 0 { return c < 0 ? -1 : 1 }
                return p.count < q.count ? -1 : (p.count > q.count ? 1 : 0)
            }
        }
    }

    /// Runs `body` over the UTF-8 bytes of `s` without copying.
    @inline(__always)
    static func withBytes<R>(_ s: PyStr, _ body: (UnsafeBufferPointer<UInt8>) throws(PyException) -> R) throws(PyException) -> R {
        var v = s.value
        // `withUTF8` rethrows untyped errors; carry the typed one out by hand.
        var failure: PyException?
        let r: R? = v.withUTF8 { (p) -> R? in
            do throws(PyException) {
                return try body(p)
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return r!
    }

    /// Runs `body` over the UTF-8 bytes of a Swift string without copying (native strings).
    @inline(__always)
    static func withUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) throws(PyException) -> R) throws(PyException) -> R {
        var v = s
        var failure: PyException?
        let r: R? = v.withUTF8 { (p) -> R? in
            do throws(PyException) {
                return try body(p)
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return r!
    }

    // MARK: Positions

    /// The byte offset of code point `i` (0...count).
    static func byteOffset(_ s: PyStr, codePoint i: Int) -> Int {
        if s.isASCII { return i }
        var seen = 0, offset = 0
        for b in s.value.utf8 {
            if b & 0xC0 != 0x80 {
                if seen == i { return offset }
                seen += 1
            }
            offset += 1
        }
        return offset
    }

    /// The code-point index of a byte offset on a character boundary.
    static func codePointIndex(_ s: PyStr, byteOffset: Int) -> Int {
        if s.isASCII { return byteOffset }
        var n = 0
        var i = 0
        for b in s.value.utf8 {
            if i == byteOffset { break }
            if b & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// Clamps `start`/`end` arguments as slice bounds (`ADJUST_INDICES`).
    static func adjust(_ start: Int, _ end: Int, _ length: Int) -> (Int, Int) {
        var s = start, e = end
        if e > length { e = length } else if e < 0 {
            e += length
            if e < 0 { e = 0 }
        }
        if s < 0 {
            s += length
            if s < 0 { s = 0 }
        }
        return (s, e)
    }

    // MARK: Search on bytes

    /// The first byte offset of `needle` in `hay[from..<to]`, or nil.
    static func find(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                     from: Int = 0, to: Int? = nil) -> Int? {
        let end = to ?? hay.count
        let n = needle.count
        if n == 0 { return from <= end ? from : nil }
        if end - from < n { return nil }
        let first = needle[0]
        var i = from
        let last = end - n
        while i <= last {
            guard let p = memchr(hay.baseAddress! + i, Int32(first), last - i + 1) else { return nil }
            i = hay.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if n == 1 || memcmp(hay.baseAddress! + i + 1, needle.baseAddress! + 1, n - 1) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// The last byte offset of `needle` in `hay[from..<to]`, or nil.
    static func rfind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                      from: Int = 0, to: Int? = nil) -> Int? {
        let end = to ?? hay.count
        let n = needle.count
        if end - from < n { return nil }
        if n == 0 { return end }
        var i = end - n
        while i >= from {
            if hay[i] == needle[0] && memcmp(hay.baseAddress! + i, needle.baseAddress!, n) == 0 { return i }
            i -= 1
        }
        return nil
    }

    /// Non-overlapping occurrences of `needle` in `hay[from..<to]`, at most `limit`.
    static func count(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                      from: Int = 0, to: Int? = nil, limit: Int = .max) -> Int {
        let end = to ?? hay.count
        var n = 0
        var i = from
        while n < limit, let at = find(hay, needle, from: i, to: end) {
            n += 1
            i = at + Swift.max(needle.count, 1)
            if needle.count == 0 && at >= end { break }
        }
        return n
    }

    // MARK: Construction

    /// A str from UTF-8 bytes known to be valid; `ascii` when the caller knows they are all
    /// ASCII (a piece of an ASCII str), which saves a scan. Empty and one-character ASCII
    /// results are the shared singletons, as in CPython.
    @inline(__always) static func make(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool = false) -> PyStr {
        if ascii {
            if bytes.count <= 1 { return bytes.isEmpty ? empty : asciiCharacters[Int(bytes[0])] }
            return PyStr(String(decoding: bytes, as: UTF8.self), isASCII: true)
        }
        return PyStr(String(decoding: bytes, as: UTF8.self))
    }

    @inline(__always) static func make(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, ascii: Bool = false) -> PyStr {
        make(UnsafeBufferPointer(rebasing: bytes), ascii: ascii)
    }

    /// A str of `count` ASCII bytes written by `body` straight into the new string's storage.
    @inline(__always)
    static func makeASCII(count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> PyStr {
        if count == 0 { return empty }
        let text = String(unsafeUninitializedCapacity: count) { (buffer) -> Int in
            body(buffer)
            return count
        }
        return PyStr(text, isASCII: true)
    }

    /// A str from code points.
    @inline(__always) static func make<C: Sequence>(scalars: C) -> PyStr where C.Element == Unicode.Scalar {
        PyStr(string(scalars))
    }

    /// A Swift string from code points, one `append` at a time (the stdlib's
    /// `append(contentsOf:)` on scalar views is not specialised and costs several times more).
    static func string<C: Sequence>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var v = ""
        v.reserveCapacity(scalars.underestimatedCount)
        for c in scalars { v.unicodeScalars.append(c) }
        return v
    }

    /// The one-character strs of ASCII, shared as CPython shares its latin-1 singletons.
    static let asciiCharacters: [PyStr] = (0..<128).map { PyStr(String(UnicodeScalar(UInt8($0)))) }

    /// The str of one code point.
    @inline(__always) static func character(_ c: Unicode.Scalar) -> PyStr {
        c.value < 128 ? asciiCharacters[Int(c.value)] : PyStr(String(c))
    }

    /// `s[start:stop:step]` on code points, bounds already resolved (`PySlice_AdjustIndices`).
    static func slice(_ s: PyStr, start: Int, stop: Int, step: Int, length: Int) -> PyStr {
        if length <= 0 { return StrOps.empty }
        if step == 1 {
            if start == 0 && length == s.count { return s }
            if s.isASCII {
                return try! withBytes(s) { (p) throws(PyException) -> PyStr in
                    make(p[start..<start + length], ascii: true)
                }
            }
            return make(scalars: s.scalars[start..<start + length])
        }
        if s.isASCII {
            return try! withBytes(s) { (p) throws(PyException) -> PyStr in
                makeASCII(count: length) { (out) in
                    var i = start
                    for k in 0..<length {
                        out[k] = p[i]
                        i += step
                    }
                }
            }
        }
        let sc = s.scalars
        var out = String.UnicodeScalarView()
        var i = start
        for _ in 0..<length {
            out.append(sc[i])
            i += step
        }
        return PyStr(String(out))
    }

    /// The shared empty str.
    static let empty = PyStr("")
}

import Foundation
