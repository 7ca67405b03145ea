import Foundation
import PyRuntime

/// Ufuncs on complex128 arrays: `negative`, `absolute` (a float64 result), `sqrt`, `exp`,
/// `log`, `sin`, `cos`, `sinh`, `cosh`, with the principal branches NumPy uses.
enum ComplexFunctions {
    static func exp(_ z: Complex) -> Complex {
        let m = Foundation.exp(z.real)
        return z.imag == 0 ? Complex(m, z.imag) : Complex(m * Foundation.cos(z.imag), m * Foundation.sin(z.imag))
    }

    static func log(_ z: Complex) -> Complex { Complex(Foundation.log(hypot(z.real, z.imag)), atan2(z.imag, z.real)) }

    static func sqrt(_ z: Complex) -> Complex {
        if z.real == 0 && z.imag == 0 { return Complex(0, z.imag) }
        let t = ((abs(z.real) + hypot(z.real, z.imag)) / 2).squareRoot()
        if z.real >= 0 { return Complex(t, z.imag / (2 * t)) }
        return Complex(abs(z.imag) / (2 * t), copysign(t, z.imag))
    }

    static let functions: [String: (Complex) -> Complex] = [
        "sqrt": sqrt, "exp": exp, "log": log,
        "sin": { Complex(Foundation.sin($0.real) * Foundation.cosh($0.imag), Foundation.cos($0.real) * Foundation.sinh($0.imag)) },
        "cos": { Complex(Foundation.cos($0.real) * Foundation.cosh($0.imag), -Foundation.sin($0.real) * Foundation.sinh($0.imag)) },
        "sinh": { Complex(Foundation.sinh($0.real) * Foundation.cos($0.imag), Foundation.cosh($0.real) * Foundation.sin($0.imag)) },
        "cosh": { Complex(Foundation.cosh($0.real) * Foundation.cos($0.imag), Foundation.sinh($0.real) * Foundation.sin($0.imag)) },
        "negative": { Complex(-$0.real, -$0.imag) },
        "positive": { $0 },
        "conjugate": { Complex($0.real, -$0.imag) },
        "square": { Ufuncs.multiply($0, $0) },
    ]

    static func unary(_ name: String, _ a: PyNDArray) throws(PyException) -> PyValue {
        if name == "absolute" || name == "abs" {
            let r = PyNDArray(dtype: .float64, shape: a.shape)
            Broadcasting.forEach([a, r], shape: a.shape) { p in
                let c = a.complex(at: p[0])
                r.store(hypot(c.real, c.imag), at: p[1])
            }
            return Ufuncs.wrapResult(r, out: nil)
        }
        if name == "isnan" || name == "isinf" || name == "isfinite" {
            let r = PyNDArray(dtype: .bool, shape: a.shape)
            Broadcasting.forEach([a, r], shape: a.shape) { p in
                let c = a.complex(at: p[0])
                let test = name == "isnan" ? (c.real.isNaN || c.imag.isNaN)
                    : name == "isinf" ? (c.real.isInfinite || c.imag.isInfinite) : (c.real.isFinite && c.imag.isFinite)
                r.store(integer: test ? 1 : 0, at: p[1])
            }
            return Ufuncs.wrapResult(r, out: nil)
        }
        guard let f = functions[name] else {
            throw .typeError("ufunc '\(name)' not supported for complex inputs in Jitbook's NumPy")
        }
        let r = PyNDArray(dtype: .complex128, shape: a.shape)
        Broadcasting.forEach([a, r], shape: a.shape) { p in r.store(complex: f(a.complex(at: p[0])), at: p[1]) }
        return Ufuncs.wrapResult(r, out: nil)
    }
}
