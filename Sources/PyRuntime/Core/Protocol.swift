import BigInt

/// The abstract object protocol (CPython's Objects/abstract.c and object.c): the operations the
/// eval loop and the builtins perform on any value.
///
/// Each operation handles the unboxed scalars inline and otherwise dispatches through the
/// dunder methods found on the value's type, so builtin types (whose dunders are native
/// functions installed in their dicts) and Python classes behave alike.
public enum Protocol {

    // MARK: Hashing (Python/pyhash.c: numeric hashes are reduced modulo 2**61 - 1)

    static let hashModulus: Int = (1 << 61) - 1

    /// `hash(v)`.
    public static func hash(_ v: PyValue) throws(PyException) -> Int {
        switch v {
        case .int(let i): return hash(int: i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return hash(double: d)
        case .none: return 0x5f3759df
        case .null: return 0
        case .object(let o):
            if let s = o as? PyStr { return hash(str: s) }
            if let l = o as? PyLong { return hash(bigInt: l.value) }
            // Tuples are the common compound dict key: hash without a method call.
            if let t = o as? PyTuple, t.type === Types.tuple { return try t.hashValue() }
            guard let method = o.type.lookup(Names.__hash__), !method.isNone else {
                throw .typeError("unhashable type: '\(o.type.name)'")
            }
            let r = try callMethod(method, self: v, [])
            switch r {
            case .int(let i): return i == -1 ? -2 : i
            case .bool(let b): return b ? 1 : 0
            case .object(let l as PyLong): return hash(bigInt: l.value)
            default: throw .typeError("__hash__ method should return an integer")
            }
        }
    }

    @inline(__always) public static func hash(int i: Int) -> Int {
        if i >= 0 && i < hashModulus { return i }
        let m = i.magnitude % UInt(hashModulus)
        var h = Int(m)
        if i < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    public static func hash(bigInt b: BigInt) -> Int {
        let m = Int(b.magnitude % BigUInt(hashModulus))
        let h = b.sign == .minus ? -m : m
        return h == -1 ? -2 : h
    }

    /// `_Py_HashDouble`: the value modulo 2**61 - 1, so integral floats hash like the equal int
    /// and `hash(0.5) == 2**60`; inf hashes to 314159. CPython hashes a nan by its object
    /// identity; an unboxed nan has none, so every nan hashes to 0 here (placement only).
    public static func hash(double d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(.towardZero), Swift.abs(d) < 9.2e18 { return hash(int: Int(d)) }
        let modulus = UInt(hashModulus)
        // frexp: d = m * 2**e with 0.5 <= |m| < 1.
        var e = Int(d.exponent) + 1
        var m = Swift.abs(d.significand) / 2
        var x: UInt = 0
        // Consume 28 bits of mantissa at a time, as CPython does.
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            m *= 268435456.0  // 2**28
            e -= 28
            let y = UInt(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        // Multiply by 2**e modulo 2**61 - 1: a rotation by e mod 61.
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt(e)) & modulus) | (x >> UInt(61 - e))
        var h = Int(bitPattern: d < 0 ? 0 &- x : x)
        if h == -1 { h = -2 }
        return h
    }

    /// The hash of a str, cached: CPython's with `PYTHONHASHSEED=0` (`SipHash`).
    @inline(__always) public static func hash(str s: PyStr) -> Int {
        if s.cachedHash != 0 { return s.cachedHash }
        var r = s.isASCII ? SipHash.hash(ascii: s.value) : SipHash.hash(text: s.value)
        // 0 marks "not computed"; only "" hashes to 0 and recomputing it is cheap.
        if r == 0 { return 0 }
        s.cachedHash = r
        return r
    }

    // MARK: Equality and comparison

    /// Dict-key equality: identity, then `==`.
    @inline(__always) public static func keysEqual(_ a: PyValue, _ b: PyValue) throws(PyException) -> Bool {
        if a.isIdentical(to: b) { return true }
        if case .object(let x as PyStr) = a, case .object(let y as PyStr) = b {
            return StrOps.equal(x, y)
        }
        return try equals(a, b)
    }

    /// `a == b` as a Bool.
    public static func equals(_ a: PyValue, _ b: PyValue) throws(PyException) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)): return Double(x) == y && Int(exactly: y) == x
        case (.float(let x), .int(let y)): return x == Double(y) && Int(exactly: x) == y
        case (.none, .none): return true
        case (.object(let x as PyStr), .object(let y as PyStr)): return StrOps.equal(x, y)
        case (.object(let x as PyTuple), .object(let y as PyTuple))
            where x.type === Types.tuple && y.type === Types.tuple:
            return try isTrue(Compare.sequenceCompare(x.elements, y.elements, .eq))
        default: return try isTrue(richCompare(a, b, .eq))
        }
    }

    public enum CompareOp: Int {
        case lt = 0, le, eq, ne, gt, ge
        var dunder: PyStr {
            switch self {
            case .lt: return Names.__lt__
            case .le: return Names.__le__
            case .eq: return Names.__eq__
            case .ne: return Names.__ne__
            case .gt: return Names.__gt__
            case .ge: return Names.__ge__
            }
        }
        /// The operation with operands swapped (`a < b` is `b > a`).
        var reflected: CompareOp {
            switch self {
            case .lt: return .gt
            case .le: return .ge
            case .eq: return .eq
            case .ne: return .ne
            case .gt: return .lt
            case .ge: return .le
            }
        }
        public var symbol: String {
            switch self {
            case .lt: return "<"
            case .le: return "<="
            case .eq: return "=="
            case .ne: return "!="
            case .gt: return ">"
            case .ge: return ">="
            }
        }
    }

    /// `PyObject_RichCompare`: tries the reflected method first when `b`'s type is a subclass of
    /// `a`'s, falls back to identity for `==`/`!=`, and raises CPython's TypeError otherwise.
    public static func richCompare(_ a: PyValue, _ b: PyValue, _ op: CompareOp) throws(PyException) -> PyValue {
        let ta = a.type, tb = b.type
        var checkedReflected = false
        if ta !== tb && tb.isSubtype(of: ta), let m = tb.lookup(op.reflected.dunder) {
            checkedReflected = true
            let r = try callMethod(m, self: b, a)
            if !r.isNotImplemented { return r }
        }
        if let m = ta.lookup(op.dunder) {
            let r = try callMethod(m, self: a, b)
            if !r.isNotImplemented { return r }
        }
        if !checkedReflected, let m = tb.lookup(op.reflected.dunder) {
            let r = try callMethod(m, self: b, a)
            if !r.isNotImplemented { return r }
        }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne: return .bool(!a.isIdentical(to: b))
        default:
            throw .typeError("'\(op.symbol)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    // MARK: Truth

    /// `bool(v)`: `__bool__`, then `__len__`, else true.
    @inline(__always) public static func isTrue(_ v: PyValue) throws(PyException) -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .none, .null: return false
        case .object(let o): return try isTrue(object: o)
        }
    }

    static func isTrue(object o: PyObject) throws(PyException) -> Bool {
        if let s = o as? PyStr { return !s.value.isEmpty }
        if let l = o as? PyList { return !l.elements.isEmpty }
        if let t = o as? PyTuple { return !t.elements.isEmpty }
        if let d = o as? PyDict { return d.count != 0 }
        if let m = o.type.lookup(Names.__bool__) {
            let r = try callMethod(m, self: .object(o), [])
            guard case .bool(let b) = r else {
                throw .typeError("__bool__ should return bool, returned \(r.type.name)")
            }
            return b
        }
        if let m = o.type.lookup(Names.__len__) {
            let r = try callMethod(m, self: .object(o), [])
            return try index(r, context: "__len__") != 0
        }
        return true
    }

    // MARK: Conversions

    /// `operator.index(v)`: an int from an int, a bool or an object with `__index__`.
    public static func index(_ v: PyValue, context: String? = nil) throws(PyException) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let l as PyLong):
            _ = l
            throw .overflowError("Python int too large to convert to C ssize_t")
        default:
            if let m = v.type.lookup(Names.__index__) {
                return try index(callMethod(m, self: v, []))
            }
            throw .typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
    }

    /// `repr(v)`.
    public static func repr(_ v: PyValue) throws(PyException) -> String {
        switch v {
        case .int(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .null: return "<NULL>"
        case .float(let d): return FloatDigits.repr(d)
        case .object:
            guard let m = v.type.lookup(Names.__repr__) else {
                return defaultRepr(v)
            }
            return try stringResult(callMethod(m, self: v, []), of: "__repr__")
        }
    }

    /// `str(v)`.
    public static func str(_ v: PyValue) throws(PyException) -> String {
        if case .object(let s as PyStr) = v { return s.value }
        switch v {
        case .int, .bool, .float, .none, .null: return try repr(v)
        default:
            guard let m = v.type.lookup(Names.__str__) else { return try repr(v) }
            return try stringResult(callMethod(m, self: v, []), of: "__str__")
        }
    }

    private static func stringResult(_ r: PyValue, of method: String) throws(PyException) -> String {
        guard case .object(let s as PyStr) = r else {
            throw .typeError("\(method) returned non-string (type \(r.type.name))")
        }
        return s.value
    }

    /// `<__main__.C object at 0x7f...>`.
    public static func defaultRepr(_ v: PyValue) -> String {
        let t = v.type
        let prefix = t.moduleName == "builtins" ? "" : "\(t.moduleName)."
        return "<\(prefix)\(t.qualname) object at \(address(of: v))>"
    }

    /// `hex(id(v))` as CPython prints it in reprs.
    public static func address(of v: PyValue) -> String {
        "0x" + String(id(v), radix: 16).leftPadded(to: 12)
    }

    /// `id(v)`: the object's address; scalars get a stable made-up identity.
    public static func id(_ v: PyValue) -> Int {
        switch v {
        case .object(let o): return Int(bitPattern: Unmanaged.passUnretained(o).toOpaque())
        case .int(let i): return 0x7f00_0000_0000 &+ (i &* 32)
        case .float(let d): return 0x7e00_0000_0000 &+ Int(truncatingIfNeeded: d.bitPattern >> 8)
        case .bool(let b): return b ? 0x7d00_0000_0020 : 0x7d00_0000_0040
        case .none: return 0x7d00_0000_0060
        case .null: return 0
        }
    }

    // MARK: Calls

    /// Calls a method found on a type (not yet bound) with `self` first.
    public static func callMethod(_ method: PyValue, self receiver: PyValue, _ args: [PyValue]) throws(PyException) -> PyValue {
        if case .object(let o) = method, let d = o as? PyMethodDescriptor {
            return try Arguments.with([receiver] + args, d.function)
        }
        return try call(bind(method, to: receiver), args)
    }

    /// `callMethod` with one argument (binary operators, `__getitem__`): a native method gets
    /// its two values from the stack, no array allocated.
    public static func callMethod(_ method: PyValue, self receiver: PyValue, _ arg: PyValue) throws(PyException) -> PyValue {
        if case .object(let o) = method, let d = o as? PyMethodDescriptor {
            return try withUnsafeTemporaryAllocation(of: PyValue.self, capacity: 2) { (buffer) throws(PyException) -> PyValue in
                let p = buffer.baseAddress!
                p.initialize(to: receiver)
                (p + 1).initialize(to: arg)
                defer { p.deinitialize(count: 2) }
                return try d.function(Arguments(UnsafeBufferPointer(start: p, count: 2)))
            }
        }
        return try call(bind(method, to: receiver), [arg])
    }

    /// Calls `callable` with positional arguments from an array.
    public static func call(_ callable: PyValue, _ args: [PyValue], kwnames: [PyStr] = []) throws(PyException) -> PyValue {
        try Arguments.with(args, kwnames: kwnames) { (a) throws(PyException) -> PyValue in
            try call(callable, a)
        }
    }

    /// `PyObject_Vectorcall`.
    public static func call(_ callable: PyValue, _ args: Arguments) throws(PyException) -> PyValue {
        guard case .object(let o) = callable else {
            throw .typeError("'\(callable.type.name)' object is not callable")
        }
        if let f = o as? PyBuiltinFunction {
            if let r = f.receiver, f.moduleName == nil {
                var all = [r]
                all.append(contentsOf: args.values)
                return try Arguments.with(all, kwnames: args.kwnames, f.function)
            }
            return try f.function(args)
        }
        return try CallHooks.call(o, args)
    }

    /// Binds a function found on a type to `receiver` (the descriptor protocol's `__get__`).
    public static func bind(_ attribute: PyValue, to receiver: PyValue) throws(PyException) -> PyValue {
        guard case .object(let o) = attribute else { return attribute }
        if let d = o as? PyMethodDescriptor {
            let bound = d.type === Types.wrapperDescriptor ? Types.methodWrapper : Types.builtinFunction
            return .object(PyBuiltinFunction(name: d.name, doc: d.doc, module: nil, receiver: receiver,
                                             type: bound, d.function))
        }
        // A native classmethod's function (`dict.fromkeys`): unbound, module-less builtins bind
        // like methods; module-level builtins (`len` stored on a class) never bind, as in CPython.
        if let f = o as? PyBuiltinFunction, f.receiver == nil, f.moduleName == nil {
            return .object(PyBuiltinFunction(name: f.name, doc: f.doc, module: nil, receiver: receiver,
                                             f.function))
        }
        return try CallHooks.bind(o, attribute, receiver)
    }
}

/// Hooks filled in by the eval loop (Python functions, classes, generators), so the protocol
/// layer can call them without knowing frames.
public enum CallHooks {
    /// Calls any non-builtin-function callable: Python functions, bound methods, types, objects
    /// with `__call__`.
    nonisolated(unsafe) public static var call: (PyObject, Arguments) throws(PyException) -> PyValue = {
        (o, _) throws(PyException) -> PyValue in
        throw .typeError("'\(o.type.name)' object is not callable")
    }
    /// The descriptor protocol for non-native attributes (Python functions bind to methods).
    nonisolated(unsafe) public static var bind: (PyObject, PyValue, PyValue) throws(PyException) -> PyValue = {
        (_, attribute, _) throws(PyException) -> PyValue in attribute
    }
}

extension String {
    /// Left-pads with zeros to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
