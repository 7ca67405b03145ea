import PyRuntime

/// Numba's types for the values nopython mode compiles (numba.core.types), spelled as Numba
/// prints them in `inspect_types` and `.signatures`.
indirect enum NumbaType: Hashable, CustomStringConvertible {
    case int64
    case float64
    case boolean
    case complex128
    case none
    /// A string literal (what `print("...")` takes).
    case unicode
    /// An integer constant before unification (`Literal[int](0)`).
    case intLiteral(Int)
    /// `True` or `False` as a constant (`Literal[bool](True)`).
    case boolLiteral(Bool)
    /// A string constant (`Literal[str](one)`).
    case strLiteral(String)
    case tuple([NumbaType])
    case rangeState
    case rangeIter
    /// Iterating a 1-D array: its elements in order.
    case arrayIter(NumbaType)
    /// `enumerate(...)` over a range or array iterator.
    case enumerate(NumbaType)
    /// What `iternext` gives: the next value and whether there was one.
    case pair(NumbaType, NumbaType)
    /// A module used as a namespace (`math`, `numpy.linalg`).
    case module(PyModule)
    /// A NumPy scalar type used as a dtype (`np.float64`): `class(float64)` in Numba.
    case numberClass(String)
    /// A NumPy array: element type, dimensions, layout (`C`, `F` or `A`).
    case array(dtype: String, ndim: Int, layout: String)
    /// A global function that typing knows (`range`, `math.sqrt`, `abs`).
    case function(String)
    /// Another jitted function, called natively.
    case dispatcher(Dispatcher)
    /// The signature of a call as typing resolved it, shown on `call` statements.
    case callSignature([NumbaType], NumbaType)
    /// Anything in object mode.
    case pyobject

    static func == (a: NumbaType, b: NumbaType) -> Bool {
        switch (a, b) {
        case (.int64, .int64), (.float64, .float64), (.boolean, .boolean), (.complex128, .complex128),
             (.none, .none), (.unicode, .unicode), (.rangeState, .rangeState), (.rangeIter, .rangeIter),
             (.pyobject, .pyobject): return true
        case let (.intLiteral(x), .intLiteral(y)): return x == y
        case let (.boolLiteral(x), .boolLiteral(y)): return x == y
        case let (.strLiteral(x), .strLiteral(y)): return x == y
        case let (.tuple(x), .tuple(y)): return x == y
        case let (.pair(x1, x2), .pair(y1, y2)): return x1 == y1 && x2 == y2
        case let (.arrayIter(x), .arrayIter(y)), let (.enumerate(x), .enumerate(y)): return x == y
        case let (.module(x), .module(y)): return x === y
        case let (.numberClass(x), .numberClass(y)): return x == y
        case let (.function(x), .function(y)): return x == y
        case let (.array(d1, n1, l1), .array(d2, n2, l2)): return d1 == d2 && n1 == n2 && l1 == l2
        case let (.dispatcher(x), .dispatcher(y)): return x === y
        case let (.callSignature(x1, x2), .callSignature(y1, y2)): return x1 == y1 && x2 == y2
        default: return false
        }
    }

    func hash(into h: inout Hasher) { h.combine(description) }

    var description: String {
        switch self {
        case .int64: return "int64"
        case .float64: return "float64"
        case .boolean: return "bool"
        case .complex128: return "complex128"
        case .none: return "none"
        case .unicode: return "unicode_type"
        case .intLiteral(let v): return "Literal[int](\(v))"
        case .boolLiteral(let v): return "Literal[bool](\(v ? "True" : "False"))"
        case .strLiteral(let v): return "Literal[str](\(v))"
        case .tuple(let items):
            if let first = items.first, items.allSatisfy({ $0 == first }) {
                return "UniTuple(\(first) x \(items.count))"
            }
            return "Tuple(\(items.map(\.description).joined(separator: ", ")))"
        case .rangeState: return "range_state_int64"
        case .rangeIter: return "range_iter_int64"
        case .arrayIter(let a): return "iter(\(a))"
        case .enumerate(let inner): return "enumerate(\(inner))"
        case .pair(let a, let b): return "pair<\(a), \(b)>"
        case .module(let m): return "Module(\((try? Protocol.repr(.object(m))) ?? "<module '\(m.name)'>"))"
        case .array(let dtype, let ndim, let layout): return "array(\(dtype), \(ndim)d, \(layout))"
        case .numberClass(let dtype): return "class(\(dtype))"
        case .function(let name):
            if ["range", "int", "float", "bool", "enumerate"].contains(name) { return "Function(<class '\(name)'>)" }
            return "Function(<built-in function \(name.split(separator: ".").last ?? "")>)"
        case .dispatcher(let d): return "type(CPUDispatcher(\(d.pyFunction.name)))"
        case .callSignature(let args, let result):
            let list = args.map(\.repr).joined(separator: ", ")
            return "(\(list)\(args.count == 1 ? "," : "")) -> \(result)"
        case .pyobject: return "pyobject"
        }
    }

    /// The type a value keeps once it is stored in a variable that can change (literals widen).
    var unliteral: NumbaType {
        switch self {
        case .intLiteral: return .int64
        case .boolLiteral: return .boolean
        case .strLiteral: return .unicode
        case .tuple(let items): return .tuple(items.map(\.unliteral))
        default: return self
        }
    }

    /// An array's element type, for the dtypes nopython code reads and writes.
    var elementType: NumbaType? {
        guard case .array(let dtype, _, _) = self else { return nil }
        switch dtype {
        case "float64": return .float64
        case "int64": return .int64
        case "bool": return .boolean
        default: return nil
        }
    }

    /// What an iterator of this type yields.
    var yieldType: NumbaType? {
        switch self {
        case .rangeIter: return .int64
        case .arrayIter(let a): return a.elementType
        case .enumerate(let inner): return inner.yieldType.map { .tuple([.int64, $0]) }
        default: return nil
        }
    }

    var containsComplex: Bool {
        if case .tuple(let items) = self { return items.contains { $0.containsComplex } }
        return self == .complex128
    }

    var isInteger: Bool { self == .int64 || { if case .intLiteral = self { return true }; return false }() }
    var isNumber: Bool {
        let t = unliteral
        return t == .int64 || t == .float64 || t == .boolean || t == .complex128
    }

    /// Numba's unification of two types a variable takes on different paths; nil when they
    /// cannot meet ("Cannot unify int64 and unicode_type").
    static func unify(_ a: NumbaType, _ b: NumbaType) -> NumbaType? {
        if a == b { return a }
        let (x, y) = (a.unliteral, b.unliteral)
        if x == y { return x }
        if x.isNumber && y.isNumber {
            if x == .complex128 || y == .complex128 { return .complex128 }
            if x == .float64 || y == .float64 { return .float64 }
            return .int64
        }
        if case .tuple(let p) = x, case .tuple(let q) = y, p.count == q.count {
            var items: [NumbaType] = []
            for (s, t) in zip(p, q) {
                guard let u = unify(s, t) else { return nil }
                items.append(u)
            }
            return .tuple(items)
        }
        return nil
    }
}
