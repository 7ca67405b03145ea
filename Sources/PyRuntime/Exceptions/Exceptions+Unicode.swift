/// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError (Objects/exceptions.c):
/// the constructor's arguments become the `encoding`, `object`, `start`, `end` and `reason`
/// attributes, and `str()` names the failing character, byte or range from them.
enum UnicodeErrors {
    enum Kind { case encode, decode, translate }

    /// The attribute names in constructor order (UnicodeTranslateError has no encoding).
    static func fields(_ kind: Kind) -> [String] {
        kind == .translate ? ["object", "start", "end", "reason"]
            : ["encoding", "object", "start", "end", "reason"]
    }

    /// A UnicodeEncodeError for `object[start..<end]`, as a codec raises it.
    static func encodeError(_ encoding: String, _ object: PyStr, _ start: Int, _ end: Int,
                            _ reason: String) -> PyException {
        make(Types.unicodeEncodeError, [.str(encoding), .object(object), .int(start), .int(end), .str(reason)])
    }

    /// A UnicodeDecodeError for the octets `object[start..<end]`.
    static func decodeError(_ encoding: String, _ object: [UInt8], _ start: Int, _ end: Int,
                            _ reason: String) -> PyException {
        make(Types.unicodeDecodeError, [.str(encoding), .object(PyBytes(object)), .int(start), .int(end), .str(reason)])
    }

    private static func make(_ type: PyType, _ args: [PyValue]) -> PyException {
        let e = PyException(type, args: args)
        for (name, v) in zip(fields(type === Types.unicodeEncodeError ? .encode : .decode), args) {
            e.value.dict!.setItem(name, v)
        }
        return e
    }

    /// `UnicodeEncodeError_str` and its siblings: "" before `__init__` has run.
    static func str(_ e: PyBaseException, _ kind: Kind) throws(PyException) -> String {
        let d = e.dict!
        guard let object = d.lookup("object"), !object.isNone,
              let startValue = d.lookup("start"), let endValue = d.lookup("end") else { return "" }
        let reason = try Protocol.str(d.lookup("reason") ?? .none)
        let start = try Protocol.index(startValue), end = try Protocol.index(endValue)
        let codec = kind == .translate ? "" : "'\(try Protocol.str(d.lookup("encoding") ?? .none))' codec "
        let verb = kind == .encode ? "encode" : kind == .decode ? "decode" : "translate"
        if kind == .decode {
            let bytes = (object.object as? PyBytes)?.value ?? []
            if start >= 0 && start < bytes.count && end == start + 1 {
                let hex = String(bytes[start], radix: 16)
                return "\(codec)can't decode byte 0x\(hex.count == 1 ? "0" + hex : hex) in position \(start): \(reason)"
            }
            return "\(codec)can't decode bytes in position \(start)-\(end - 1): \(reason)"
        }
        let scalars = (object.object as? PyStr)?.scalars ?? []
        if start >= 0 && start < scalars.count && end == start + 1 {
            let c = scalars[start].value
            var escaped: [UInt8] = []
            StrOps.appendEscape(&escaped, c, c <= 0xFF ? "x" : c <= 0xFFFF ? "u" : "U",
                                c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8)
            let shown = String(decoding: escaped, as: UTF8.self)
            return "\(codec)can't \(verb) character '\(shown)' in position \(start): \(reason)"
        }
        return "\(codec)can't \(verb) characters in position \(start)-\(end - 1): \(reason)"
    }
}

extension Runtime {
    static func installUnicodeErrors() {
        for (type, kind) in [(Types.unicodeEncodeError, UnicodeErrors.Kind.encode),
                             (Types.unicodeDecodeError, .decode), (Types.unicodeTranslateError, .translate)] {
            let fields = UnicodeErrors.fields(kind)
            type.addMethod("__init__") { (a) throws(PyException) -> PyValue in
                let e = try exceptionSelf(a, "__init__")
                if a.hasKeywords { throw .typeError("\(e.type.name)() takes no keyword arguments") }
                let args = Array(a.values[1..<a.count])
                e.args = args
                // PyArg_ParseTuple's "UOnnU" (encode), "Uy*nnU" (decode), "UnnU" (translate).
                guard args.count == fields.count else {
                    throw .typeError("function takes exactly \(fields.count) arguments (\(args.count) given)")
                }
                var values = args
                for (i, field) in fields.enumerated() {
                    switch field {
                    case "start", "end": values[i] = .int(try Protocol.index(args[i]))
                    case "object" where kind == .decode:
                        values[i] = .object(PyBytes(try BytesOps.bytesLike(args[i])))
                    default:
                        guard args[i].object is PyStr else {
                            throw .typeError("argument \(i + 1) must be str, not \(args[i].type.name)")
                        }
                    }
                }
                for (field, v) in zip(fields, values) { e.dict!.setItem(field, v) }
                return .none
            }
            type.addMethod("__str__") { (a) throws(PyException) -> PyValue in
                .str(try UnicodeErrors.str(try exceptionSelf(a, "__str__"), kind))
            }
            for field in fields + (kind == .translate ? ["encoding"] : []) {
                addStoredAttribute(type, field) { _ in .none }
            }
        }
    }
}
