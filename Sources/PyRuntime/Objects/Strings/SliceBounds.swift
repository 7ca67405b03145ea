/// Reads a `slice` object's bounds for str and bytes indexing (`PySlice_Unpack` +
/// `PySlice_AdjustIndices`), through its `start`/`stop`/`step` attributes so it works with any
/// slice implementation.
struct SliceBounds {
    var start: Int
    var stop: Int
    var step: Int
    /// The number of elements selected.
    var count: Int

    private static let startName = Names.intern("start")
    private static let stopName = Names.intern("stop")
    private static let stepName = Names.intern("step")

    /// The bounds of `v` over a sequence of `length` elements, or nil when `v` is not a slice.
    static func of(_ v: PyValue, length: Int) throws(PyException) -> SliceBounds? {
        guard case .object(let o) = v, o.type === Types.slice else { return nil }
        let stepV = try Protocol.getAttr(v, stepName)
        var step = 1
        if !stepV.isNone {
            step = try clamped(stepV)
            if step == 0 { throw .valueError("slice step cannot be zero") }
            if step < -Int.max { step = -Int.max }
        }
        let startV = try Protocol.getAttr(v, startName)
        let stopV = try Protocol.getAttr(v, stopName)
        var start = startV.isNone ? (step < 0 ? Int.max : 0) : try clamped(startV)
        var stop = stopV.isNone ? (step < 0 ? Int.min : Int.max) : try clamped(stopV)
        // PySlice_AdjustIndices.
        if start < 0 {
            start += length
            if start < 0 { start = step < 0 ? -1 : 0 }
        } else if start >= length {
            start = step < 0 ? length - 1 : length
        }
        if stop < 0 {
            stop += length
            if stop < 0 { stop = step < 0 ? -1 : 0 }
        } else if stop >= length {
            stop = step < 0 ? length - 1 : length
        }
        var count = 0
        if step < 0 {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = (stop - start - 1) / step + 1
        }
        return SliceBounds(start: start, stop: stop, step: step, count: count)
    }

    /// A slice bound as a word, clamping huge ints as `_PyEval_SliceIndex` does.
    private static func clamped(_ v: PyValue) throws(PyException) -> Int {
        if let i = IntMath.small(v) { return i }
        if let b = IntMath.big(v) { return b.sign == .minus ? Int.min : Int.max }
        guard v.type.lookup(Names.__index__) != nil else {
            throw .typeError("slice indices must be integers or None or have an __index__ method")
        }
        let r = try Protocol.indexValue(v)
        if let i = IntMath.small(r) { return i }
        return IntMath.big(r)!.sign == .minus ? Int.min : Int.max
    }
}
