import Foundation
import PyRuntime

/// `np.round`/`np.around`/`ndarray.round`: half to even, and for `decimals` other than zero
/// NumPy's scale, round, unscale (so `np.round(2.675, 2)` is 2.68 where Python's `round`
/// gives 2.67).
enum Rounding {
    static func round(_ x: Double, decimals: Int) -> Double {
        if decimals == 0 { return x.rounded(.toNearestOrEven) }
        if decimals > 0 {
            let f = pow(10.0, Double(decimals))
            return (x * f).rounded(.toNearestOrEven) / f
        }
        let f = pow(10.0, Double(-decimals))
        return (x / f).rounded(.toNearestOrEven) * f
    }

    static func round(_ v: PyValue, decimals: Int) throws(PyException) -> PyValue {
        let (a, _) = try Ufuncs.operand(v, next: nil)
        let r = PyNDArray(dtype: a.dtype, shape: a.shape)
        if a.dtype.isFloat {
            Broadcasting.forEach([a, r], shape: a.shape) { p in r.store(round(a.double(at: p[0]), decimals: decimals), at: p[1]) }
        } else {
            Broadcasting.forEach([a, r], shape: a.shape) { p in
                var v = a.integer(at: p[0])
                if decimals < 0 { v = round(Double(v), decimals: decimals).wrappingInt }
                r.store(integer: v, at: p[1])
            }
        }
        return Ufuncs.wrapResult(r, out: nil)
    }

    static func floor(_ a: PyNDArray) throws(PyException) -> PyNDArray {
        let r = PyNDArray(dtype: a.dtype, shape: a.shape)
        Broadcasting.forEach([a, r], shape: a.shape) { p in r.store(a.double(at: p[0]).rounded(.down), at: p[1]) }
        return r
    }
}
