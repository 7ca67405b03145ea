/// Struct sequences (Objects/structseq.c): tuples whose items also have names, such as
/// `sys.version_info`, `sys.float_info` and `time.struct_time`.
///
/// An instance is a `PyTuple` whose type is a subclass of `tuple`, so indexing, unpacking,
/// comparison (`sys.version_info >= (3, 8)`) and hashing are tuple's; the type adds a getset per
/// field and CPython's repr. Fields past the visible ones (`tm_zone`, `tm_gmtoff`) are attributes
/// only, kept in the instance dict.
enum StructSequence {
    /// A new struct sequence type `module.name` with `fields`, of which the first `visible` are
    /// tuple items.
    static func makeType(_ name: String, module: String, fields: [String], visible: Int? = nil,
                         doc: String? = nil) -> PyType {
        let t = Types.make(name, base: Types.tuple, subclassable: false, module: module)
        t.doc = doc
        let visible = visible ?? fields.count
        t.addAttribute("n_fields", .int(fields.count))
        t.addAttribute("n_sequence_fields", .int(visible))
        t.addAttribute("n_unnamed_fields", .int(0))
        for (i, field) in fields.enumerated() {
            let key = Names.intern(field)
            t.addGetSet(field, get: { (v) throws(PyException) -> PyValue in
                guard case .object(let o) = v, let tuple = o as? PyTuple else {
                    throw .typeError("descriptor '\(field)' needs a '\(module).\(name)' object")
                }
                if i < visible { return tuple.elements[i] }
                return tuple.dict?.lookup(interned: key) ?? .none
            })
        }
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            guard case .object(let o) = a[0], let tuple = o as? PyTuple else { return .none }
            var parts: [String] = []
            for (field, value) in zip(fields.prefix(visible), tuple.elements) {
                parts.append("\(field)=\(try Protocol.repr(value))")
            }
            return .str("\(module).\(name)(" + parts.joined(separator: ", ") + ")")
        }
        return t
    }

    /// An instance: `values` are the visible items, then the attribute-only ones.
    static func make(_ type: PyType, _ values: [PyValue]) -> PyValue {
        let visible = type.dict!.lookup("n_sequence_fields").flatMap { v -> Int? in
            if case .int(let n) = v { return n }
            return nil
        } ?? values.count
        let tuple = PyTuple(Array(values.prefix(visible)))
        tuple.type = type
        if values.count > visible {
            let d = PyDict()
            let fields = fieldNames(type)
            for (i, v) in values.enumerated() where i >= visible && i < fields.count {
                d.setItem(fields[i], v)
            }
            tuple.dict = d
        }
        return .object(tuple)
    }

    /// The field names of a struct sequence type, in order.
    static func fieldNames(_ type: PyType) -> [String] {
        type.dict!.items.compactMap { (k, v) -> String? in
            guard case .object(let o) = v, o is PyGetSetDescriptor,
                  case .object(let s as PyStr) = k else { return nil }
            return s.value
        }
    }
}

/// `types.SimpleNamespace`-like objects for `sys.implementation`: attributes in a dict, and the
/// repr `namespace(name='jitbook', ...)`.
enum SimpleNamespace {
    static let type: PyType = {
        let t = Types.make("SimpleNamespace", layout: .instance, module: "types")
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            guard case .object(let o) = a[0], let d = o.dict else { return .str("namespace()") }
            var parts: [String] = []
            for (k, v) in d.items {
                guard case .object(let s as PyStr) = k else { continue }
                parts.append("\(s.value)=\(try Protocol.repr(v))")
            }
            return .str("namespace(" + parts.joined(separator: ", ") + ")")
        }
        return t
    }()

    static func make(_ items: [(String, PyValue)]) -> PyValue {
        let o = PyInstance(type: type)
        for (k, v) in items { o.dict!.setItem(k, v) }
        return .object(o)
    }
}
