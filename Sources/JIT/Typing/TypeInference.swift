import PyRuntime

/// Numba's type inference (numba.core.typeinfer), as a fixed point over the IR: each variable's
/// type is the unification of what every assignment to it gives; the return type unifies every
/// returned value. Calls to other jitted functions compile them for the argument types found.
struct TypeInference {
    let ir: NumbaIR
    let argTypes: [NumbaType]
    let dispatcher: Dispatcher
    private(set) var types: [String: NumbaType] = [:]
    private(set) var returnType: NumbaType?
    /// The signature each call resolved to, by the call's target variable.
    private(set) var callSignatures: [String: NumbaType] = [:]
    /// Each call to a jitted function, by target variable: the callee and its arguments in
    /// parameter order (keywords placed, defaults filled in).
    private(set) var callees: [String: Callee] = [:]

    struct Callee {
        let dispatcher: Dispatcher
        let argTypes: [NumbaType]
        let arguments: [Argument]
    }

    enum Argument {
        case variable(String)
        case constant(PyValue)
    }

    init(ir: NumbaIR, argTypes: [NumbaType], dispatcher: Dispatcher) {
        self.ir = ir
        self.argTypes = argTypes
        self.dispatcher = dispatcher
    }

    mutating func run() throws(JITError) {
        if let i = argTypes.firstIndex(where: { $0.containsComplex }) {
            throw .typing(message: "Jitbook's nopython mode has no complex numbers yet (argument \(i) is \(argTypes[i]))",
                          line: ir.firstLine, during: "typing of argument")
        }
        if let i = argTypes.firstIndex(where: { $0.unliteral == .unicode }) {
            throw .typing(message: "Jitbook's nopython mode takes no str arguments yet (argument \(i))",
                          line: ir.firstLine, during: "typing of argument")
        }
        // Everything but calls to jitted functions first, so a function's non-recursive
        // returns give it a return type before a (mutually) recursive call needs it.
        try propagate(callingJitted: false)
        try propagate(callingJitted: true)
        try finish()
    }

    private var callingJitted = true

    private mutating func propagate(callingJitted: Bool) throws(JITError) {
        self.callingJitted = callingJitted
        var changed = true
        var rounds = 0
        while changed && rounds < 100 {
            changed = false
            rounds += 1
            for block in ir.blocks {
                for s in block.statements {
                    switch s {
                    case .assign(let target, let value, let line):
                        guard let t = try type(of: value, target: target, line: line) else { continue }
                        if let old = types[target] {
                            guard let u = NumbaType.unify(old, t) else {
                                throw .unify(variable: target, old, t, line: definitionLine(of: target, assignedAt: line))
                            }
                            if u != old { types[target] = u; changed = true }
                        } else {
                            types[target] = t
                            changed = true
                        }
                    case .setitem(let target, let index, let value, let line):
                        guard let tt = types[target], let it = types[index], let vt = types[value] else { continue }
                        guard tt.elementType != nil, Self.indexesOneElement(tt, it), vt.isNumber,
                              vt.unliteral != .complex128 else {
                            throw .typing(message: "No implementation of function Function(<built-in function setitem>) found for signature:\n \n >>> setitem(\(tt), \(it.unliteral), \(vt.unliteral))",
                                          line: line, during: "typing of setitem")
                        }
                    case .ret(let v, let line):
                        guard let t = types[v] else { continue }
                        let r = t.unliteral
                        if let old = returnType {
                            guard NumbaType.unify(old, r) != nil else { throw returnTypesError() }
                            let u = NumbaType.unify(old, r)!
                            if u != old { returnType = u; changed = true }
                        } else {
                            returnType = r
                            changed = true
                        }
                        // Recursive calls (direct or through other functions) read it meanwhile.
                        dispatcher.publish(returnType, for: argTypes)
                    default: break
                    }
                }
            }
        }
    }

    private mutating func finish() throws(JITError) {
        // Every value needs a type: what is left untyped could not be inferred (a recursion
        // with no other way out, say).
        for block in ir.blocks {
            for case .assign(let t, _, let line) in block.statements where types[t] == nil {
                throw .typing(message: "cannot determine Numba type of '\(t)': no path gives it a type (a recursion with no base case?)",
                              line: line, during: nil)
            }
        }
        // Only what can be handed back to Python may be returned.
        if let r = returnType, !Self.boxable(r) {
            var line = ir.firstLine
            for b in ir.blocks { for case .ret(_, let l) in b.statements { line = l } }
            throw .typing(message: "Jitbook cannot return a value of type \(r) to Python yet", line: line, during: nil)
        }
        // Return casts take the function's return type.
        for block in ir.blocks {
            for case .assign(let t, .cast, _) in block.statements { types[t] = returnType ?? .none }
        }
        if returnType == nil { returnType = NumbaType.none }
    }

    /// Where Numba says a variable is defined: the line of its assignment, or for a name that
    /// joins several paths (an SSA phi, assigned in each predecessor) the line that reads it.
    private func definitionLine(of variable: String, assignedAt line: Int) -> Int {
        var assignments = 0
        for b in ir.blocks { for case .assign(let t, _, _) in b.statements where t == variable { assignments += 1 } }
        guard assignments > 1 else { return line }
        for b in ir.blocks { for s in b.statements where s.uses.contains(variable) { return s.line } }
        return line
    }

    /// Every return with the type of what it returns, for "Can't unify return type".
    private func returnTypesError() -> JITError {
        var returns: [(name: String, type: NumbaType, line: Int)] = []
        for b in ir.blocks {
            for case .ret(let v, let line) in b.statements {
                if let t = types[v] { returns.append((v, t, line)) }
            }
        }
        return .returnTypes(returns)
    }

    /// An eager signature's return type: the result is cast to it.
    mutating func declareReturnType(_ t: NumbaType) {
        returnType = t
        for block in ir.blocks {
            for case .assign(let target, .cast, _) in block.statements { types[target] = t }
        }
    }

    private mutating func type(of e: NumbaIR.Expr, target: String, line: Int) throws(JITError) -> NumbaType? {
        func known(_ v: String) -> NumbaType? { types[v] }
        switch e {
        case .arg(let i, _): return argTypes[i]
        case .const(let v): return try Self.constantType(v, line: line)
        case .global(let name, let value): return try globalType(name, value, line: line)
        case .variable(let v): return known(v)
        case .cast(let v): return known(v)
        case .getattr(let v, let attr):
            guard let t = known(v) else { return nil }
            if case .module(let m) = t, let resolved = Self.moduleAttribute(m, attr) { return resolved }
            if case .array(_, let ndim, _) = t {
                switch attr {
                case "shape", "strides": return .tuple(Array(repeating: .int64, count: ndim))
                case "size", "ndim", "itemsize", "nbytes": return .int64
                default: break
                }
            }
            throw .typing(message: "Unknown attribute '\(attr)' of type \(t)", line: line, during: "typing of get attribute")
        case .binop(let op, let a, let b), .inplaceBinop(let op, let a, let b):
            guard let x = known(a), let y = known(b) else { return nil }
            guard let t = Self.binaryResult(op, x.unliteral, y.unliteral) else {
                throw .typing(message: "No implementation of function Function(<built-in function \(op.functionName)>) found for signature:\n \n >>> \(op.functionName)(\(x.unliteral), \(y.unliteral))",
                              line: line, during: "typing of intrinsic-call")
            }
            return t
        case .unary(let op, let v):
            guard let x = known(v)?.unliteral else { return nil }
            switch op {
            case .not:
                guard x.isNumber else {
                    throw .typing(message: "No implementation of function Function(<built-in function not_>) found for signature:\n \n >>> not_(\(x))",
                                  line: line, during: "typing of intrinsic-call")
                }
                return .boolean
            case .neg, .pos:
                guard x.isNumber else {
                    let name = op == .neg ? "neg" : "pos"
                    throw .typing(message: "No implementation of function Function(<built-in function \(name)>) found for signature:\n \n >>> \(name)(\(x))",
                                  line: line, during: "typing of intrinsic-call")
                }
                return x == .boolean ? .int64 : x
            case .invert:
                // ~ of a bool is `not` in Numba; of a float there is none.
                if x == .boolean { return .boolean }
                guard x == .int64 else {
                    throw .typing(message: "No implementation of function Function(<built-in function invert>) found for signature:\n \n >>> invert(\(x))",
                                  line: line, during: "typing of intrinsic-call")
                }
                return .int64
            }
        case .call(let f, let args, let kws):
            guard let ft = known(f) else { return nil }
            if case .dispatcher(let d) = ft {
                guard callingJitted else { return nil }
                return try dispatcherCall(d, args, kws, target: target, line: line)
            }
            if ft == .function("print"), !kws.isEmpty {
                throw .typing(message: "Numba's print() function implementation does not support keyword arguments.",
                              line: line, during: nil)
            }
            guard kws.isEmpty else {
                throw .typing(message: "keyword arguments are not supported for \(ft)", line: line, during: "resolving callee type: \(ft)")
            }
            var argTypes: [NumbaType] = []
            for a in args {
                guard let t = known(a) else { return nil }
                argTypes.append(t)
            }
            guard let result = try callResult(ft, argTypes, target: target, line: line) else { return nil }
            // min and max take *args: Numba shows their one tuple argument.
            let shown = ft == .function("min") || ft == .function("max") ? [NumbaType.tuple(argTypes.map(\.unliteral))]
                : argTypes.map(\.unliteral)
            callSignatures[target] = .callSignature(shown, result)
            return result
        case .getiter(let v):
            guard let t = known(v) else { return nil }
            if case .array(_, 1, _) = t, t.elementType != nil { return .arrayIter(t) }
            if case .enumerate = t { return t }
            guard t == .rangeState else {
                throw .typing(message: "Unsupported iteration over \(t)", line: line, during: "typing of get iterator")
            }
            return .rangeIter
        case .iternext(let v):
            guard let it = known(v), let item = it.yieldType else { return nil }
            return .pair(item, .boolean)
        case .pairFirst(let v):
            guard case .pair(let first, _)? = known(v) else { return nil }
            return first
        case .pairSecond: return .boolean
        case .buildTuple(let items):
            var ts: [NumbaType] = []
            for i in items {
                guard let t = known(i) else { return nil }
                ts.append(t.unliteral)
            }
            return .tuple(ts)
        case .exhaustIter(let v, let n):
            guard let t = known(v) else { return nil }
            guard case .tuple(let items) = t, items.count == n else {
                throw .typing(message: "cannot unpack \(t) into \(n) values", line: line, during: "typing of exhaust iter")
            }
            return t
        case .staticGetitem(let v, let i, _):
            guard let t = known(v) else { return nil }
            if let element = t.elementType, case .array(_, 1, _) = t { return element }
            guard case .tuple(let items) = t else {
                throw .typing(message: "No implementation of function Function(<built-in function getitem>) found for signature:\n \n >>> getitem(\(t), Literal[int](\(i)))", line: line, during: "typing of static-get-item")
            }
            let k = i < 0 ? i + items.count : i
            guard k >= 0 && k < items.count else {
                throw .typing(message: "tuple index out of range", line: line, during: "typing of static-get-item")
            }
            return items[k]
        case .getitem(let v, let index):
            guard let t = known(v), let it = known(index) else { return nil }
            if let element = t.elementType, Self.indexesOneElement(t, it) { return element }
            if case .tuple(let items) = t, let first = items.first, items.allSatisfy({ $0 == first }), it.isInteger {
                return first
            }
            throw .typing(message: "No implementation of function Function(<built-in function getitem>) found for signature:\n \n >>> getitem(\(t), \(it.unliteral))", line: line, during: "typing of intrinsic-call")
        }
    }

    static let mathFunctions: Set<String> = ["sqrt", "exp", "log", "log10", "log2", "log1p", "expm1", "sin", "cos", "tan",
                                              "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "floor", "ceil",
                                              "fabs", "pow", "hypot", "isnan", "isinf", "isfinite", "trunc", "copysign"]

    /// Whether a compiled function's result can become a Python value.
    static func boxable(_ t: NumbaType) -> Bool {
        switch t.unliteral {
        case .int64, .float64, .boolean, .none, .array: return true
        case .tuple(let items): return items.allSatisfy(boxable)
        default: return false
        }
    }

    /// Whether `index` picks one element of array type `t`: an integer for 1-D, a tuple of
    /// `ndim` integers otherwise (slices come later).
    static func indexesOneElement(_ t: NumbaType, _ index: NumbaType) -> Bool {
        guard case .array(_, let ndim, _) = t else { return false }
        if ndim == 1 { return index.isInteger }
        if case .tuple(let items) = index.unliteral { return items.count == ndim && items.allSatisfy(\.isInteger) }
        return false
    }

    /// Functions of modules that nopython code calls natively.
    static let moduleFunctions: Set<String> = ["numpy.linalg.qr", "numpy.zeros", "numpy.ones", "numpy.empty"]

    /// NumPy's scalar types as dtype arguments (`np.zeros(n, np.int64)`).
    static let dtypeNames: [String: String] = ["float64": "float64", "int64": "int64", "bool_": "bool", "bool": "bool",
                                               "double": "float64", "int_": "int64"]

    /// The type of `module.attr`: a submodule, a function nopython mode knows, a number; nil
    /// when Numba would find no type for it ("Unknown attribute"). A module's lazy attributes
    /// (PEP 562 `__getattr__`) are not asked for, except NumPy's submodules.
    static func moduleAttribute(_ m: PyModule, _ attr: String) -> NumbaType? {
        if m.name == "math" {
            if ["pi", "e", "inf", "nan", "tau"].contains(attr) { return .float64 }
            if mathFunctions.contains(attr) { return .function("math.\(attr)") }
            return nil
        }
        if moduleFunctions.contains("\(m.name).\(attr)") { return .function("\(m.name).\(attr)") }
        if m.name == "numpy", let dtype = dtypeNames[attr] { return .numberClass(dtype) }
        var value = m.dict?.lookup(attr)
        if value == nil && m.name == "numpy" { value = try? Protocol.getAttr(.object(m), Names.intern(attr)) }
        guard let value else { return nil }
        switch value {
        case .object(let o as PyModule): return .module(o)
        case .int(let i): return .intLiteral(i)
        case .float: return .float64
        case .bool(let b): return .boolLiteral(b)
        default: return nil
        }
    }

    static func constantType(_ v: PyValue, line: Int) throws(JITError) -> NumbaType {
        switch v {
        case .int(let i): return .intLiteral(i)
        case .bool(let b): return .boolLiteral(b)
        case .float: return .float64
        case .none: return .none
        case .object(let o):
            if let s = o as? PyStr { return .strLiteral(s.value) }
            if o is PyComplex {
                throw .typing(message: "Jitbook's nopython mode has no complex numbers yet", line: line, during: nil)
            }
            if let t = o as? PyTuple {
                var items: [NumbaType] = []
                for e in t.elements { items.append(try constantType(e, line: line).unliteral) }
                return .tuple(items)
            }
        default: break
        }
        throw .typing(message: "Unsupported constant \(v.type.name)", line: line, during: nil)
    }

    private func globalType(_ name: String, _ value: PyValue, line: Int) throws(JITError) -> NumbaType {
        if case .object(let o) = value {
            if let d = o as? Dispatcher { return .dispatcher(d) }
            if let m = o as? PyModule { return .module(m) }
            if let b = o as? PyBuiltinFunction {
                if b.moduleName == "math", Self.mathFunctions.contains(b.name) { return .function("math.\(b.name)") }
                if ["abs", "min", "max", "round", "print", "len"].contains(b.name) { return .function(b.name) }
            }
            if let t = o as? PyType, t.name == "enumerate", t === Runtime.builtins.lookup("enumerate")?.object {
                return .function("enumerate")
            }
            if let t = o as? PyType, ["range", "int", "float", "bool"].contains(t.name), t === Runtime.builtins.lookup(t.name)?.object {
                return .function(t.name)
            }
        }
        switch value {
        case .int(let i): return .intLiteral(i)
        case .float: return .float64
        case .bool: return .boolean
        default: break
        }
        throw .untypedGlobal(name, line: line)
    }

    /// The result of calling a function of type `f`.
    private mutating func callResult(_ f: NumbaType, _ args: [NumbaType], target: String, line: Int) throws(JITError) -> NumbaType? {
        let plain = args.map(\.unliteral)
        func fail() -> JITError {
            .typing(message: "No implementation of function \(f) found for signature:\n \n >>> \(f.shortName)(\(plain.map(\.description).joined(separator: ", ")))",
                    line: line, during: "resolving callee type: \(f)")
        }
        switch f {
        case .function(let name):
            switch name {
            case "print":
                return NumbaType.none
            case "len":
                guard plain.count == 1 else { throw fail() }
                switch plain[0] {
                case .tuple, .array: return .int64
                default: throw fail()
                }
            case "range":
                guard (1...3).contains(plain.count), plain.allSatisfy({ $0 == .int64 || $0 == .boolean }) else { throw fail() }
                return .rangeState
            case "abs":
                guard plain.count == 1, plain[0].isNumber, plain[0] != .complex128 else { throw fail() }
                return plain[0] == .boolean ? .int64 : plain[0]
            case "min", "max":
                guard plain.count >= 2, plain.allSatisfy({ $0.isNumber && $0 != .complex128 }) else { throw fail() }
                var t = plain[0]
                for a in plain.dropFirst() { t = NumbaType.unify(t, a)! }
                return t
            case "int":
                guard plain.count == 1, plain[0].isNumber, plain[0] != .complex128 else { throw fail() }
                return .int64
            case "float":
                guard plain.count == 1, plain[0].isNumber, plain[0] != .complex128 else { throw fail() }
                return .float64
            case "bool":
                guard plain.count == 1 else { throw fail() }
                if case .tuple = plain[0] { return .boolean }
                if plain[0] == .none { return .boolean }
                if case .strLiteral = args[0] { return .boolean }
                guard plain[0].isNumber else { throw fail() }
                return .boolean
            case "round":
                guard (1...2).contains(plain.count), plain[0].isNumber, plain.count == 1 || plain[1].isInteger else { throw fail() }
                // With ndigits Numba gives a float, for an int too (round(1234, -2) is 1200.0).
                return plain.count == 1 ? .int64 : .float64
            case "enumerate":
                guard (1...2).contains(plain.count), plain.count == 1 || plain[1].isInteger else { throw fail() }
                switch plain[0] {
                case .rangeState: return .enumerate(.rangeIter)
                case .array(_, 1, _) where plain[0].elementType != nil: return .enumerate(.arrayIter(plain[0]))
                default: throw fail()
                }
            case "numpy.zeros", "numpy.ones", "numpy.empty":
                // A shape (an int or a tuple of ints) and optionally a dtype.
                guard (1...2).contains(plain.count) else { throw fail() }
                let ndim: Int
                switch plain[0] {
                case let t where t.isInteger: ndim = 1
                case .tuple(let items) where items.allSatisfy(\.isInteger) && !items.isEmpty: ndim = items.count
                default: throw fail()
                }
                var dtype = "float64"
                if plain.count == 2 {
                    guard case .numberClass(let d) = plain[1] else { throw fail() }
                    dtype = d
                }
                return .array(dtype: dtype, ndim: ndim, layout: "C")
            case "numpy.linalg.qr":
                guard plain.count == 1, case .array(let dtype, 2, _) = plain[0], dtype == "float64" else { throw fail() }
                let matrix = NumbaType.array(dtype: "float64", ndim: 2, layout: "C")
                return .tuple([matrix, matrix])
            case let m where m.hasPrefix("math."):
                let fn = String(m.dropFirst(5))
                let arity = ["atan2", "pow", "hypot", "copysign"].contains(fn) ? 2 : 1
                guard plain.count == arity, plain.allSatisfy({ $0.isNumber && $0 != .complex128 }) else { throw fail() }
                if ["isnan", "isinf", "isfinite"].contains(fn) { return .boolean }
                if ["floor", "ceil", "trunc"].contains(fn) { return .int64 }
                return .float64
            default:
                throw fail()
            }
        default:
            throw .typing(message: "Cannot call \(f)", line: line, during: nil)
        }
    }

    /// A call to another jitted function (or this one): arguments bound to its parameters,
    /// then its specialisation for those types compiled, or, while that one is still being
    /// typed (recursion), the return type it has so far.
    private mutating func dispatcherCall(_ d: Dispatcher, _ args: [String], _ kws: [(String, String)], target: String,
                                         line: Int) throws(JITError) -> NumbaType? {
        let callee = d.pyFunction
        let names = Array(callee.code.varnames.prefix(callee.code.argcount))
        var bound: [Argument?] = Array(repeating: nil, count: names.count)
        let defaults = callee.defaults
        // Numba's words: "Cannot bind 'args=(…) kws={…}' to signature '(a, b=2)' due to …",
        // with inspect.Signature.bind's reason.
        func fail(_ reason: String) -> JITError {
            let argText = args.compactMap { self.types[$0]?.description }
            let kwText = kws.map { "'\($0.0)': \(self.types[$0.1]?.description ?? "?")" }.joined(separator: ", ")
            let parameters = names.enumerated().map { (i, n) -> String in
                let k = i - (names.count - defaults.count)
                return k >= 0 ? "\(n)=\((try? Protocol.repr(defaults[k])) ?? "?")" : n
            }.joined(separator: ", ")
            let message = "Cannot bind 'args=(\(argText.joined(separator: ", "))\(argText.count == 1 ? "," : "")) kws={\(kwText)}' to signature '(\(parameters))' due to \"TypeError: \(reason)\"."
            return .typing(message: message, line: line, during: "resolving callee type: \(NumbaType.dispatcher(d))")
        }
        guard args.count <= names.count else { throw fail("too many positional arguments") }
        for (i, a) in args.enumerated() { bound[i] = .variable(a) }
        for (name, v) in kws {
            guard let i = names.firstIndex(of: name) else { throw fail("got an unexpected keyword argument '\(name)'") }
            guard bound[i] == nil else { throw fail("multiple values for argument '\(name)'") }
            bound[i] = .variable(v)
        }
        for i in bound.indices where bound[i] == nil {
            let k = i - (names.count - defaults.count)
            guard k >= 0 else { throw fail("missing a required argument: '\(names[i])'") }
            bound[i] = .constant(defaults[k])
        }
        var types: [NumbaType] = []
        for b in bound {
            switch b! {
            case .variable(let v):
                guard let t = types_(v) else { return nil }
                types.append(t.unliteral)
            case .constant(let c):
                types.append(try Self.constantType(c, line: line).unliteral)
            }
        }
        // With eager signatures, only those: the arguments convert to the best one.
        if d.explicitSignatures && !d.isCompiling(types) {
            let ranked = d.rankedOverloads(for: types)
            guard let best = ranked.first, ranked.filter({ $0.0 == best.0 }).count == 1 else {
                throw fail("no matching definition for argument types (\(types.map(\.description).joined(separator: ", ")))")
            }
            types = best.1.argTypes
        }
        callees[target] = Callee(dispatcher: d, argTypes: types, arguments: bound.map { $0! })
        let result: NumbaType?
        if d.isCompiling(types) {
            result = d.partialReturnType(for: types)
        } else {
            do throws(JITError) {
                result = try d.compile(types).returnType
            } catch {
                throw .callee(error, d, line: line)
            }
        }
        guard let result else { return nil }
        callSignatures[target] = .callSignature(types, result)
        return result
    }

    private func types_(_ v: String) -> NumbaType? { types[v] }

    /// Python's arithmetic and comparisons on Numba's numeric types.
    static func binaryResult(_ op: NumbaIR.BinaryOp, _ x: NumbaType, _ y: NumbaType) -> NumbaType? {
        if op == .is || op == .isNot { return .boolean }
        guard x.isNumber && y.isNumber else {
            // Tuples compare element by element; none equals none.
            if op == .eq || op == .ne {
                if case .tuple(let p) = x, case .tuple(let q) = y, p.count == q.count,
                   zip(p, q).allSatisfy({ binaryResult(op, $0.unliteral, $1.unliteral) != nil }) { return .boolean }
                if x == .unicode && y == .unicode { return .boolean }
                if x == .none && y == .none { return .boolean }
            }
            return nil
        }
        if op.isComparison { return x == .complex128 || y == .complex128 ? nil : .boolean }
        // Complex arithmetic is not lowered yet: no implementation, as Numba would say of a
        // type it has none for.
        if x == .complex128 || y == .complex128 { return nil }
        let float = x == .float64 || y == .float64
        switch op {
        case .truediv: return .float64
        case .and, .or, .xor:
            if x == .boolean && y == .boolean { return .boolean }
            return float ? nil : .int64
        case .lshift, .rshift: return float ? nil : .int64
        default: return float ? .float64 : .int64
        }
    }
}

extension NumbaType {
    /// The name a signature error shows for a function (`range`, `sqrt`).
    var shortName: String {
        if case .function(let n) = self { return String(n.split(separator: ".").last ?? "") }
        return description
    }
}
