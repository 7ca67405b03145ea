import PyBytecode

/// The `dis` module's instruction API (Lib/dis.py, Lib/opcode.py): `get_instructions`,
/// `Bytecode`, the `Instruction` and `Positions` named tuples, and the opcode tables. The
/// decoding is PyBytecode's `CodeObject.instructions`; this file only turns its values into
/// Python objects.
extension DisModule {
    /// `dis.Positions(lineno, end_lineno, col_offset, end_col_offset)`.
    static let positionsType = namedTuple("Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"])

    /// `dis.Instruction`: CPython 3.11's nine fields.
    static let instructionType = namedTuple("Instruction", [
        "opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line", "is_jump_target", "positions",
    ])

    /// `dis.UNKNOWN`: the argval of a constant operand dis does not resolve (KW_NAMES).
    static let unknown: PyValue = {
        let t = Types.make("_Unknown", layout: .instance, module: "dis")
        t.addMethod("__repr__") { (_) throws(PyException) -> PyValue in .str("<unknown>") }
        return .object(PyInstance(type: t))
    }()

    /// `dis.Bytecode`: iterating gives the instructions of `codeobj`.
    static let bytecodeType: PyType = {
        let t = Types.make("Bytecode", layout: .instance, module: "dis")
        t.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            guard a.count >= 1, case .object(let cls as PyType) = a[0] else {
                throw .typeError("Bytecode.__new__(X): X is not a type object")
            }
            return .object(PyInstance(type: cls))
        }
        t.addMethod("__init__") { (a) throws(PyException) -> PyValue in
            let rest = UnsafeBufferPointer(rebasing: a.values[1...])
            let b = try Arguments(rest, kwnames: a.kwnames).bind(
                "Bytecode", ["x", "first_line", "current_offset", "show_caches", "adaptive"], required: 1)
            let code = try codeObject(of: b[0]!)
            let firstLine = b[1].flatMap { $0.isNone ? nil : $0 } ?? .int(code.firstlineno)
            let d = a[0].object!.dict!
            d.setItem("_original_object", b[0]!)
            d.setItem("codeobj", .object(PyCode(code)))
            d.setItem("first_line", firstLine)
            d.setItem("_line_offset", .int(try Protocol.index(firstLine) - code.firstlineno))
            d.setItem("current_offset", b[2] ?? .none)
            d.setItem("show_caches", b[3] ?? .false)
            d.setItem("adaptive", b[4] ?? .false)
            return .none
        }
        func fields(_ v: PyValue) throws(PyException) -> (CodeObject, Int) {
            guard let d = v.object?.dict, let code = d.lookup("codeobj")?.as(PyCode.self)?.code else {
                throw .typeError("Bytecode object is not initialised")
            }
            return (code, try Protocol.index(d.lookup("_line_offset") ?? .int(0)))
        }
        t.addMethod("__iter__") { (a) throws(PyException) -> PyValue in
            let (code, offset) = try fields(a[0])
            return try Protocol.getIter(.object(PyList(instructions(code, lineOffset: offset))))
        }
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            let original = a[0].object?.dict?.lookup("_original_object") ?? .none
            return .str("\(a[0].type.name)(\(try Protocol.repr(original)))")
        }
        t.addMethod("dis") { (a) throws(PyException) -> PyValue in
            .str(Disassembler.disassemble(try fields(a[0]).0, codeAddress: address(of:)))
        }
        return t
    }()

    /// Adds the instruction API and the opcode tables to the module dict.
    static func installInstructionAPI(_ d: PyDict) {
        d.setItem("Positions", .object(positionsType))
        d.setItem("Instruction", .object(instructionType))
        d.setItem("Bytecode", .object(bytecodeType))
        d.setItem("UNKNOWN", unknown)
        d.setItem("get_instructions", .object(PyBuiltinFunction(name: "get_instructions", module: "dis") {
            (a) throws(PyException) -> PyValue in
            let b = try a.bind("get_instructions", ["x", "first_line", "show_caches", "adaptive"], required: 1)
            let code = try codeObject(of: b[0]!)
            var offset = 0
            if let first = b[1], !first.isNone { offset = try Protocol.index(first) - code.firstlineno }
            return try Protocol.getIter(.object(PyList(instructions(code, lineOffset: offset))))
        }))

        // Lib/opcode.py's tables, from the Opcode enum (specialised forms are not in them).
        var names = (0..<256).map { PyValue.str("<\($0)>") }
        let opmap = PyDict()
        var has: [String: [PyValue]] = [:]
        for op in Opcode.allCases {
            names[Int(op.rawValue)] = .str(op.name)
            opmap.setItem(op.name, .int(Int(op.rawValue)))
            let table: String?
            switch op.operandKind {
            case .const, .kwNames: table = "hasconst"
            case .name, .globalName: table = "hasname"
            case .local: table = "haslocal"
            case .free: table = "hasfree"
            case .jumpForward, .jumpBackward: table = "hasjrel"
            case .compare: table = "hascompare"
            default: table = nil
            }
            if let table { has[table, default: []].append(.int(Int(op.rawValue))) }
        }
        d.setItem("opname", .object(PyList(names)))
        d.setItem("opmap", .object(opmap))
        for table in ["hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "hasnargs"] {
            d.setItem(table, .object(PyList((has[table] ?? []).sorted { a, b in IntMath.small(a)! < IntMath.small(b)! })))
        }
        d.setItem("cmp_op", .object(PyTuple(["<", "<=", "==", "!=", ">", ">="].map { PyValue.str($0) })))
        d.setItem("HAVE_ARGUMENT", .int(90))
        d.setItem("EXTENDED_ARG", .int(Int(Opcode.extendedArg.rawValue)))
    }

    /// Lib/dis.py's `_get_code_object`: the code behind a method, function, generator, code
    /// object or source string.
    static func codeObject(of value: PyValue) throws(PyException) -> CodeObject {
        var x = value
        if let m = x.as(PyMethod.self) { x = m.function }
        if let sm = x.as(PyStaticMethod.self) { x = sm.function }
        if let cm = x.as(PyClassMethod.self) { x = cm.function }
        if let f = x.as(PyFunction.self) { return f.code }
        if let g = x.as(PyGenerator.self) { return g.frame.runtime.code }
        if let c = x.as(PyCode.self) { return c.code }
        if let s = x.as(PyStr.self) {
            let interp = Interpreter.shared
            do throws(PyException) {
                return try interp.compileSource(s.value, filename: "<disassembly>", mode: .eval)
            } catch {
                return try interp.compileSource(s.value, filename: "<disassembly>", mode: .exec)
            }
        }
        throw .typeError("don't know how to disassemble \(x.type.name) objects")
    }

    /// The `Instruction` tuples of `code`, EXTENDED_ARG prefixes included as `dis` shows them.
    static func instructions(_ code: CodeObject, lineOffset: Int) -> [PyValue] {
        code.instructions(includeExtendedArg: true, codeAddress: address(of:)).map { ins in
            let p = ins.position
            func optional(_ n: Int?) -> PyValue { n.map { .int($0) } ?? .none }
            let positions = StructSequence.make(positionsType, [
                optional(p.lineno), optional(p.endLineno), optional(p.colOffset), optional(p.endColOffset),
            ])
            return StructSequence.make(instructionType, [
                .str(ins.opcode.name), .int(Int(ins.opcode.rawValue)), optional(ins.arg),
                argval(ins), .str(ins.argrepr), .int(ins.offset),
                optional(ins.startsLine.map { $0 + lineOffset }), .bool(ins.isJumpTarget), positions,
            ])
        }
    }

    /// `Instruction.argval` as dis computes it: the constant, name, jump target or comparison
    /// itself; FORMAT_VALUE's (converter, has_format) pair; otherwise the oparg.
    private static func argval(_ ins: Instruction) -> PyValue {
        switch ins.argval {
        case .none: return ins.arg.map { .int($0) } ?? .none
        case .number(let n):
            guard ins.opcode == .formatValue else { return .int(n) }
            let converter = [nil, "str", "repr", "ascii"][n & 0x3].flatMap { Runtime.builtins.lookup($0) } ?? .none
            return .object(PyTuple([converter, .bool(n & 0x4 != 0)]))
        case .constant(let c):
            return ins.opcode == .kwNames ? unknown : CodeRuntime.value(of: c)
        case .name(let s), .compare(let s): return .str(s)
        case .jumpTarget(let t): return .int(t)
        }
    }

    /// A `collections.namedtuple`-like type of module `dis`: a tuple subclass with a getter per
    /// field and the `Name(field=value, ...)` repr.
    private static func namedTuple(_ name: String, _ fields: [String]) -> PyType {
        let t = StructSequence.makeType(name, module: "dis", fields: fields)
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            guard let tuple = a[0].object as? PyTuple else { return .str("\(name)()") }
            var parts: [String] = []
            for (field, value) in zip(fields, tuple.elements) { parts.append("\(field)=\(try Protocol.repr(value))") }
            return .str("\(name)(" + parts.joined(separator: ", ") + ")")
        }
        t.addAttribute("_fields", .object(PyTuple(fields.map { PyValue.str($0) })))
        return t
    }
}
