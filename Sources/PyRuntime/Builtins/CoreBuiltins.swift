import PySyntax

/// The builtins about objects and namespaces: isinstance, getattr, dir, exec, super, ...
enum Builtins {
    static func install() {
        let r = Runtime.self
        // The builtins module's own name: `LOAD_NAME __name__` finds it in an exec namespace
        // without one.
        r.registerBuiltin("__name__", value: .str("builtins"))
        r.registerBuiltin("object", value: .object(Types.object))
        r.registerBuiltin("type", value: .object(Types.type))
        r.registerBuiltin("super", value: .object(Types.superType))
        r.registerBuiltin("property", value: .object(Types.property))
        r.registerBuiltin("staticmethod", value: .object(Types.staticmethod))
        r.registerBuiltin("classmethod", value: .object(Types.classmethod))
        r.registerBuiltin("None", value: .none)
        r.registerBuiltin("True", value: .true)
        r.registerBuiltin("False", value: .false)
        r.registerBuiltin("Ellipsis", value: .ellipsis)
        r.registerBuiltin("NotImplemented", value: .notImplemented)
        r.registerBuiltin("__debug__", value: .true)
        r.registerBuiltin("__build_class__") { (args) throws(PyException) -> PyValue in
            try ClassBuilder.buildClass(args)
        }
        r.registerBuiltin("isinstance") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("isinstance", min: 2, max: 2)
            return .bool(try classCheck(a[1], name: "isinstance() arg 2") { a[0].type.isSubtype(of: $0) })
        }
        r.registerBuiltin("issubclass") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("issubclass", min: 2, max: 2)
            guard case .object(let c as PyType) = a[0] else {
                throw .typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try classCheck(a[1], name: "issubclass() arg 2") { c.isSubtype(of: $0) })
        }
        r.registerBuiltin("callable") { (args) throws(PyException) -> PyValue in
            let v = try args.single("callable")
            guard case .object(let o) = v else { return .false }
            return .bool(o is PyType || o is PyFunction || o is PyBuiltinFunction || o is PyMethod
                         || o.type.lookup(Names.__call__) != nil)
        }
        r.registerBuiltin("id") { (args) throws(PyException) -> PyValue in
            .int(Protocol.id(try args.single("id")))
        }
        r.registerBuiltin("hash") { (args) throws(PyException) -> PyValue in
            .int(try Protocol.hash(try args.single("hash")))
        }
        r.registerBuiltin("repr") { (args) throws(PyException) -> PyValue in
            .str(try Protocol.repr(try args.single("repr")))
        }
        r.registerBuiltin("getattr") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("getattr", min: 2, max: 3)
            guard case .object(let n as PyStr) = a[1] else {
                throw .typeError("attribute name must be string, not '\(a[1].type.name)'")
            }
            if a.count == 3 {
                return try Protocol.lookupAttr(a[0], Names.intern(n.value)) ?? a[2]
            }
            return try Protocol.getAttr(a[0], Names.intern(n.value))
        }
        r.registerBuiltin("setattr") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("setattr", min: 3, max: 3)
            guard case .object(let n as PyStr) = a[1] else {
                throw .typeError("attribute name must be string, not '\(a[1].type.name)'")
            }
            try Protocol.setAttr(a[0], Names.intern(n.value), a[2])
            return .none
        }
        r.registerBuiltin("delattr") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("delattr", min: 2, max: 2)
            guard case .object(let n as PyStr) = a[1] else {
                throw .typeError("attribute name must be string, not '\(a[1].type.name)'")
            }
            try Protocol.delAttr(a[0], Names.intern(n.value))
            return .none
        }
        r.registerBuiltin("hasattr") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("hasattr", min: 2, max: 2)
            guard case .object(let n as PyStr) = a[1] else {
                throw .typeError("attribute name must be string, not '\(a[1].type.name)'")
            }
            return .bool(try Protocol.lookupAttr(a[0], Names.intern(n.value)) != nil)
        }
        r.registerBuiltin("dir") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("dir", min: 0, max: 1)
            if a.isEmpty {
                // The names of the caller's local scope (a function's fast locals too).
                guard case .object(let scope as PyDict) = try localsDict() else { return .object(PyList()) }
                let names = scope.keys.compactMap { ($0.object as? PyStr)?.value }
                return .object(PyList(names.sorted().map { .str($0) }))
            }
            return .object(PyList(try dirNames(a[0]).map { .str($0) }))
        }
        r.registerBuiltin("vars") { (args) throws(PyException) -> PyValue in
            let a = try args.positional("vars", min: 0, max: 1)
            if a.isEmpty { return try localsDict() }
            guard case .object(let o) = a[0], let d = o.dict else {
                throw .typeError("vars() argument must have __dict__ attribute")
            }
            return .object(d)
        }
        r.registerBuiltin("globals") { (args) throws(PyException) -> PyValue in
            try args.none("globals")
            guard let frame = Interpreter.shared.currentFrame else { return .object(PyDict()) }
            return .object(frame.globals)
        }
        r.registerBuiltin("locals") { (args) throws(PyException) -> PyValue in
            try args.none("locals")
            return try localsDict()
        }
        r.registerBuiltin("exec") { (args) throws(PyException) -> PyValue in
            _ = try runString(args, mode: .exec, name: "exec")
            return .none
        }
        r.registerBuiltin("eval") { (args) throws(PyException) -> PyValue in
            try runString(args, mode: .eval, name: "eval")
        }
        r.registerBuiltin("__import__") { (args) throws(PyException) -> PyValue in
            let a = try args.bind("__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1)
            guard case .object(let n as PyStr)? = a[0] else {
                throw .typeError("__import__() argument 1 must be str")
            }
            let level = try a[4].map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 0
            return try Interpreter.shared.importModule(n.value, globals: (a[1]?.object as? PyDict) ?? PyDict(),
                                                       fromlist: a[3] ?? .none, level: level)
        }
    }

    /// `isinstance`/`issubclass`'s second argument: a class or a (nested) tuple of classes.
    static func classCheck(_ spec: PyValue, name: String, _ test: (PyType) -> Bool) throws(PyException) -> Bool {
        if case .object(let t as PyType) = spec { return test(t) }
        if case .object(let tuple as PyTuple) = spec {
            for item in tuple.elements where try classCheck(item, name: name, test) { return true }
            return false
        }
        throw .typeError("\(name) must be a type, a tuple of types, or a union")
    }

    /// `locals()`: the namespace of module and class code; a snapshot of a function's locals.
    static func localsDict() throws(PyException) -> PyValue {
        guard let frame = Interpreter.shared.currentFrame else { return .object(PyDict()) }
        if let l = frame.locals { return .object(l) }
        let d = PyDict()
        let code = frame.runtime.code
        for (i, name) in code.localsplusNames.enumerated() {
            var v = frame.slots[i]
            if case .object(let c as PyCell) = v, !code.localsplusKinds[i].contains(.local) || code.localsplusKinds[i].contains(.cell) {
                v = c.contents
            }
            if !v.isNull { d.setItem(name, v) }
        }
        return .object(d)
    }

    /// `dir(obj)`: instance attributes plus everything along the type's MRO, sorted.
    static func dirNames(_ v: PyValue) throws(PyException) -> [String] {
        var names = Set<String>()
        if case .object(let o) = v {
            if let d = o.dict { for k in d.keys { if let s = k.object as? PyStr { names.insert(s.value) } } }
            if let t = o as? PyType {
                for c in t.mro { for k in c.dict!.keys { if let s = k.object as? PyStr { names.insert(s.value) } } }
                return names.sorted()
            }
            if o is PyModule { return names.sorted() }
        }
        for c in v.type.mro { for k in c.dict!.keys { if let s = k.object as? PyStr { names.insert(s.value) } } }
        return names.sorted()
    }

    /// `exec`/`eval` of a string or code object, in the caller's namespaces by default.
    static func runString(_ args: Arguments, mode: ParseMode, name: String) throws(PyException) -> PyValue {
        let a = try args.bind(name, ["source", "globals", "locals"], required: 1, positionalOnly: 1)
        let interp = Interpreter.shared
        let frame = interp.currentFrame
        var globals = frame?.globals ?? PyDict()
        var locals: PyDict = frame?.locals ?? globals
        if let g = a[1], !g.isNone {
            guard case .object(let d as PyDict) = g else {
                throw .typeError("\(name)() globals must be a dict, not \(g.type.name)")
            }
            globals = d
            locals = d
        } else if frame != nil && frame!.locals == nil, case .object(let l as PyDict) = try localsDict() {
            locals = l
        }
        if let l = a[2], !l.isNone {
            guard case .object(let d as PyDict) = l else {
                throw .typeError("locals must be a mapping")
            }
            locals = d
        }
        let code: PyValue = a[0]!
        let compiled: PyBytecode.CodeObject
        if case .object(let c as PyCode) = code {
            compiled = c.code
        } else if case .object(let s as PyStr) = code {
            var text = s.value
            if mode == .eval { text = text.trimmingLeadingWhitespace() }
            compiled = try interp.compileSource(text, filename: "<string>", mode: mode)
        } else {
            throw .typeError("\(name)() arg 1 must be a string, bytes or code object")
        }
        return try interp.runCode(compiled, globals: globals, locals: locals)
    }
}

import PyBytecode

extension String {
    func trimmingLeadingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
