/// Installs native methods into a builtin type with CPython's argument-count messages and the
/// receiver check every method descriptor makes ("descriptor '__add__' requires a 'int' object
/// but received a 'str'").
///
/// Slot wrappers (`__neg__`, `__add__`) and ordinary methods word their arity errors
/// differently; use `slot0`/`slot1` for dunders and `noArgs`/`oneArg`/`method` otherwise.
struct NativeInstaller {
    let type: PyType
    /// Whether a value is an instance of `type` (the unboxed kinds included).
    let accepts: (PyValue) -> Bool

    /// For a type whose instances are exactly one final payload class (str: not subclassable):
    /// the receiver check is a metadata compare, not a closure call.
    let payload: ObjectIdentifier?

    init(_ type: PyType, accepts: @escaping (PyValue) -> Bool) {
        self.type = type
        self.accepts = accepts
        self.payload = nil
    }

    init<T: PyObject>(_ type: PyType, payload: T.Type) {
        self.type = type
        self.accepts = { (v) in
            if case .object(let o) = v { return Swift.type(of: o) == T.self }
            return false
        }
        self.payload = ObjectIdentifier(T.self)
    }

    @inline(__always)
    private func receiver(_ name: String, _ a: Arguments) throws(PyException) -> PyValue {
        guard a.count >= 1 else {
            throw .typeError("descriptor '\(name)' of '\(type.name)' object needs an argument")
        }
        let v = a[0]
        if let payload, case .object(let o) = v, ObjectIdentifier(Swift.type(of: o)) == payload { return v }
        guard accepts(v) else {
            throw .typeError("descriptor '\(name)' requires a '\(type.name)' object but received a '\(v.type.name)'")
        }
        return v
    }

    /// A slot wrapper of no arguments (`__neg__`, `__repr__`, `__hash__`).
    func slot0(_ name: String, _ f: @escaping (PyValue) throws(PyException) -> PyValue) {
        type.addMethod(name) { (a) throws(PyException) -> PyValue in
            let v = try receiver(name, a)
            if a.hasKeywords { throw .typeError("wrapper \(name)() takes no keyword arguments") }
            guard a.count == 1 else { throw .typeError("expected 0 arguments, got \(a.count - 1)") }
            return try f(v)
        }
    }

    /// A slot wrapper of one argument (`__add__`, `__eq__`, `__getitem__`).
    func slot1(_ name: String, _ f: @escaping (PyValue, PyValue) throws(PyException) -> PyValue) {
        type.addMethod(name) { (a) throws(PyException) -> PyValue in
            let v = try receiver(name, a)
            if a.hasKeywords { throw .typeError("wrapper \(name)() takes no keyword arguments") }
            guard a.count == 2 else {
                throw .typeError("expected 1 argument, got \(a.count - 1)")
            }
            return try f(v, a[1])
        }
    }

    /// `CALL`'s direct entry for a method of a type with one payload class (none otherwise).
    private func fast(_ min: Int, _ max: Int,
                      _ body: @escaping (PyValue, UnsafeBufferPointer<PyValue>) throws(PyException) -> PyValue)
        -> FastMethod? {
        payload.map { FastMethod(receiverClass: $0, minArgs: min, maxArgs: max, body) }
    }

    /// A `METH_NOARGS` method: "int.bit_length() takes no arguments (1 given)".
    func noArgs(_ name: String, _ f: @escaping (PyValue) throws(PyException) -> PyValue) {
        let qual = "\(type.name).\(name)"
        type.addMethod(name, fast: fast(0, 0) { (v, _) throws(PyException) in try f(v) }) { (a) throws(PyException) -> PyValue in
            let v = try receiver(name, a)
            if a.hasKeywords { throw .typeError("\(qual)() takes no keyword arguments") }
            guard a.count == 1 else { throw .typeError("\(qual)() takes no arguments (\(a.count - 1) given)") }
            return try f(v)
        }
    }

    /// A `METH_O` method: "str.join() takes exactly one argument (0 given)".
    func oneArg(_ name: String, _ f: @escaping (PyValue, PyValue) throws(PyException) -> PyValue) {
        let qual = "\(type.name).\(name)"
        type.addMethod(name, fast: fast(1, 1) { (v, a) throws(PyException) in try f(v, a[0]) }) { (a) throws(PyException) -> PyValue in
            let v = try receiver(name, a)
            if a.hasKeywords { throw .typeError("\(qual)() takes no keyword arguments") }
            guard a.count == 2 else {
                throw .typeError("\(qual)() takes exactly one argument (\(a.count - 1) given)")
            }
            return try f(v, a[1])
        }
    }

    /// A method with positional arguments only, `min...max` of them after self, with Argument
    /// Clinic's message ("split expected at most 2 arguments, got 3").
    func positional(_ name: String, min: Int, max: Int,
                    _ f: @escaping (PyValue, UnsafeBufferPointer<PyValue>) throws(PyException) -> PyValue) {
        type.addMethod(name, fast: fast(min, max, f)) { (a) throws(PyException) -> PyValue in
            let v = try receiver(name, a)
            if a.hasKeywords { throw .typeError("\(name)() takes no keyword arguments") }
            let n = a.count - 1
            if n < min || n > max {
                let word: (Int) -> String = { $0 == 1 ? "argument" : "arguments" }
                if min == max {
                    throw .typeError("\(name) expected \(min) \(word(min)), got \(n)")
                } else if n < min {
                    throw .typeError("\(name) expected at least \(min) \(word(min)), got \(n)")
                }
                throw .typeError("\(name) expected at most \(max) \(word(max)), got \(n)")
            }
            // A view of the caller's arguments: no array per call.
            return try f(v, UnsafeBufferPointer(rebasing: a.values[1..<a.count]))
        }
    }

    /// A method taking self plus the raw arguments (self removed), for signatures with keywords:
    /// bind them with `Arguments.bind`.
    func method(_ name: String, _ f: @escaping (PyValue, Arguments) throws(PyException) -> PyValue) {
        type.addMethod(name) { (a) throws(PyException) -> PyValue in
            let v = try receiver(name, a)
            let rest = UnsafeBufferPointer(rebasing: a.values[1...])
            return try f(v, Arguments(rest, kwnames: a.kwnames))
        }
    }

    /// A read-only computed attribute (`real`, `imag`, `numerator`).
    func getter(_ name: String, _ f: @escaping (PyValue) throws(PyException) -> PyValue) {
        let tname = type.name
        let check = accepts
        type.addGetSet(name, get: { (v) throws(PyException) -> PyValue in
            guard check(v) else {
                throw .typeError("descriptor '\(name)' for '\(tname)' objects doesn't apply to a '\(v.type.name)' object")
            }
            return try f(v)
        })
    }

    /// Installs `__op__` and `__rop__` for each operation from one function that returns nil for
    /// operands it does not handle (the dunder then returns NotImplemented).
    func binaryOperators(_ ops: [BinaryOperation],
                         _ f: @escaping (BinaryOperation, PyValue, PyValue) throws(PyException) -> PyValue?) {
        for op in ops {
            slot1(op.dunder.value) { (a, b) throws(PyException) -> PyValue in
                try f(op, a, b) ?? .notImplemented
            }
            slot1(op.reflectedDunder.value) { (a, b) throws(PyException) -> PyValue in
                try f(op, b, a) ?? .notImplemented
            }
        }
    }

    /// Installs `__lt__` ... `__ge__`, each calling `f` with its operator.
    func comparisons(_ f: @escaping (Protocol.CompareOp, PyValue, PyValue) throws(PyException) -> PyValue) {
        for op in [Protocol.CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
            slot1(op.dunder.value) { (a, b) throws(PyException) -> PyValue in try f(op, a, b) }
        }
    }
}
