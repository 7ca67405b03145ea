import CLLVM
import CSwiftRuntime
import PyBytecode
import PyRuntime

/// The options `jit`/`njit` take.
struct JITOptions {
    var nopython = false
    var forceobj = false
    var fastmath = false
    var boundscheck = false
}

/// Numba's `CPUDispatcher`: what `@jit` and `@njit` return. Decorating compiles nothing; each
/// call with a new tuple of argument types compiles a specialisation (an overload) first,
/// later calls with the same types reuse it.
final class Dispatcher: PyObject {
    let pyFunction: PyFunction
    var options: JITOptions
    private(set) var overloads: [CompiledOverload] = []
    /// Eager signatures (`@njit("int64(int64)")`) turn lazy compilation off.
    var explicitSignatures = false
    private static var serial = 0
    /// Specialisations being compiled now (recursion reaches them): their symbols and the
    /// return type their typing has found so far.
    private var compiling: [[NumbaType]: (symbol: String, returnType: NumbaType?)] = [:]

    func isCompiling(_ argTypes: [NumbaType]) -> Bool { compiling[argTypes] != nil }
    func partialReturnType(for argTypes: [NumbaType]) -> NumbaType? { compiling[argTypes]?.returnType }
    func publish(_ returnType: NumbaType?, for argTypes: [NumbaType]) { compiling[argTypes]?.returnType = returnType }

    /// The native symbol and return type of a specialisation, compiled or being compiled.
    func native(for argTypes: [NumbaType]) -> (symbol: String, returnType: NumbaType)? {
        if let o = overload(for: argTypes) { return (o.symbol, o.returnType) }
        if let c = compiling[argTypes] { return (c.symbol, c.returnType ?? .none) }
        return nil
    }

    init(_ function: PyFunction, options: JITOptions) {
        pyFunction = function
        self.options = options
        super.init(type: DispatcherType.type)
    }

    func discardOverloads() {
        overloads.removeAll()
        last = nil
    }

    func overload(for argTypes: [NumbaType]) -> CompiledOverload? {
        overloads.first { $0.argTypes == argTypes }
    }

    /// The specialisation for `argTypes`, compiled now if there is none yet.
    func compile(_ argTypes: [NumbaType], declaredReturn: NumbaType? = nil) throws(JITError) -> CompiledOverload {
        if let o = overload(for: argTypes) { return o }
        let overload = try compileNative(argTypes, declaredReturn: declaredReturn)
        overloads.append(overload)
        return overload
    }

    /// The untyped IR, as Numba's front end leaves it: SSA names, dels, the `arg` statements.
    private func untypedIR() throws(JITError) -> NumbaIR {
        let code = pyFunction.code
        var builder = IRBuilder(code: code, globals: pyFunction.globals, function: self)
        var ir = try builder.build()
        // Arguments come first in the entry block, as Numba's `arg` statements.
        var argStatements: [NumbaIR.Statement] = []
        for (i, name) in ir.argNames.enumerated() {
            argStatements.append(.assign(target: name, value: .arg(index: i, name: name), line: code.firstlineno))
        }
        ir.blocks[0].statements.insert(contentsOf: argStatements, at: 0)
        ir.reconstructSSA()
        ir.insertDels()
        return ir
    }

    private func compileNative(_ argTypes: [NumbaType], declaredReturn: NumbaType? = nil) throws(JITError) -> CompiledOverload {
        let ir = try untypedIR()
        Self.serial += 1
        let symbol = Self.mangle(pyFunction, argTypes, serial: Self.serial)
        compiling[argTypes] = (symbol, declaredReturn)
        defer { compiling[argTypes] = nil }
        var typing = TypeInference(ir: ir, argTypes: argTypes, dispatcher: self)
        try typing.run()
        if let declaredReturn { typing.declareReturnType(declaredReturn) }
        let engine = try ExecutionEngine.shared()
        let module = engine.makeModule(pyFunction.name)
        var lowering = Lowering(ir: ir, typing: typing, argTypes: argTypes, symbol: symbol, fastmath: options.fastmath,
                                boundscheck: options.boundscheck, engine: engine, module: module)
        try lowering.lower()
        let wrapper = lowering.lowerWrapper()
        let text = try engine.add(module)
        return CompiledOverload(argTypes: argTypes, returnType: typing.returnType ?? .none, symbol: symbol, wrapperSymbol: wrapper,
                                llvmIR: text, ir: ir, types: typing.types, callSignatures: typing.callSignatures)
    }

    /// Numba's Itanium-style name: `_ZN8__main__3addB2v1E` plus argument codes, made unique.
    static func mangle(_ f: PyFunction, _ args: [NumbaType], serial: Int) -> String {
        let module = (f.moduleName.object as? PyStr)?.value ?? "__main__"
        func part(_ s: String) -> String { "\(s.utf8.count)\(s)" }
        let codes = args.map { t -> String in
            switch t {
            case .int64: return "x"
            case .float64: return "d"
            case .boolean: return "b"
            default: return "v"
            }
        }.joined()
        return "_ZN\(part(module))\(part(f.name))B\(part("v\(serial)"))E\(codes.isEmpty ? "v" : codes)"
    }

    /// The overload the last call used: the next call tries it first.
    private var last: CompiledOverload?

    /// A call from Python. The common case (positional ints, floats and bools of the types the
    /// last call had) unboxes straight into slots on the stack; anything else takes `dispatch`.
    func call(_ args: Arguments) throws(PyException) -> PyValue {
        if let o = last, let entry = o.resolved, !args.hasKeywords, args.count == o.argTypes.count, o.argTypes.count <= 8 {
            let types = o.argTypes
            return try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 8 + 8) { (buffer) throws(PyException) -> PyValue in
                let slots = buffer.baseAddress!
                for i in 0..<types.count {
                    switch (types[i], args[i]) {
                    case (.int64, .int(let v)): slots[i] = UInt64(bitPattern: Int64(v))
                    case (.float64, .float(let v)): slots[i] = v.bitPattern
                    case (.boolean, .bool(let v)): slots[i] = v ? 1 : 0
                    default: return try dispatch(args)
                    }
                }
                var excinfo: Int64 = 0
                // Arrays the call makes live until its result is boxed, then go.
                ArrayArena.enter()
                defer { ArrayArena.leave() }
                let status = jitbook_call_guarded(entry, slots, slots + 8, &excinfo)
                if status != 0 { throw Self.failure(status, excinfo) }
                switch o.returnType {
                case .int64: return .int(Int(Int64(bitPattern: slots[8])))
                case .float64: return .float(Double(bitPattern: slots[8]))
                case .boolean: return .bool(slots[8] != 0)
                default:
                    var out = 0
                    return Typeof.box(o.returnType, slots + 8, at: &out)
                }
            }
        }
        return try dispatch(args)
    }

    /// The exception a compiled call ended with: its own, or RecursionError when it ran out
    /// of native stack (`jitbook_call_guarded` returns -1).
    private static func failure(_ status: Int32, _ excinfo: Int64) -> PyException {
        status < 0 ? PyException(Types.recursionError, "maximum recursion depth exceeded") : NativeExceptions.exception(at: excinfo)
    }

    /// Any call: the arguments' types pick (or compile) the overload.
    private func dispatch(_ args: Arguments) throws(PyException) -> PyValue {
        let code = pyFunction.code
        var values = Array(args.values[0..<args.count])
        if args.hasKeywords || values.count != code.argcount {
            values = try bind(args)
        }
        var argTypes: [NumbaType] = []
        argTypes.reserveCapacity(values.count)
        var argumentFailures: [JITError] = []
        for (i, v) in values.enumerated() {
            guard let t = Typeof.type(of: v) else {
                argumentFailures.append(.argument(index: i, typeName: Self.className(v)))
                argTypes.append(.pyobject)
                continue
            }
            argTypes.append(t)
        }
        // A native or object-mode overload for these types (an argument without a Numba type
        // counts as pyobject).
        let overload: CompiledOverload
        if let o = self.overload(for: argTypes) {
            overload = o
        } else if explicitSignatures {
            overload = try closestSignature(argTypes)
        } else {
            do throws(JITError) {
                if options.forceobj { overload = try objectModeOverload(argTypes) }
                else if let first = argumentFailures.first { throw first }
                else { overload = try compile(argTypes) }
            } catch {
                guard !options.nopython else { throw typingFailure(error, arguments: argumentFailures) }
                overload = try compileObjectMode(argTypes, reason: error)
            }
        }
        return try invoke(overload, values)
    }

    /// `forceobj=True`'s overload (its compile cannot fail).
    private func objectModeOverload(_ argTypes: [NumbaType]) throws(JITError) -> CompiledOverload {
        do { return try compileObjectMode(argTypes, reason: nil) } catch { throw .unsupported("object mode: \(error.value)") }
    }

    /// With eager signatures only those compile: a call takes the one its arguments convert to
    /// best (bool to int64 or float64 and int64 to float64 are allowed), as Numba's
    /// `resolve_overload` ranks them.
    private func closestSignature(_ argTypes: [NumbaType]) throws(PyException) -> CompiledOverload {
        let ranked = rankedOverloads(for: argTypes)
        guard let best = ranked.first else {
            throw .typeError("No matching definition for argument type(s) \(argTypes.map(\.description).joined(separator: ", "))")
        }
        let tied = ranked.filter { $0.0 == best.0 }
        if tied.count > 1 {
            let list = tied.map { PyNumbaSignature($0.1.argTypes, $0.1.returnType).text }.joined(separator: "\n")
            let args = argTypes.map(\.repr).joined(separator: ", ") + (argTypes.count == 1 ? "," : "")
            throw .typeError("Ambiguous overloading for \(try Protocol.repr(.object(pyFunction))) (\(args)):\n\(list)")
        }
        return best.1
    }

    /// The compiled overloads `argTypes` convert to, cheapest conversion first (exact, then
    /// bool to a number, int to float, and last float to int, which Numba allows as unsafe).
    func rankedOverloads(for argTypes: [NumbaType]) -> [(Int, CompiledOverload)] {
        func cost(_ from: NumbaType, _ to: NumbaType) -> Int? {
            if from.unliteral == to { return 0 }
            switch (from.unliteral, to) {
            case (.boolean, .int64), (.boolean, .float64): return 1
            case (.int64, .float64): return 2
            case (.float64, .int64): return 4
            case (.tuple(let a), .tuple(let b)) where a.count == b.count:
                var total = 0
                for (x, y) in zip(a, b) {
                    guard let c = cost(x, y) else { return nil }
                    total += c
                }
                return total
            default: return nil
            }
        }
        var ranked: [(Int, CompiledOverload)] = []
        for o in overloads where o.argTypes.count == argTypes.count {
            var total = 0
            var fits = true
            for (a, b) in zip(argTypes, o.argTypes) {
                guard let c = cost(a, b) else { fits = false; break }
                total += c
            }
            if fits { ranked.append((total, o)) }
        }
        return ranked.sorted { $0.0 < $1.0 }
    }

    /// Object mode: the function runs in the interpreter, for arguments of these types (each
    /// argument's Numba type, or pyobject). Numba 0.58's `@jit` falls back to it
    /// when nopython typing fails, warning as it does (`reason`); `forceobj=True` goes straight
    /// there, silently.
    private func compileObjectMode(_ argTypes: [NumbaType], reason: JITError?) throws(PyException) -> CompiledOverload {
        if let reason {
            let code = pyFunction.code
            var body = NumbaErrors.message(reason, pyFunction).split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
                .joined(separator: "\n")
            // 0.58 ends the reason at the source block: no pass name, no hint.
            if let end = body.range(of: "During: Pass nopython_type_inference") { body = String(body[..<end.lowerBound]) }
            while body.hasSuffix("\n\n") { body.removeLast() }
            let message = "\nCompilation is falling back to object mode WITHOUT looplifting enabled because Function \"\(pyFunction.name)\" failed type inference due to: \(body)"
            let module = (pyFunction.globals.lookup("__name__")?.object as? PyStr)?.value ?? "__main__"
            try Warnings.warn(NumbaErrors.type("NumbaWarning"), message, filename: code.filename, lineno: code.firstlineno,
                              module: module, registry: false)
        }
        let ir = (try? untypedIR()) ?? NumbaIR(blocks: [], argNames: [], firstLine: pyFunction.code.firstlineno)
        let overload = CompiledOverload(argTypes: argTypes, returnType: .pyobject, symbol: "", wrapperSymbol: nil, llvmIR: "",
                                        ir: ir, types: [:], callSignatures: [:])
        overloads.append(overload)
        return overload
    }

    func invoke(_ overload: CompiledOverload, _ values: [PyValue]) throws(PyException) -> PyValue {
        if !overload.isObjectMode && CompiledOverload.slotCount(overload.returnType) <= 8 { last = overload }
        let resolved: CompiledOverload.EntryPoint?
        do throws(JITError) { resolved = try overload.entry() } catch { throw typingFailure(error) }
        guard let entry = resolved else {
            return try Protocol.call(.object(pyFunction), values)
        }
        let inCount = overload.argTypes.reduce(0) { $0 + CompiledOverload.slotCount($1) }
        let outCount = max(1, CompiledOverload.slotCount(overload.returnType))
        return try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: inCount + outCount) { (buffer) throws(PyException) -> PyValue in
            let slots = buffer.baseAddress!
            var index = 0
            for (v, t) in zip(values, overload.argTypes) { try Typeof.unbox(v, as: t, into: slots, at: &index) }
            var excinfo: Int64 = 0
            ArrayArena.enter()
            defer { ArrayArena.leave() }
            let status = jitbook_call_guarded(entry, slots, slots + inCount, &excinfo)
            if status != 0 { throw Self.failure(status, excinfo) }
            var out = 0
            return Typeof.box(overload.returnType, slots + inCount, at: &out)
        }
    }

    /// `__main__.MyInt`, as "Cannot determine Numba type of <class '__main__.MyInt'>" names it.
    static func className(_ v: PyValue) -> String {
        let t = v.type
        let module = (t.dict?.lookup("__module__")?.object as? PyStr)?.value ?? "builtins"
        return module == "builtins" ? t.name : "\(module).\(t.name)"
    }

    /// Positional and keyword arguments matched to parameters, with defaults.
    private func bind(_ args: Arguments) throws(PyException) -> [PyValue] {
        let code = pyFunction.code
        let names = Array(code.varnames.prefix(code.argcount))
        var values: [PyValue?] = Array(repeating: nil, count: names.count)
        let positional = args.count
        // Numba's dispatcher words these its own way.
        guard positional <= names.count else {
            throw .typeError("too many arguments: expected \(names.count), got \(positional)")
        }
        for i in 0..<positional { values[i] = args.values[i] }
        for (k, name) in args.kwnames.enumerated() {
            guard let i = names.firstIndex(of: name.value) else { throw .typeError("some keyword arguments unexpected") }
            guard values[i] == nil else { throw .typeError("some keyword arguments unexpected") }
            values[i] = args.values[positional + k]
        }
        let defaults = pyFunction.defaults
        for i in values.indices where values[i] == nil {
            let d = i - (names.count - defaults.count)
            guard d >= 0 else {
                if args.kwnames.isEmpty {
                    throw .typeError("not enough arguments: expected at least \(names.count - defaults.count), got \(positional)")
                }
                throw .typeError("missing argument '\(names[i])'")
            }
            values[i] = defaults[d]
        }
        return values.map { $0! }
    }
}
