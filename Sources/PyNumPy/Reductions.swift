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
                return .object(PyNumPyScalar(.float64, double: extreme(v, max: name == "max")))
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

    /// The largest (or smallest) value, NaN if any is NaN: four independent lanes, so the loop
    /// does not wait on one comparison chain.
    static func extreme(_ v: UnsafeBufferPointer<Double>, max: Bool) -> Double {
        let p = v.baseAddress!, n = v.count
        var b0 = p[0], b1 = p[0], b2 = p[0], b3 = p[0]
        var nans = 0
        var i = 0
        while i + 4 <= n {
            let x0 = p[i], x1 = p[i + 1], x2 = p[i + 2], x3 = p[i + 3]
            if max {
                b0 = x0 > b0 ? x0 : b0; b1 = x1 > b1 ? x1 : b1; b2 = x2 > b2 ? x2 : b2; b3 = x3 > b3 ? x3 : b3
            } else {
                b0 = x0 < b0 ? x0 : b0; b1 = x1 < b1 ? x1 : b1; b2 = x2 < b2 ? x2 : b2; b3 = x3 < b3 ? x3 : b3
            }
            nans &+= (x0 != x0 ? 1 : 0) &+ (x1 != x1 ? 1 : 0) &+ (x2 != x2 ? 1 : 0) &+ (x3 != x3 ? 1 : 0)
            i += 4
        }
        var best = max ? Swift.max(Swift.max(b0, b1), Swift.max(b2, b3)) : Swift.min(Swift.min(b0, b1), Swift.min(b2, b3))
        while i < n {
            let x = p[i]
            if x != x { nans += 1 }
            best = max ? (x > best ? x : best) : (x < best ? x : best)
            i += 1
        }
        return nans > 0 || p[0] != p[0] ? .nan : best
    }
}
