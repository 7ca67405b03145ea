import CNumPyKernels
import PyRuntime

/// Whole-array reductions: `sum` and `mean` of floats with NumPy's pairwise summation (so the
/// last bit matches), `max`, `min`.
enum Reductions {
    static func reduce(_ name: String, _ a: PyNDArray) throws(PyException) -> PyValue {
        if a.dtype == .float64 && a.isCContiguous && a.size > 0 {
            // The common case straight from the buffer, as NumPy's inner loop reads it.
            let v = UnsafeBufferPointer(start: a.data.assumingMemoryBound(to: Double.self), count: a.size)
            switch name {
            case "sum": return .object(PyNumPyScalar(.float64, double: pairwiseSum(v)))
            case "mean": return .object(PyNumPyScalar(.float64, double: pairwiseSum(v) / Double(a.size)))
            case "max", "min":
                let p = v.baseAddress!
                return .object(PyNumPyScalar(.float64, double: name == "max" ? jb_max_f64(p, v.count) : jb_min_f64(p, v.count)))
            default: break
            }
        }
        var values: [Double] = []
        values.reserveCapacity(a.size)
        var ints: [Int] = []
        let integral = a.dtype.isInteger || a.dtype == .bool
        try a.forEachAddress { (p) throws(PyException) in
            if integral { ints.append(a.integer(at: p)) } else { values.append(a.double(at: p)) }
        }
        switch name {
        case "sum":
            if integral { return .object(PyNumPyScalar(.int64, double: 0, integer: ints.reduce(0, &+))) }
            return .object(PyNumPyScalar(.float64, double: values.withUnsafeBufferPointer { pairwiseSum($0) }))
        case "mean":
            let n = integral ? ints.count : values.count
            let total = integral ? pairwiseSum(ints.map(Double.init)) : values.withUnsafeBufferPointer { pairwiseSum($0) }
            return .object(PyNumPyScalar(.float64, double: total / Double(n)))
        default:
            guard a.size > 0 else {
                throw .valueError("zero-size array to reduction operation \(name == "max" ? "maximum" : "minimum") which has no identity")
            }
            if integral {
                let v = name == "max" ? ints.max()! : ints.min()!
                return .object(PyNumPyScalar(a.dtype == .bool ? .bool : a.dtype, double: Double(v), integer: v))
            }
            // NaN propagates, as NumPy's maximum/minimum reductions do.
            if let nan = values.first(where: \.isNaN) { return .object(PyNumPyScalar(a.dtype, double: nan)) }
            return .object(PyNumPyScalar(a.dtype, double: name == "max" ? values.max()! : values.min()!))
        }
    }

    static func pairwiseSum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { pairwiseSum($0) }
    }

    /// NumPy's `pairwise_sum`: below 8 a plain loop, up to 128 eight accumulators, above that
    /// the halves (split at a multiple of 8) summed recursively.
    static func pairwiseSum(_ v: UnsafeBufferPointer<Double>) -> Double {
        let n = v.count
        if n < 8 {
            var s = -0.0
            for x in v { s += x }
            return s
        }
        if n <= 128 {
            // Eight accumulators in registers, NumPy's unrolled block.
            let p = v.baseAddress!
            var r0 = p[0], r1 = p[1], r2 = p[2], r3 = p[3], r4 = p[4], r5 = p[5], r6 = p[6], r7 = p[7]
            var i = 8
            while i < n - (n % 8) {
                r0 += p[i]; r1 += p[i + 1]; r2 += p[i + 2]; r3 += p[i + 3]
                r4 += p[i + 4]; r5 += p[i + 5]; r6 += p[i + 6]; r7 += p[i + 7]
                i += 8
            }
            var s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                s += v[i]
                i += 1
            }
            return s
        }
        var half = n / 2
        half -= half % 8
        return pairwiseSum(UnsafeBufferPointer(rebasing: v[0..<half])) + pairwiseSum(UnsafeBufferPointer(rebasing: v[half...]))
    }
}
