#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The bytes the tokenizer and the parser read. CPython's string tokenizer first runs
// `translate_newlines` (Parser/tokenizer.c): CRLF and lone CR become LF, and `exec` input gets a
// final LF. All positions (token columns, AST columns, SyntaxError text) refer to this copy.

/// An immutable, NUL-free UTF-8 copy of the source with normalised newlines.
final class SourceBuffer {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    var count: Int { bytes.count }
    /// Set when the original text held a NUL byte, which CPython refuses before tokenizing.
    let hasNul: Bool

    /// - Complexity: O(n) in the length of `source`.
    init(_ source: String, appendNewline: Bool) {
        var text = source
        let (buffer, sawNul) = text.withUTF8 { utf8 -> (UnsafeMutableBufferPointer<UInt8>, Bool) in
            var src = UnsafeBufferPointer(rebasing: utf8[...])
            // A leading U+FEFF is the file's byte-order mark: CPython strips it when decoding.
            if src.count >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
                src = UnsafeBufferPointer(rebasing: src[3...])
            }
            let n = src.count
            let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: n + 1)
            var sawNul = false
            var o = 0
            if let base = src.baseAddress, n > 0 {
                // Most sources have no CR: copy them whole and only scan for NUL.
                if memchr(base, 13, n) == nil {
                    memcpy(out.baseAddress!, base, n)
                    o = n
                    sawNul = memchr(base, 0, n) != nil
                } else {
                    var i = 0
                    while i < n {
                        let c = src[i]
                        if c == 13 {
                            out[o] = 10
                            if i + 1 < n && src[i + 1] == 10 { i += 1 }
                        } else {
                            if c == 0 { sawNul = true }
                            out[o] = c
                        }
                        o += 1
                        i += 1
                    }
                }
            }
            if appendNewline && (o == 0 || out[o - 1] != 10) {
                out[o] = 10
                o += 1
            }
            return (UnsafeMutableBufferPointer(rebasing: out[0..<o]), sawNul)
        }
        hasNul = sawNul
        bytes = buffer
    }

    deinit { bytes.deallocate() }

    /// Decodes a byte range as text (invalid sequences become U+FFFD, like CPython's "replace").
    func text(_ from: Int, _ to: Int) -> String {
        let lo = max(0, min(from, count)), hi = max(lo, min(to, count))
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }

    /// The byte offset one past the end of the line starting at `lineStart` (before its LF).
    func lineEnd(from lineStart: Int) -> Int {
        var i = lineStart
        while i < count && bytes[i] != 10 { i += 1 }
        return i
    }

    /// The start offset of 1-based line `lineno` (or `count` past the last line).
    func lineStartOffset(_ lineno: Int) -> Int {
        var line = 1, i = 0
        while line < lineno && i < count {
            if bytes[i] == 10 { line += 1 }
            i += 1
        }
        return i
    }

    /// SyntaxError offsets are in characters but all positions are kept in bytes: this does
    /// the conversion.
    ///
    /// How many code points the first `n` bytes from `from` hold; a cut sequence counts as one,
    /// as CPython's decoding with "replace" does in `_PyPegen_byte_offset_to_character_offset`.
    func characterCount(from: Int, bytes n: Int) -> Int {
        var chars = 0
        var i = from
        let end = min(from + n, count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { chars += 1 }
            i += 1
        }
        return chars
    }
}
