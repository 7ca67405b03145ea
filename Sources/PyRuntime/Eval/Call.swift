import PyBytecode

// Calls: binding arguments to a Python function's parameters (CPython's
// `_PyEval_MakeFrameVector` / `initialize_locals`), bound methods, and calling a class.

extension Interpreter {
    /// Calls any callable (the `CALL` opcode and `Protocol.call` land here).
    @inline(__always)
    func call(_ callable: PyValue, _ args: Arguments) throws(PyException) -> PyValue {
        if case .object(let o) = callable {
            // The payload classes are final: comparing metadata replaces a chain of dynamic
            // casts (and the `CallHooks` round trip) for the three common callables.
            let cls = ObjectIdentifier(Swift.type(of: o))
            if cls == ObjectIdentifier(PyFunction.self) {
                return try callFunction(unsafeDowncast(o, to: PyFunction.self), args)
            }
            if cls == ObjectIdentifier(PyMethodDescriptor.self) {
                // What `LOAD_METHOD` leaves for `s.upper()`: self is already args[0].
                let d = unsafeDowncast(o, to: PyMethodDescriptor.self)
                guard args.count >= 1 else {
                    throw .typeError("unbound method \(d.owner.name).\(d.name)() needs an argument")
                }
                return try d.function(args)
            }
            if cls == ObjectIdentifier(PyBuiltinFunction.self) {
                let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
                // Unbound, or module-level (whose receiver is the module and never passed).
                if f.receiver == nil || f.moduleName != nil { return try f.function(args) }
            }
            if cls == ObjectIdentifier(PyType.self) { return try callType(unsafeDowncast(o, to: PyType.self), args) }
            if let native = o.type.nativeCall { return try native(o, args) }
        }
        return try Protocol.call(callable, args)
    }

    /// CALL's direct entry into a builtin method: `[descriptor, receiver, args...]` at `base`,
    /// the receiver's payload class the one the body expects and the count in range.
    @inline(__always)
    func fastMethod(_ s: UnsafeMutablePointer<PyValue>, _ base: Int, _ count: Int) -> FastMethod? {
        guard let d = borrowedObject(s + base), let receiver = borrowedObject(s + base + 1) else { return nil }
        let cls = receiver._withUnsafeGuaranteedRef { ObjectIdentifier(Swift.type(of: $0)) }
        return d._withUnsafeGuaranteedRef { (o) -> FastMethod? in
            guard Swift.type(of: o) == PyMethodDescriptor.self,
                  let fast = unsafeDowncast(o, to: PyMethodDescriptor.self).fast,
                  fast.receiverClass == cls, count >= fast.minArgs, count <= fast.maxArgs else { return nil }
            return fast
        }
    }

    /// Runs a Python function: a new frame, the arguments bound into its locals.
    func callFunction(_ f: PyFunction, _ args: Arguments) throws(PyException) -> PyValue {
        let runtime = f.runtime
        let frame = pushFrame(runtime: runtime, globals: f.globals, builtins: f.builtins,
                              locals: nil, function: f)
        if !args.hasKeywords && args.count == runtime.argCount && runtime.hasSimpleSignature {
            // The common case: exactly the positional parameters.
            for i in 0..<args.count { frame.slots[i] = args.values[i] }
        } else {
            do throws(PyException) {
                try bindArguments(f, args, into: frame.slots)
            } catch {
                popFrame(frame)
                throw error
            }
        }
        // A generator function runs to RETURN_GENERATOR and returns the generator.
        return try run(frame)
    }

    /// Binds positional, keyword, default, `*args` and `**kwargs` values to parameters, with
    /// CPython 3.11's messages.
    func bindArguments(_ f: PyFunction, _ args: Arguments,
                       into slots: UnsafeMutablePointer<PyValue>) throws(PyException) {
        let code = f.code
        let name = f.qualname
        let nparams = code.argcount
        let nkwonly = code.kwonlyargcount
        let hasVarargs = code.flags.contains(.varargs)
        let hasVarkw = code.flags.contains(.varkeywords)
        let varargsIndex = nparams + nkwonly
        let varkwIndex = varargsIndex + (hasVarargs ? 1 : 0)
        let npos = args.count

        var kwdict: PyDict?
        if hasVarkw {
            kwdict = PyDict()
            slots[varkwIndex] = .object(kwdict!)
        }
        let bound = min(npos, nparams)
        for i in 0..<bound { slots[i] = args.values[i] }
        if hasVarargs {
            let extra = npos > nparams ? Array(args.values[nparams..<npos]) : []
            slots[varargsIndex] = .object(extra.isEmpty ? PyTuple.empty : PyTuple(extra))
        } else if npos > nparams {
            throw tooManyPositional(f, given: npos, kwonlyGiven: args.kwnames.filter {
                code.localsplusNames[nparams..<(nparams + nkwonly)].contains($0.value)
            }.count)
        }

        // Keyword arguments.
        var positionalOnlyAsKeyword: [String] = []
        for (k, kname) in args.kwnames.enumerated() {
            let value = args.values[npos + k]
            var index = -1
            for i in code.posonlyargcount..<(nparams + nkwonly) where code.localsplusNames[i] == kname.value {
                index = i
                break
            }
            if index < 0 {
                if let kwdict {
                    if try kwdict.getItem(.object(kname)) != nil {
                        throw .typeError("\(name)() got multiple values for argument '\(kname.value)'")
                    }
                    try kwdict.setItem(.object(kname), value)
                    continue
                }
                if code.localsplusNames[0..<code.posonlyargcount].contains(kname.value) {
                    positionalOnlyAsKeyword.append(kname.value)
                    continue
                }
                throw .typeError("\(name)() got an unexpected keyword argument '\(kname.value)'")
            }
            if !slots[index].isNull {
                throw .typeError("\(name)() got multiple values for argument '\(kname.value)'")
            }
            slots[index] = value
        }
        if !positionalOnlyAsKeyword.isEmpty {
            throw .typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyAsKeyword.joined(separator: ", "))'")
        }

        // Defaults for the positional parameters not given.
        let ndefaults = f.defaults.count
        var missing: [String] = []
        for i in npos..<max(npos, nparams) where slots[i].isNull {
            let d = i - (nparams - ndefaults)
            if d >= 0 {
                slots[i] = f.defaults[d]
            } else {
                missing.append(code.localsplusNames[i])
            }
        }
        if !missing.isEmpty {
            throw missingArguments(name, missing, kind: "positional")
        }
        // Keyword-only defaults.
        var missingKw: [String] = []
        for i in nparams..<(nparams + nkwonly) where slots[i].isNull {
            let pname = code.localsplusNames[i]
            if let kw = f.kwdefaults, let d = kw.lookup(pname) {
                slots[i] = d
            } else {
                missingKw.append(pname)
            }
        }
        if !missingKw.isEmpty {
            throw missingArguments(name, missingKw, kind: "keyword-only")
        }
    }

    private func tooManyPositional(_ f: PyFunction, given: Int, kwonlyGiven: Int) -> PyException {
        let code = f.code
        let nparams = code.argcount
        let required = nparams - f.defaults.count
        let takes: String
        if f.defaults.isEmpty {
            takes = "\(nparams) positional argument\(nparams == 1 ? "" : "s")"
        } else {
            takes = "from \(required) to \(nparams) positional arguments"
        }
        var given = "\(given) positional argument\(given == 1 ? "" : "s")"
        if kwonlyGiven > 0 {
            given += " (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven == 1 ? "" : "s"))"
        }
        let verb = given.hasPrefix("1 ") && kwonlyGiven == 0 ? "was" : "were"
        if kwonlyGiven == 0 {
            // "takes 2 positional arguments but 3 were given"
            let count = given.split(separator: " ")[0]
            return .typeError("\(f.qualname)() takes \(takes) but \(count) \(verb) given")
        }
        return .typeError("\(f.qualname)() takes \(takes) but \(given) \(verb) given")
    }

    private func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyException {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = missing.count == 1 ? "argument" : "arguments"
        return .typeError("\(name)() missing \(missing.count) required \(kind) \(plural): \(list)")
    }

    /// `f(*args, **kwargs)` (`CALL_FUNCTION_EX`).
    func callWithUnpacked(_ function: PyValue, _ callargs: PyValue, _ kwargs: PyValue) throws(PyException) -> PyValue {
        var values: [PyValue]
        if case .object(let t as PyTuple) = callargs {
            values = t.elements
        } else {
            values = try Protocol.toArray(callargs)
        }
        var names: [PyStr] = []
        if case .object(let d as PyDict) = kwargs {
            for (k, v) in d.items {
                guard case .object(let ks as PyStr) = k else {
                    throw .typeError("keywords must be strings")
                }
                names.append(ks)
                values.append(v)
            }
        }
        return try Arguments.with(values, kwnames: names) { (a) throws(PyException) -> PyValue in
            try call(function, a)
        }
    }

    /// Calls every callable that is not a native function: installed as `CallHooks.call`.
    func callObject(_ o: PyObject, _ args: Arguments) throws(PyException) -> PyValue {
        switch o {
        case let f as PyFunction:
            return try callFunction(f, args)
        case let m as PyMethod:
            var all = [m.receiver]
            all.append(contentsOf: args.values)
            return try Arguments.with(all, kwnames: args.kwnames) { (a) throws(PyException) -> PyValue in
                try call(m.function, a)
            }
        case let t as PyType:
            return try callType(t, args)
        case let d as PyMethodDescriptor:
            guard args.count >= 1 else {
                throw .typeError("unbound method \(d.owner.name).\(d.name)() needs an argument")
            }
            return try d.function(args)
        default:
            if let native = o.type.nativeCall { return try native(o, args) }
            guard let c = o.type.lookup(Names.__call__) else {
                throw .typeError("'\(o.type.name)' object is not callable")
            }
            var all: [PyValue] = [.object(o)]
            all.append(contentsOf: args.values)
            return try Arguments.with(all, kwnames: args.kwnames) { (a) throws(PyException) -> PyValue in
                try callUnbound(c, a)
            }
        }
    }

    /// Calls a function found on a type with `self` already first in `args`.
    func callUnbound(_ function: PyValue, _ args: Arguments) throws(PyException) -> PyValue {
        if case .object(let o) = function {
            if let d = o as? PyMethodDescriptor { return try d.function(args) }
            if let f = o as? PyFunction { return try callFunction(f, args) }
        }
        return try call(function, args)
    }

    /// `type.__call__`: `cls.__new__(cls, ...)` then `__init__` when the result is an instance.
    func callType(_ t: PyType, _ args: Arguments) throws(PyException) -> PyValue {
        if args.count == 1 && !args.hasKeywords {
            if t === Types.type { return .object(args[0].type) }
            // `str(x)`, which CPython 3.11 specialises too (PRECALL_NO_KW_STR_1): no `__new__`
            // and `__init__` calls.
            if t === Types.str { return try StrOps.str(args[0]) }
        }
        guard let new = t.lookup(Names.__new__) else {
            throw .typeError("cannot create '\(t.name)' instances")
        }
        var all: [PyValue] = [.object(t)]
        all.append(contentsOf: args.values)
        let newFunction: PyValue
        if case .object(let sm as PyStaticMethod) = new { newFunction = sm.function } else { newFunction = new }
        let instance = try Arguments.with(all, kwnames: args.kwnames) { (a) throws(PyException) -> PyValue in
            try call(newFunction, a)
        }
        guard instance.type.isSubtype(of: t) else { return instance }
        if let initMethod = instance.type.lookup(Names.__init__) {
            var initArgs: [PyValue] = [instance]
            initArgs.append(contentsOf: args.values)
            let r = try Arguments.with(initArgs, kwnames: args.kwnames) { (a) throws(PyException) -> PyValue in
                try callUnbound(initMethod, a)
            }
            if !r.isNone {
                throw .typeError("__init__() should return None, not '\(r.type.name)'")
            }
        }
        return instance
    }

    /// The descriptor protocol for Python functions (installed as `CallHooks.bind`).
    func bindObject(_ o: PyObject, _ attribute: PyValue, _ receiver: PyValue) throws(PyException) -> PyValue {
        if o is PyFunction { return .object(PyMethod(function: attribute, receiver: receiver)) }
        return attribute
    }
}

extension Interpreter {
    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `f()`,
    /// `__main__.A.m()`; the module is left out for builtins.
    static func functionDescription(_ f: PyValue) -> String {
        func qualified(_ module: PyValue, _ qualname: String) -> String {
            if case .object(let m as PyStr) = module, m.value != "builtins" {
                return "\(m.value).\(qualname)()"
            }
            return "\(qualname)()"
        }
        switch f {
        case .object(let fn as PyFunction): return qualified(fn.moduleName, fn.qualname)
        case .object(let b as PyBuiltinFunction): return "\(b.name)()"
        case .object(let t as PyType): return qualified(.str(t.moduleName), t.qualname)
        case .object(let m as PyMethod): return functionDescription(m.function)
        default: return "\(f.type.name) object"
        }
    }
}
