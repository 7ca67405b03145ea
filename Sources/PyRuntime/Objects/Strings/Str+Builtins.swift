/// The str builtins (Python/bltinmodule.c): `chr`, `ord`, `ascii`, `format`, and `str` and
/// `bytes` as constructors.
extension Runtime {
    static func installStringBuiltins() {
        registerBuiltin("str", value: .object(Types.str))
        registerBuiltin("bytes", value: .object(Types.bytes))
        registerBuiltin("chr", doc: "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.") {
            (a) throws(PyException) -> PyValue in
            let v = try a.single("chr")
            let n: Int
            if let i = IntMath.small(v) {
                n = i
            } else if IntMath.isInt(v) {
                throw .overflowError("Python int too large to convert to C int")
            } else {
                n = try Protocol.index(v)
            }
            guard n >= 0 && n < 0x110000 else { throw .valueError("chr() arg not in range(0x110000)") }
            guard let c = Unicode.Scalar(UInt32(n)) else {
                // Lone surrogates cannot live in a Swift string.
                throw .valueError("chr() arg is a surrogate code point, which this interpreter cannot represent")
            }
            return .object(StrOps.character(c))
        }
        registerBuiltin("ord", doc: "Return the Unicode code point for a one-character string.") {
            (a) throws(PyException) -> PyValue in
            let v = try a.single("ord")
            switch v {
            case .object(let s as PyStr):
                guard s.count == 1 else {
                    throw .typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(s.scalar(at: 0).value))
            case .object(let b as PyBytes):
                guard b.value.count == 1 else {
                    throw .typeError("ord() expected a character, but string of length \(b.value.count) found")
                }
                return .int(Int(b.value[0]))
            default:
                throw .typeError("ord() expected string of length 1, but \(v.type.name) found")
            }
        }
        registerBuiltin("ascii", doc: "Return an ASCII-only representation of an object.") {
            (a) throws(PyException) -> PyValue in
            .str(StrOps.asciiEscaped(try Protocol.repr(a.single("ascii"))))
        }
        registerBuiltin("format", doc: "Return type(value).__format__(value, format_spec)") {
            (a) throws(PyException) -> PyValue in
            let b = try a.bind("format", ["value", "format_spec"], required: 1, positionalOnly: 2)
            var spec = ""
            if let s = b[1] {
                guard case .object(let p as PyStr) = s else {
                    throw .typeError("format() argument 2 must be str, not \(s.type.name)")
                }
                spec = p.value
            }
            return .str(try Formatting.format(b[0]!, spec: spec))
        }
    }
}
