/// CPython's string and bytes hash (Python/pyhash.c): SipHash-1-3 over the object's storage
/// bytes, with the all-zero key that `PYTHONHASHSEED=0` selects. Our hashes, and so our set and
/// dict-probe orders, are those of `PYTHONHASHSEED=0 python3`, which is how the differential
/// tests run CPython.
enum SipHash {
    /// `_Py_HashBytes`: 0 for empty input, never -1.
    static func hash(bytes: UnsafeRawBufferPointer) -> Int {
        if bytes.isEmpty { return 0 }
        let r = Int(bitPattern: UInt(siphash13(bytes)))
        return r == -1 ? -2 : r
    }

    /// The hash of text as CPython stores it (PEP 393): one byte per code point when all are
    /// below 256, two (UTF-16 units, little-endian) below 65536, four otherwise.
    static func hash(text s: String) -> Int {
        var widest: UInt32 = 0
        for u in s.unicodeScalars where u.value > widest { widest = u.value }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(s.utf8.count * (widest < 256 ? 1 : widest < 65536 ? 2 : 4))
        for u in s.unicodeScalars {
            let v = u.value
            buffer.append(UInt8(truncatingIfNeeded: v))
            if widest >= 256 { buffer.append(UInt8(truncatingIfNeeded: v >> 8)) }
            if widest >= 65536 {
                buffer.append(UInt8(truncatingIfNeeded: v >> 16))
                buffer.append(UInt8(truncatingIfNeeded: v >> 24))
            }
        }
        return buffer.withUnsafeBytes { hash(bytes: $0) }
    }

    /// The hash of ASCII text: its UTF-8 bytes are its latin-1 storage.
    static func hash(ascii s: String) -> Int {
        var s = s
        return s.withUTF8 { hash(bytes: UnsafeRawBufferPointer($0)) }
    }

    @inline(__always)
    private static func round(_ v0: inout UInt64, _ v1: inout UInt64, _ v2: inout UInt64,
                              _ v3: inout UInt64) {
        v0 &+= v1; v2 &+= v3
        v1 = v1.rotated(13) ^ v0; v3 = v3.rotated(16) ^ v2
        v0 = v0.rotated(32)
        v2 &+= v1; v0 &+= v3
        v1 = v1.rotated(17) ^ v2; v3 = v3.rotated(21) ^ v0
        v2 = v2.rotated(32)
    }

    private static func siphash13(_ input: UnsafeRawBufferPointer) -> UInt64 {
        // Key (0, 0): the constants alone.
        var v0: UInt64 = 0x736f6d6570736575
        var v1: UInt64 = 0x646f72616e646f6d
        var v2: UInt64 = 0x6c7967656e657261
        var v3: UInt64 = 0x7465646279746573
        let n = input.count
        var i = 0
        while n - i >= 8 {
            let m = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            v3 ^= m
            round(&v0, &v1, &v2, &v3)
            v0 ^= m
            i += 8
        }
        var b = UInt64(truncatingIfNeeded: n) << 56
        var shift: UInt64 = 0
        while i < n {
            b |= UInt64(input[i]) << shift
            shift += 8
            i += 1
        }
        v3 ^= b
        round(&v0, &v1, &v2, &v3)
        v0 ^= b
        v2 ^= 0xff
        round(&v0, &v1, &v2, &v3)
        round(&v0, &v1, &v2, &v3)
        round(&v0, &v1, &v2, &v3)
        return (v0 ^ v1) ^ (v2 ^ v3)
    }
}

private extension UInt64 {
    @inline(__always) func rotated(_ k: UInt64) -> UInt64 { (self << k) | (self >> (64 - k)) }
}
