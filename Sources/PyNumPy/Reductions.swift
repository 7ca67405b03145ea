import CNumPyKernels
import PyRuntime

/// Whole-array reductions: `sum` and `mean` of floats with NumPy's pairwise summation (so the
/// last bit matches), `max`, `min`.
enum Reductions {
    static func reduce(_ name: String, _ a: PyNDArray) throws(PyException) -> PyValue {
        let integral = a.dtype.isInteger || a.dtype == .bool
        let n = Double(a.size)
        switch name {
        case "sum", "mean":
            if a.dtype == .complex128 {
                let c = PairwiseSum.complex(a)
                let r = name == "sum" ? c : Complex(c.real / n, c.imag / n)
                return .object(PyNumPyScalar(.complex128, double: r.real, imag: r.imag))
            }
            if integral {
                if name == "mean" { return .object(PyNumPyScalar(.float64, double: PairwiseSum.converted(a) / n)) }
                var total = 0
                try a.forEachAddress { (p) throws(PyException) in total = total &+ a.integer(at: p) }
                let dtype: DType = a.dtype.kind == "u" ? .uint64 : .int64
                return .object(PyNumPyScalar(dtype, double: Double(total), integer: total))
            }
            let total = PairwiseSum.real(a)
            if name == "sum" { return .object(PyNumPyScalar(a.dtype, double: total)) }
            // float32 divides in float32.
            return .object(PyNumPyScalar(a.dtype, double: a.dtype == .float32 ? Double(Float(total) / Float(a.size)) : total / n))
        default:
            guard a.size > 0 else {
                throw .valueError("zero-size array to reduction operation \(name == "max" ? "maximum" : "minimum") which has no identity")
            }
            if a.dtype == .float64 && a.isCContiguous {
                let p = a.data.assumingMemoryBound(to: Double.self)
                return .object(PyNumPyScalar(.float64, double: name == "max" ? jb_max_f64(p, a.size) : jb_min_f64(p, a.size)))
            }
            if integral {
                var best: Int?
                try a.forEachAddress { (p) throws(PyException) in
                    let v = a.integer(at: p)
                    if let b = best { best = name == "max" ? Swift.max(b, v) : Swift.min(b, v) } else { best = v }
                }
                return .object(PyNumPyScalar(a.dtype, double: Double(best!), integer: best!))
            }
            var values: [Double] = []
            values.reserveCapacity(a.size)
            try a.forEachAddress { (p) throws(PyException) in values.append(a.double(at: p)) }
            // NaN propagates, as NumPy's maximum/minimum reductions do.
            if let nan = values.first(where: \.isNaN) { return .object(PyNumPyScalar(a.dtype, double: nan)) }
            return .object(PyNumPyScalar(a.dtype, double: name == "max" ? values.max()! : values.min()!))
        }
    }

    static func pairwiseSum(_ values: [Double]) -> Double { PairwiseSum.pairwise(values) }
}
