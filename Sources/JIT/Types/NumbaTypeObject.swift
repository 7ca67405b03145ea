import PyRuntime

/// A Numba type as a Python value (`numba.int64`, the items of `.signatures`): prints as Numba
/// does (`str` is `UniTuple(int64 x 2)`, `repr` is `UniTuple(int64, 2)`); calling one makes a
/// signature (`int64(int64, int64)`).
final class PyNumbaType: PyObject {
    static let type: PyType = {
        let t = Types.native("Type", module: "numba.core.types")
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in .str(try receiver(a).value.repr) }
        t.addMethod("__str__") { (a) throws(PyException) -> PyValue in .str(try receiver(a).value.description) }
        t.addMethod("__eq__") { (a) throws(PyException) -> PyValue in
            guard a.count == 2, let other = a[1].object as? PyNumbaType else { return .notImplemented }
            return .bool(try receiver(a).value == other.value)
        }
        t.addMethod("__hash__") { (a) throws(PyException) -> PyValue in .int(try receiver(a).value.hashValue) }
        t.addMethod("__call__") { (a) throws(PyException) -> PyValue in
            let result = try receiver(a).value
            var args: [NumbaType] = []
            for v in a.values[1..<a.count] {
                guard let t = v.object as? PyNumbaType else { throw .typeError("signature arguments must be Numba types") }
                args.append(t.value)
            }
            return .object(PyNumbaSignature(args, result))
        }
        return t
    }()

    let value: NumbaType
    init(_ value: NumbaType) {
        self.value = value
        super.init(type: Self.type)
    }

    private static func receiver(_ a: Arguments) throws(PyException) -> PyNumbaType {
        guard a.count >= 1, let t = a[0].object as? PyNumbaType else { throw .typeError("descriptor needs a Numba type") }
        return t
    }
}

/// A compiled signature (`.nopython_signatures` items): `(int64, int64) -> int64`.
final class PyNumbaSignature: PyObject {
    static let type: PyType = {
        let t = Types.native("Signature", module: "numba.core.typing.templates")
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            guard let s = a[0].object as? PyNumbaSignature else { throw .typeError("Signature needed") }
            return .str(s.text)
        }
        t.addGetSet("args", get: { (v) throws(PyException) -> PyValue in
            .object(PyTuple((v.object as! PyNumbaSignature).args.map { .object(PyNumbaType($0)) }))
        })
        t.addGetSet("return_type", get: { (v) throws(PyException) -> PyValue in
            .object(PyNumbaType((v.object as! PyNumbaSignature).result))
        })
        return t
    }()

    let args: [NumbaType]
    let result: NumbaType
    init(_ args: [NumbaType], _ result: NumbaType) {
        self.args = args
        self.result = result
        super.init(type: Self.type)
    }

    var text: String {
        "(\(args.map(\.repr).joined(separator: ", "))\(args.count == 1 ? "," : "")) -> \(result.repr)"
    }
}

extension NumbaType {
    /// Numba's `repr` of a type (what lists of signatures show).
    var repr: String {
        switch self {
        case .tuple(let items):
            if let first = items.first, items.allSatisfy({ $0 == first }) { return "UniTuple(\(first.repr), \(items.count))" }
            return "Tuple((\(items.map(\.repr).joined(separator: ", "))\(items.count == 1 ? "," : "")))"
        case .array(let dtype, let ndim, let layout): return "Array(\(dtype), \(ndim), '\(layout)', False, aligned=True)"
        default: return description
        }
    }
}
