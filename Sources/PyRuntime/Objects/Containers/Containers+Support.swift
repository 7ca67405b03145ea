/// Shared machinery of the container types: argument helpers for native methods (which get
/// `self` as `args[0]`), the comparisons CPython's containers make (`PyObject_RichCompareBool`,
/// identity first), and the recursion guard of container reprs (`Py_ReprEnter`).

extension Arguments {
    /// The arguments after `self`, without copying: native methods receive their receiver first.
    @inline(__always) var dropSelf: Arguments {
        Arguments(UnsafeBufferPointer(rebasing: values[1...]), kwnames: kwnames)
    }
}

/// `PyObject_RichCompareBool` and friends, with fast paths for the unboxed scalars and str, the
/// keys that sorts, searches and container comparisons meet most.
enum Compare {
    /// `a == b` as containers compare (identity implies equality, like `PyObject_RichCompareBool`).
    @inline(__always)
    static func equal(_ a: PyValue, _ b: PyValue) throws(PyException) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .bool(let y)), (.bool(let y), .int(let x)): return x == (y ? 1 : 0)
        case (.none, .none): return true
        case (.object(let x), .object(let y)):
            if x === y { return true }
            // Exact str and tuple compare natively (their types are final payload classes).
            let t = x.type
            if t === y.type {
                if t === Types.str {
                    return x.unchecked(PyStr.self).value == y.unchecked(PyStr.self).value
                }
                if t === Types.tuple {
                    return try tupleEqual(x.unchecked(PyTuple.self), y.unchecked(PyTuple.self))
                }
            }
            return try Protocol.isTrue(Protocol.richCompare(a, b, .eq))
        default:
            if a.isIdentical(to: b) { return true }
            return try Protocol.equals(a, b)
        }
    }

    /// `a < b` as a Bool, the only comparison `list.sort` makes.
    static func less(_ a: PyValue, _ b: PyValue) throws(PyException) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.bool(let x), .bool(let y)): return !x && y
        case (.int(let x), .bool(let y)): return x < (y ? 1 : 0)
        case (.bool(let x), .int(let y)): return (x ? 1 : 0) < y
        case (.object(let x), .object(let y)):
            let t = x.type
            if t === y.type {
                if t === Types.str {
                    return strLess(x.unchecked(PyStr.self), y.unchecked(PyStr.self))
                }
                if t === Types.tuple {
                    return try tupleLess(x.unchecked(PyTuple.self), y.unchecked(PyTuple.self))
                }
            }
            return try Protocol.isTrue(Protocol.richCompare(a, b, .lt))
        default:
            return try Protocol.isTrue(Protocol.richCompare(a, b, .lt))
        }
    }

    /// `a op b` as a Bool (`min` uses `<`, `max` uses `>`).
    @inline(__always)
    static func holds(
        _ a: PyValue, _ op: Protocol.CompareOp, _ b: PyValue
    ) throws(PyException) -> Bool {
        if op == .lt { return try less(a, b) }
        return try Protocol.isTrue(richCompare(a, b, op))
    }

    /// Code-point order (UTF-8 byte order is code-point order), over the contiguous bytes.
    @inline(__always) static func strLess(_ a: PyStr, _ b: PyStr) -> Bool {
        strLess(a.value, b.value)
    }

    static func strLess(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        return x.withUTF8 { (px) -> Bool in
            y.withUTF8 { (py) -> Bool in
                let n = Swift.min(px.count, py.count)
                var i = 0
                while i < n {
                    let (c, d) = (px[i], py[i])
                    if c != d { return c < d }
                    i += 1
                }
                return px.count < py.count
            }
        }
    }

    /// Exact tuples: `==` item by item (identity first), lengths first.
    static func tupleEqual(_ x: PyTuple, _ y: PyTuple) throws(PyException) -> Bool {
        let n = x.elements.count
        if n != y.elements.count { return false }
        var i = 0
        while i < n {
            if try !equal(x.elements[i], y.elements[i]) { return false }
            i += 1
        }
        return true
    }

    /// Exact tuples: `<` decided by the first items that differ, else by length (tuplerichcompare).
    static func tupleLess(_ x: PyTuple, _ y: PyTuple) throws(PyException) -> Bool {
        let n = Swift.min(x.elements.count, y.elements.count)
        var i = 0
        while i < n {
            let (a, b) = (x.elements[i], y.elements[i])
            if try !equal(a, b) { return try less(a, b) }
            i += 1
        }
        return x.elements.count < y.elements.count
    }

    /// `PyObject_RichCompare(a, b, op)` with the scalar and str fast paths; returns the result
    /// object (`list.__lt__` returns whatever the first differing items' comparison returns).
    static func richCompare(
        _ a: PyValue, _ b: PyValue, _ op: Protocol.CompareOp
    ) throws(PyException) -> PyValue {
        func result(_ c: Int) -> PyValue {
            switch op {
            case .lt: return .bool(c < 0)
            case .le: return .bool(c <= 0)
            case .eq: return .bool(c == 0)
            case .ne: return .bool(c != 0)
            case .gt: return .bool(c > 0)
            case .ge: return .bool(c >= 0)
            }
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return result(x < y ? -1 : (x == y ? 0 : 1))
        case (.bool, .bool), (.int, .bool), (.bool, .int):
            let (x, y) = (a.intOrBool, b.intOrBool)
            return result(x < y ? -1 : (x == y ? 0 : 1))
        case (.float(let x), .float(let y)):
            switch op {
            case .lt: return .bool(x < y)
            case .le: return .bool(x <= y)
            case .eq: return .bool(x == y)
            case .ne: return .bool(x != y)
            case .gt: return .bool(x > y)
            case .ge: return .bool(x >= y)
            }
        case (.object(let x as PyStr), .object(let y as PyStr)):
            if x.value == y.value { return result(0) }
            return result(strLess(x, y) ? -1 : 1)
        default: return try Protocol.richCompare(a, b, op)
        }
    }

    /// `list_richcompare` / `tuplerichcompare`: find the first index where the items differ,
    /// then compare those items (or the lengths when one sequence is a prefix of the other).
    static func sequenceCompare(
        _ v: [PyValue], _ w: [PyValue], _ op: Protocol.CompareOp
    ) throws(PyException) -> PyValue {
        if v.count != w.count && (op == .eq || op == .ne) { return .bool(op == .ne) }
        var i = 0
        while i < v.count && i < w.count {
            if try !equal(v[i], w[i]) { break }
            i += 1
        }
        if i >= v.count || i >= w.count { return lengths(v.count, w.count, op) }
        if op == .eq { return .false }
        if op == .ne { return .true }
        return try richCompare(v[i], w[i], op)
    }

    /// The outcome when one sequence is a prefix of the other: compare the lengths.
    static func lengths(_ x: Int, _ y: Int, _ op: Protocol.CompareOp) -> PyValue {
        switch op {
        case .lt: return .bool(x < y)
        case .le: return .bool(x <= y)
        case .eq: return .bool(x == y)
        case .ne: return .bool(x != y)
        case .gt: return .bool(x > y)
        case .ge: return .bool(x >= y)
        }
    }

    /// Live-list variant: CPython re-reads the list on every step because `__eq__` may mutate it.
    static func listCompare(
        _ v: PyList, _ w: PyList, _ op: Protocol.CompareOp
    ) throws(PyException) -> PyValue {
        if v.elements.count != w.elements.count && (op == .eq || op == .ne) {
            return .bool(op == .ne)
        }
        var i = 0
        while i < v.elements.count && i < w.elements.count {
            let (x, y) = (v.elements[i], w.elements[i])
            if try !equal(x, y) { break }
            i += 1
        }
        if i >= v.elements.count || i >= w.elements.count {
            return lengths(v.elements.count, w.elements.count, op)
        }
        if op == .eq { return .false }
        if op == .ne { return .true }
        return try richCompare(v.elements[i], w.elements[i], op)
    }
}

/// `Py_ReprEnter` / `Py_ReprLeave`: the containers being repr'd right now, so a container that
/// holds itself prints as `[...]` rather than recursing forever.
enum ReprGuard {
    nonisolated(unsafe) private static var active: [ObjectIdentifier] = []

    /// Runs `body` unless `o` is already being repr'd, in which case returns `recursive`.
    static func run(_ o: PyObject, recursive: String,
                    _ body: () throws(PyException) -> String) throws(PyException) -> String {
        let id = ObjectIdentifier(o)
        if active.contains(id) { return recursive }
        active.append(id)
        defer { active.removeLast() }
        return try body()
    }

    /// `", ".join(repr(x) for x in values)`.
    static func join(_ values: [PyValue]) throws(PyException) -> String {
        var s = ""
        for (i, v) in values.enumerated() {
            if i > 0 { s += ", " }
            s += try Protocol.repr(v)
        }
        return s
    }
}

/// Small conversions shared by the container methods.
enum Convert {
    /// An index for a subscript: `IndexError: cannot fit 'int' into an index-sized integer` for
    /// big ints and the type's own TypeError for non-integers (`list indices must be integers or
    /// slices, not str`).
    @inline(__always)
    static func subscriptIndex(_ v: PyValue, typeName: String) throws(PyException) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return try subscriptIndexSlow(v, typeName: typeName)
        }
    }

    static func subscriptIndexSlow(_ v: PyValue, typeName: String) throws(PyException) -> Int {
        if case .object(let o) = v, o is PyLong {
            throw .indexError("cannot fit 'int' into an index-sized integer")
        }
        guard v.type.lookup(Names.__index__) != nil else {
            throw .typeError("\(typeName) indices must be integers or slices, not \(v.type.name)")
        }
        return try clampedIndex(v)
    }

    /// `PyNumber_AsSsize_t(v, NULL)`: big ints clamp to the word range (slice bounds).
    static func clampedIndex(_ v: PyValue) throws(PyException) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let l as PyLong): return l.value.sign == .minus ? Int.min : Int.max
        default:
            guard let m = v.type.lookup(Names.__index__) else {
                throw .typeError("'\(v.type.name)' object cannot be interpreted as an integer")
            }
            let r = try Protocol.callMethod(m, self: v, [])
            switch r {
            case .int, .bool, .object(is PyLong): return try clampedIndex(r)
            default:
                throw .typeError("__index__ returned non-int (type \(r.type.name))")
            }
        }
    }

    /// `PyNumber_AsSsize_t(v, PyExc_OverflowError)`: an int argument (`list.insert`, `pop`).
    static func index(_ v: PyValue) throws(PyException) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return try Protocol.index(v)
        }
    }

    /// `_PyEval_SliceIndexNotNone`: the start/stop arguments of `index()` methods.
    static func sliceIndexNotNone(_ v: PyValue) throws(PyException) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let l as PyLong): return l.value.sign == .minus ? Int.min : Int.max
        default:
            guard v.type.lookup(Names.__index__) != nil else {
                throw .typeError("slice indices must be integers or have an __index__ method")
            }
            return try clampedIndex(v)
        }
    }

    /// The `start`/`stop` window of `list.index(x, start, stop)`, adjusted like a slice.
    static func searchWindow(
        _ args: [PyValue], from: Int, count: Int
    ) throws(PyException) -> (Int, Int) {
        var start = 0, stop = Int.max
        if args.count > from { start = try sliceIndexNotNone(args[from]) }
        if args.count > from + 1 { stop = try sliceIndexNotNone(args[from + 1]) }
        if start < 0 {
            start += count
            if start < 0 { start = 0 }
        }
        if stop < 0 {
            stop += count
            if stop < 0 { stop = 0 }
        }
        return (start, min(stop, count))
    }
}

/// Constructing builtin instances for a class: `list.__new__(cls)` for a subclass `cls` gives a
/// `PyList` whose type is `cls`, with a `__dict__` for its attributes.
@inline(__always) func adopt<T: PyObject>(_ o: T, as cls: PyType, base: PyType) -> T {
    if cls !== base {
        o.type = cls
        if o.dict == nil { o.dict = PyDict() }
    }
    return o
}

extension PyType {
    /// The class argument of a native `__new__` (`args[0]`), checked like `tp_new` wrappers do.
    static func newTarget(_ args: Arguments, _ base: PyType) throws(PyException) -> PyType {
        guard args.count >= 1, case .object(let o) = args[0], let cls = o as? PyType else {
            throw .typeError("\(base.name).__new__(X): X is not a type object")
        }
        guard cls.isSubtype(of: base) else {
            throw .typeError("\(base.name).__new__(\(cls.name)): \(cls.name) is not a subtype of "
                             + "\(base.name)")
        }
        return cls
    }

    /// `type.__hash__ = None`: instances are unhashable (`TypeError: unhashable type: 'list'`).
    func markUnhashable() { dict!.setItem("__hash__", .none) }
}

extension PyValue {
    /// An int or bool as a word (0 for anything else).
    @inline(__always) var intOrBool: Int {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return 0
        }
    }

    /// The value's object if it is an instance of `T` (builtin payload check).
    @inline(__always) func `as`<T: PyObject>(_: T.Type) -> T? {
        if case .object(let o) = self { return o as? T }
        return nil
    }
}

extension PyType {
    /// Installs a native method whose receiver must be a `T` (a `PyList` for list methods): the
    /// body gets the receiver and the remaining arguments. A wrong receiver (`list.append(1, 2)`)
    /// raises CPython's descriptor TypeError.
    func method<T: PyObject>(_ name: String, _ receiver: T.Type, doc: String? = nil,
                             _ body: @escaping (T, Arguments) throws(PyException) -> PyValue) {
        let owner = self.name
        // The body checks its own arguments: CALL may enter it directly for any count.
        let fast = FastMethod(receiverClass: ObjectIdentifier(T.self), minArgs: 0, maxArgs: Int.max) {
            (v, rest) throws(PyException) -> PyValue in
            try body(v.object.unsafelyUnwrapped.unchecked(T.self), Arguments(rest))
        }
        addMethod(name, doc: doc, fast: fast) { (args) throws(PyException) -> PyValue in
            guard args.count >= 1 else {
                throw .typeError("descriptor '\(name)' of '\(owner)' object needs an argument")
            }
            // Payload classes are final: an exact metadata check replaces a dynamic cast.
            guard case .object(let o) = args[0], Swift.type(of: o) == T.self else {
                throw .typeError("descriptor '\(name)' for '\(owner)' objects doesn't apply to a "
                                 + "'\(args[0].type.name)' object")
            }
            return try body(o.unchecked(T.self), args.dropSelf)
        }
    }

    /// Installs the six rich comparisons from one function of the operator.
    func comparisons<T: PyObject>(_ receiver: T.Type,
                                  _ body: @escaping (T, PyValue, Protocol.CompareOp)
                                      throws(PyException) -> PyValue) {
        for op in [Protocol.CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
            method(op.dunder.value, T.self) { (r, a) throws(PyException) -> PyValue in
                let other = try a.single(op.dunder.value)
                return try body(r, other, op)
            }
        }
    }
}

extension PyObject {
    /// This object as its payload class, unchecked: for callers that already compared `type`
    /// with the exact builtin type, whose instances are always that payload class.
    @inline(__always) func unchecked<T: PyObject>(_: T.Type) -> T {
        unsafeDowncast(self, to: T.self)
    }
}
