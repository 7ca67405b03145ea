/// Python's `bytes`: an immutable sequence of octets.
public final class PyBytes: PyObject {
    public let value: [UInt8]
    public init(_ value: [UInt8]) {
        self.value = value
        super.init(type: Types.bytes)
    }
}

/// Helpers shared by the bytes methods and by the number constructors.
enum BytesOps {
    /// The text of a str (digits and spaces mapped to ASCII) or the octets of a bytes object,
    /// for `int()`/`float()` parsing; nil for any other type. A str with characters that can
    /// never parse gives a text that fails to parse.
    static func text(_ v: PyValue) throws(PyException) -> [UInt8]? {
        guard case .object(let o) = v else { return nil }
        if let s = o as? PyStr { return NumberParsing.asciiDigits(s) ?? [0xFF] }
        if let b = o as? PyBytes { return b.value }
        return nil
    }

    /// The octets of a bytes-like argument or of an iterable of ints (`bytes(x)`'s rules).
    static func bytesFromObject(_ v: PyValue) throws(PyException) -> [UInt8] {
        if case .object(let b as PyBytes) = v { return b.value }
        if case .object(let o) = v, o is PyStr {
            throw .typeError("cannot convert 'str' object to bytes")
        }
        var out: [UInt8] = []
        for x in try Protocol.toArray(v) {
            let n = try Protocol.index(x)
            guard n >= 0 && n < 256 else { throw .valueError("bytes must be in range(0, 256)") }
            out.append(UInt8(n))
        }
        return out
    }
}
