import PyRuntime

/// Whole-array reductions: `sum` and `mean` of floats with NumPy's pairwise summation (so the
/// last bit matches), `max`, `min`.
enum Reductions {
    static func reduce(_ name: String, _ a: PyNDArray) throws(PyException) -> PyValue {
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
            var r = [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]]
            var i = 8
            while i < n - (n % 8) {
                for k in 0..<8 { r[k] += v[i + k] }
                i += 8
            }
            var s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
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
