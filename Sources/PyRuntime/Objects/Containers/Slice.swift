/// Python's `slice` (Objects/sliceobject.c): `start`, `stop` and `step` as given, any values.
///
/// Sequences turn a slice into concrete bounds with `unpack()` then `adjust(count:)`, the two
/// halves of CPython's `PySlice_GetIndicesEx`.
public final class PySlice: PyObject {
    public let start: PyValue
    public let stop: PyValue
    public let step: PyValue

    public init(start: PyValue = .none, stop: PyValue, step: PyValue = .none) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: Types.slice)
    }

    /// Concrete bounds of a slice over a sequence: iterate `count` items from `start` by `step`.
    public struct Bounds {
        public var start: Int
        public var stop: Int
        public var step: Int
        /// The number of items the slice selects.
        public var count: Int
    }

    /// `PySlice_Unpack`: start/stop/step as words, None replaced by the defaults for the step's
    /// sign; big ints clamp. Throws `ValueError: slice step cannot be zero` and the TypeError for
    /// non-integers.
    public func unpack() throws(PyException) -> (start: Int, stop: Int, step: Int) {
        var st = 1
        if !step.isNone {
            st = try Self.sliceIndex(step)
            if st == 0 { throw .valueError("slice step cannot be zero") }
            // Reverse iteration must be able to negate the step (PySlice_Unpack).
            if st < -Int.max { st = -Int.max }
        }
        let lo = start.isNone ? (st < 0 ? Int.max : 0) : try Self.sliceIndex(start)
        let hi = stop.isNone ? (st < 0 ? Int.min : Int.max) : try Self.sliceIndex(stop)
        return (lo, hi, st)
    }

    /// `PySlice_GetIndicesEx`: unpack then clip to a sequence of `count` items.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func adjust(count: Int) throws(PyException) -> Bounds {
        let (lo, hi, st) = try unpack()
        return Self.adjustIndices(count: count, start: lo, stop: hi, step: st)
    }

    /// `PySlice_AdjustIndices`: clips unpacked bounds to `[0, count]` and counts the items.
    public static func adjustIndices(count: Int, start: Int, stop: Int, step: Int) -> Bounds {
        var start = start, stop = stop
        if start < 0 {
            start += count
            if start < 0 { start = step < 0 ? -1 : 0 }
        } else if start >= count {
            start = step < 0 ? count - 1 : count
        }
        if stop < 0 {
            stop += count
            if stop < 0 { stop = step < 0 ? -1 : 0 }
        } else if stop >= count {
            stop = step < 0 ? count - 1 : count
        }
        var n = 0
        if step < 0 {
            if stop < start { n = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            n = (stop - start - 1) / step + 1
        }
        return Bounds(start: start, stop: stop, step: step, count: n)
    }

    /// `_PyEval_SliceIndex` for a non-None bound.
    static func sliceIndex(_ v: PyValue) throws(PyException) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let l as PyLong): return l.value.sign == .minus ? Int.min : Int.max
        default:
            guard v.type.lookup(Names.__index__) != nil else {
                throw .typeError("slice indices must be integers or None or have an __index__ "
                                 + "method")
            }
            return try Convert.clampedIndex(v)
        }
    }

    /// `slice.indices(length)`: the `(start, stop, step)` a `range` over the sequence would use.
    public func indices(length: Int) throws(PyException) -> (Int, Int, Int) {
        if length < 0 { throw .valueError("length should not be negative") }
        var st = 1
        if !step.isNone {
            st = try Self.sliceIndex(step)
            if st == 0 { throw .valueError("slice step cannot be zero") }
        }
        // _PySlice_GetLongIndices: lower/upper are -1/length-1 for negative steps, 0/length else.
        let lower = st < 0 ? -1 : 0
        let upper = st < 0 ? length - 1 : length
        func bound(_ v: PyValue, _ dflt: Int) throws(PyException) -> Int {
            if v.isNone { return dflt }
            var x = try Self.sliceIndex(v)
            if x < 0 {
                x = x == Int.min ? lower : x + length
                if x < lower { x = lower }
            } else if x > upper {
                x = upper
            }
            return x
        }
        let lo = try bound(start, st < 0 ? upper : lower)
        let hi = try bound(stop, st < 0 ? lower : upper)
        return (lo, hi, st)
    }
}

/// Normalising integer indices for the sequence types.
public enum SequenceIndex {
    /// A possibly negative `index` into `count` items, or `IndexError(message)`.
    ///
    /// Messages by type: `list index out of range`, `list assignment index out of range`,
    /// `tuple index out of range`, `range object index out of range`.
    @inline(__always)
    public static func normalize(
        _ index: Int, count: Int, _ message: StaticString
    ) throws(PyException) -> Int {
        let i = index < 0 ? index &+ count : index
        if i < 0 || i >= count { throw .indexError(message.description) }
        return i
    }
}

extension Runtime {
    static func installSlice() {
        let t = Types.slice
        t.doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object."
        t.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            _ = try PyType.newTarget(args, Types.slice)
            let a = try args.dropSelf.positional("slice", min: 1, max: 3)
            if a.count == 1 { return .object(PySlice(stop: a[0])) }
            return .object(PySlice(start: a[0], stop: a[1], step: a.count > 2 ? a[2] : .none))
        }
        t.addGetSet("start", get: { (v) throws(PyException) -> PyValue in try slice(v).start })
        t.addGetSet("stop", get: { (v) throws(PyException) -> PyValue in try slice(v).stop })
        t.addGetSet("step", get: { (v) throws(PyException) -> PyValue in try slice(v).step })
        t.method("indices", PySlice.self) { (s, a) throws(PyException) -> PyValue in
            let n = try Protocol.index(a.single("slice.indices"))
            let (lo, hi, st) = try s.indices(length: n)
            return .object(PyTuple([.int(lo), .int(hi), .int(st)]))
        }
        t.method("__repr__", PySlice.self) { (s, _) throws(PyException) -> PyValue in
            .str("slice(\(try ReprGuard.join([s.start, s.stop, s.step])))")
        }
        t.comparisons(PySlice.self) { (s, other, op) throws(PyException) -> PyValue in
            guard let o = other.as(PySlice.self) else { return .notImplemented }
            return try Compare.sequenceCompare([s.start, s.stop, s.step],
                                               [o.start, o.stop, o.step], op)
        }
        t.markUnhashable()
    }

    private static func slice(_ v: PyValue) throws(PyException) -> PySlice {
        guard let s = v.as(PySlice.self) else {
            throw .typeError("descriptor for 'slice' objects doesn't apply to a '\(v.type.name)' "
                             + "object")
        }
        return s
    }
}
