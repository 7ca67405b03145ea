import PyRuntime

/// The Python face of `Dispatcher` (`CPUDispatcher`): calling, `py_func`, `signatures`,
/// `nopython_signatures`, `overloads`, `inspect_types`/`inspect_llvm`/`inspect_asm`,
/// `recompile`, and the function's `__name__`, `__doc__` and `__code__` (so `dis.dis` works).
enum DispatcherType {
    static let type: PyType = {
        let t = Types.native("CPUDispatcher", module: "numba.core.registry")
        t.nativeCall = { (o, args) throws(PyException) -> PyValue in try unsafeDowncast(o, to: Dispatcher.self).call(args) }
        t.addMethod("__call__") { (a) throws(PyException) -> PyValue in
            let d = try dispatcher(a)
            return try d.call(Arguments(UnsafeBufferPointer(rebasing: a.values[1...]), kwnames: a.kwnames))
        }
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            .str("CPUDispatcher(\(try Protocol.repr(.object(try dispatcher(a).pyFunction))))")
        }
        t.addGetSet("py_func", get: { (v) throws(PyException) -> PyValue in .object((v.object as! Dispatcher).pyFunction) })
        t.addGetSet("__wrapped__", get: { (v) throws(PyException) -> PyValue in .object((v.object as! Dispatcher).pyFunction) })
        for name in ["__name__", "__qualname__", "__doc__", "__module__", "__code__", "__defaults__", "__globals__"] {
            t.addGetSet(name, get: { (v) throws(PyException) -> PyValue in
                try Protocol.getAttr(.object((v.object as! Dispatcher).pyFunction), Names.intern(name))
            })
        }
        t.addGetSet("signatures", get: { (v) throws(PyException) -> PyValue in
            .object(PyList((v.object as! Dispatcher).overloads.map { o in
                .object(PyTuple(o.argTypes.map { .object(PyNumbaType($0)) }))
            }))
        })
        t.addGetSet("nopython_signatures", get: { (v) throws(PyException) -> PyValue in
            .object(PyList((v.object as! Dispatcher).overloads.filter { !$0.isObjectMode }.map { o in
                .object(PyNumbaSignature(o.argTypes, o.returnType))
            }))
        })
        t.addGetSet("overloads", get: { (v) throws(PyException) -> PyValue in
            let d = PyDict()
            for o in (v.object as! Dispatcher).overloads {
                try d.setItem(.object(PyTuple(o.argTypes.map { .object(PyNumbaType($0)) })),
                          .object(PyNumbaSignature(o.argTypes, o.returnType)))
            }
            return .object(d)
        })
        t.addMethod("inspect_types") { (a) throws(PyException) -> PyValue in
            let d = try dispatcher(a)
            let b = try Arguments(UnsafeBufferPointer(rebasing: a.values[1...]), kwnames: a.kwnames)
                .bind("inspect_types", ["file", "signature", "pretty", "style"], required: 0)
            var text = ""
            for o in try selected(d, b[1]) { text += TypeAnnotation.text(d, o) }
            if let file = b[0], !file.isNone {
                _ = try Protocol.call(try Protocol.getAttr(file, Names.intern("write")), [.str(text)])
            } else {
                try Output.writeToSysStdout(text)
            }
            return .none
        }
        for (name, assembly) in [("inspect_llvm", false), ("inspect_asm", true)] {
            t.addMethod(name) { (a) throws(PyException) -> PyValue in
                let d = try dispatcher(a)
                let b = try Arguments(UnsafeBufferPointer(rebasing: a.values[1...]), kwnames: a.kwnames)
                    .bind(name, ["signature"], required: 0)
                func text(_ o: CompiledOverload) throws(PyException) -> String {
                    guard assembly else { return o.llvmIR }
                    do { return try ExecutionEngine.shared().assembly(ofIR: o.llvmIR) } catch { return "" }
                }
                if let s = b[0], !s.isNone {
                    guard let o = try selected(d, s).first else { return .none }
                    return .str(try text(o))
                }
                let result = PyDict()
                for o in d.overloads where !o.isObjectMode {
                    try result.setItem(.object(PyTuple(o.argTypes.map { .object(PyNumbaType($0)) })), .str(try text(o)))
                }
                return .object(result)
            }
        }
        t.addMethod("recompile") { (a) throws(PyException) -> PyValue in
            let d = try dispatcher(a)
            let types = d.overloads.map(\.argTypes)
            d.discardOverloads()
            for ts in types {
                do throws(JITError) { _ = try d.compile(ts) } catch { throw d.typingFailure(error) }
            }
            return .none
        }
        return t
    }()

    private static func dispatcher(_ a: Arguments) throws(PyException) -> Dispatcher {
        guard a.count >= 1, let d = a[0].object as? Dispatcher else { throw .typeError("descriptor needs a CPUDispatcher") }
        return d
    }

    /// The overloads a `signature=` argument names (all of them without one).
    private static func selected(_ d: Dispatcher, _ signature: PyValue?) throws(PyException) -> [CompiledOverload] {
        guard let signature, !signature.isNone else { return d.overloads }
        var wanted: [NumbaType] = []
        if let s = signature.object as? PyNumbaSignature { wanted = s.args }
        else if let t = signature.object as? PyTuple {
            for e in t.elements {
                guard let nt = e.object as? PyNumbaType else { throw .typeError("signature must hold Numba types") }
                wanted.append(nt.value)
            }
        }
        return d.overloads.filter { $0.argTypes == wanted }
    }
}

extension Dispatcher {
    /// A failed compile as the exception Numba raises (`numba.core.errors.TypingError`); for
    /// arguments without a Numba type, the hint that lists them.
    func typingFailure(_ error: JITError, arguments: [JITError] = []) -> PyException {
        var text = NumbaErrors.message(error, pyFunction)
        let hints = arguments.map { "- \($0.message)" }
        if case .argument = error, !hints.isEmpty {
            text += " \n\nThis error may have been caused by the following argument(s):\n" + hints.joined(separator: "\n") + "\n"
        }
        return PyException(NumbaErrors.type("TypingError"), text)
    }
}
