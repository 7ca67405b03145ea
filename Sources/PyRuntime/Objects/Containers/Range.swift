/// Python's `range` (Objects/rangeobject.c): an immutable arithmetic sequence of ints.
///
/// Bounds are machine words. CPython also allows bounds beyond them; we raise CPython's own
/// `OverflowError: Python int too large to convert to C ssize_t` at construction instead (a gap:
/// `range(10**20)` works in CPython until `len()` is taken).
public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int
    /// `len(r)`.
    public let count: Int

    /// A range; `step` must not be zero (callers check, with CPython's message).
    public init(start: Int, stop: Int, step: Int) throws(PyException) {
        precondition(step != 0)
        self.start = start
        self.stop = stop
        self.step = step
        // get_len_of_range: computed unsigned so no intermediate overflows.
        var n: UInt = 0
        if step > 0 && start < stop {
            n = (UInt(bitPattern: stop &- start) - 1) / step.magnitude + 1
        } else if step < 0 && start > stop {
            n = (UInt(bitPattern: start &- stop) - 1) / step.magnitude + 1
        }
        guard n <= UInt(Int.max) else {
            throw .overflowError("Python int too large to convert to C ssize_t")
        }
        self.count = Int(n)
        super.init(type: Types.range)
    }

    /// `r[i]` for an int index: IndexError `range object index out of range`.
    @inline(__always)
    public func item(at index: Int) throws(PyException) -> PyValue {
        let i = try SequenceIndex.normalize(index, count: count, "range object index out of range")
        return .int(start &+ i &* step)
    }

    /// `r[key]`: an int, or a slice giving a new range.
    public func getSubscript(_ key: PyValue) throws(PyException) -> PyValue {
        if case .int(let i) = key { return try item(at: i) }
        if case .object(let o) = key, let s = o as? PySlice {
            let (lo, hi, st) = try s.indices(length: count)
            func scaled(_ k: Int) throws(PyException) -> Int {
                let (m, o1) = k.multipliedReportingOverflow(by: step)
                let (r, o2) = start.addingReportingOverflow(m)
                if o1 || o2 { throw .overflowError("Python int too large to convert to C ssize_t") }
                return r
            }
            let (newStep, o3) = step.multipliedReportingOverflow(by: st)
            if o3 { throw .overflowError("Python int too large to convert to C ssize_t") }
            return .object(try PyRange(start: try scaled(lo), stop: try scaled(hi), step: newStep))
        }
        // compute_range_item works on arbitrary ints: a huge index is just out of range.
        if case .object(let o) = key, o is PyLong { throw .indexError("range object index out of "
                                                                      + "range") }
        return try item(at: Convert.subscriptIndex(key, typeName: "range"))
    }

    /// `range_contains_long`: arithmetic membership for an int.
    public func contains(int v: Int) -> Bool {
        if step > 0 {
            if !(start <= v && v < stop) { return false }
        } else if !(stop < v && v <= start) {
            return false
        }
        return (v &- start) % step == 0
    }

    /// `x in r`: arithmetic for ints and bools, else a search comparing every item.
    public func contains(_ v: PyValue) throws(PyException) -> Bool {
        switch v {
        case .int(let i): return contains(int: i)
        case .bool(let b): return contains(int: b ? 1 : 0)
        default:
            var x = start
            for _ in 0..<count {
                if try Compare.equal(.int(x), v) { return true }
                x &+= step
            }
            return false
        }
    }

    /// `repr(r)`: `range(0, 10)`, `range(0, 10, 2)`.
    public var repr: String {
        step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    }

    /// `range_equals`: equal lengths, then equal first items, then equal steps when it matters.
    public func isEqual(to o: PyRange) -> Bool {
        if self === o { return true }
        if count != o.count { return false }
        if count == 0 { return true }
        if start != o.start { return false }
        if count == 1 { return true }
        return step == o.step
    }

    /// Makes `range(*args)` with CPython's argument checks.
    static func make(_ args: Arguments) throws(PyException) -> PyRange {
        let p = try args.positional("range", min: 1, max: 3)
        let a = try p.map { (v) throws(PyException) -> Int in try Protocol.index(v) }
        switch a.count {
        case 1: return try PyRange(start: 0, stop: a[0], step: 1)
        case 2: return try PyRange(start: a[0], stop: a[1], step: 1)
        default:
            if a[2] == 0 { throw .valueError("range() arg 3 must not be zero") }
            return try PyRange(start: a[0], stop: a[1], step: a[2])
        }
    }
}

extension Runtime {
    static func installRange() {
        let t = Types.range
        t.doc = """
            range(stop) -> range object
            range(start, stop[, step]) -> range object

            Return an object that produces a sequence of integers from start (inclusive)
            to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.
            start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.
            These are exactly the valid indices for a list of 4 elements.
            When step is given, it specifies the increment (or decrement).
            """
        t.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            _ = try PyType.newTarget(args, Types.range)
            return .object(try PyRange.make(args.dropSelf))
        }
        t.addGetSet("start", get: { (v) throws(PyException) -> PyValue in
            .int(try range(v).start)
        })
        t.addGetSet("stop", get: { (v) throws(PyException) -> PyValue in .int(try range(v).stop) })
        t.addGetSet("step", get: { (v) throws(PyException) -> PyValue in .int(try range(v).step) })
        t.method("__repr__", PyRange.self) { (r, _) throws(PyException) -> PyValue in .str(r.repr) }
        t.method("__len__", PyRange.self) { (r, _) throws(PyException) -> PyValue in .int(r.count) }
        t.method("__bool__", PyRange.self) { (r, _) throws(PyException) -> PyValue in
            .bool(r.count != 0)
        }
        t.method("__getitem__", PyRange.self) { (r, a) throws(PyException) -> PyValue in
            try r.getSubscript(a.single("__getitem__"))
        }
        t.method("__contains__", PyRange.self) { (r, a) throws(PyException) -> PyValue in
            .bool(try r.contains(a.single("__contains__")))
        }
        t.method("__iter__", PyRange.self) { (r, _) throws(PyException) -> PyValue in
            .object(NativeIterators.range(start: r.start, step: r.step, count: r.count))
        }
        t.method("__reversed__", PyRange.self) { (r, _) throws(PyException) -> PyValue in
            let last = r.start &+ (r.count &- 1) &* r.step
            return .object(NativeIterators.range(start: last, step: 0 &- r.step, count: r.count))
        }
        t.comparisons(PyRange.self) { (r, other, op) throws(PyException) -> PyValue in
            guard op == .eq || op == .ne, let o = other.as(PyRange.self) else {
                return .notImplemented
            }
            return .bool(r.isEqual(to: o) == (op == .eq))
        }
        t.method("__hash__", PyRange.self) { (r, _) throws(PyException) -> PyValue in
            // hash((len, start, step)) with None for what does not matter, as range_hash.
            let items: [PyValue] = r.count == 0 ? [.int(0), .none, .none]
                : r.count == 1 ? [.int(1), .int(r.start), .none]
                : [.int(r.count), .int(r.start), .int(r.step)]
            return .int(try PyTuple(items).hashValue())
        }
        t.method("index", PyRange.self) { (r, a) throws(PyException) -> PyValue in
            let x = try a.single("range.index")
            switch x {
            case .int, .bool:
                let v = try Convert.index(x)
                guard r.contains(int: v) else { throw .valueError("\(try Protocol.repr(x)) is not "
                                                                  + "in range") }
                return .int((v &- r.start) / r.step)
            default:
                var v = r.start
                for i in 0..<r.count {
                    if try Compare.equal(.int(v), x) { return .int(i) }
                    v &+= r.step
                }
                throw .valueError("sequence.index(x): x not in sequence")
            }
        }
        t.method("count", PyRange.self) { (r, a) throws(PyException) -> PyValue in
            let x = try a.single("range.count")
            switch x {
            case .int(let i): return .int(r.contains(int: i) ? 1 : 0)
            case .bool(let b): return .int(r.contains(int: b ? 1 : 0) ? 1 : 0)
            default:
                var v = r.start, n = 0
                for _ in 0..<r.count {
                    if try Compare.equal(.int(v), x) { n += 1 }
                    v &+= r.step
                }
                return .int(n)
            }
        }
    }

    private static func range(_ v: PyValue) throws(PyException) -> PyRange {
        guard let r = v.as(PyRange.self) else {
            throw .typeError("descriptor for 'range' objects doesn't apply to a '\(v.type.name)' "
                             + "object")
        }
        return r
    }
}
