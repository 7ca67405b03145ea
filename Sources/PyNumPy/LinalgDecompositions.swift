import CBLAS
import Foundation
import PyRuntime

/// Eigenvalues (geev), least squares (gelsd) and reusable LU factors (getrf, getrs).
extension Linalg {
    /// `eig`/`eigvals`: real results when every eigenvalue is real, complex otherwise, the
    /// eigenvectors of a conjugate pair rebuilt from geev's two real columns.
    static func eigen(_ a: PyNDArray, vectors: Bool) throws(PyException) -> (PyNDArray, PyNDArray?) {
        try square(a)
        let n = a.shape[0]
        var f = columnMajor(a)
        var wr = [Double](repeating: 0, count: max(n, 1)), wi = wr
        var vr = [Double](repeating: 0, count: max(n * n, 1))
        var vl = [Double](repeating: 0, count: 1)
        let info = LAPACKE_dgeev(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), CChar(UInt8(ascii: vectors ? "V" : "N")),
                                 Int32(n), &f, Int32(max(n, 1)), &wr, &wi, &vl, 1, &vr, Int32(max(n, 1)))
        if info > 0 { throw PyException(linAlgError, "Eigenvalues did not converge") }
        let isReal = wi.prefix(n).allSatisfy { $0 == 0 }
        let values = PyNDArray(dtype: isReal ? .float64 : .complex128, shape: [n])
        for i in 0..<n { values.store(complex: Complex(wr[i], wi[i]), at: values.address([i])) }
        guard vectors else { return (values, nil) }
        let v = PyNDArray(dtype: isReal ? .float64 : .complex128, shape: [n, n])
        var j = 0
        while j < n {
            if wi[j] != 0 && j + 1 < n {
                for i in 0..<n {
                    let re = vr[j * n + i], im = vr[(j + 1) * n + i]
                    v.store(complex: Complex(re, im), at: v.address([i, j]))
                    v.store(complex: Complex(re, -im), at: v.address([i, j + 1]))
                }
                j += 2
            } else {
                for i in 0..<n { v.store(complex: Complex(vr[j * n + i], 0), at: v.address([i, j])) }
                j += 1
            }
        }
        return (values, v)
    }

    /// `lstsq(a, b, rcond=None)`: x, the residual sums of squares (when the rank is full and
    /// the system overdetermined), the rank, the singular values.
    static func leastSquares(_ a: PyNDArray, _ b: PyNDArray, rcond: Double?) throws(PyException) -> PyValue {
        let (m, n) = (a.shape[0], a.shape[1])
        let vector = b.ndim == 1
        guard b.shape[0] == m else {
            throw PyException(linAlgError, "Incompatible dimensions")
        }
        let k = vector ? 1 : b.shape[1]
        let ldb = max(m, n, 1)
        var f = columnMajor(a)
        var rhs = [Double](repeating: 0, count: ldb * k)
        for j in 0..<k { for i in 0..<m {
            rhs[j * ldb + i] = vector ? b.double(at: b.address([i])) : b.double(at: b.address([i, j]))
        } }
        var s = [Double](repeating: 0, count: max(min(m, n), 1))
        var rank: Int32 = 0
        let cutoff = rcond ?? (Double.ulpOfOne * Double(max(m, n)))
        let info = LAPACKE_dgelsd(LAPACK_COL_MAJOR, Int32(m), Int32(n), Int32(k), &f, Int32(max(m, 1)), &rhs,
                                  Int32(ldb), &s, cutoff, &rank)
        if info > 0 { throw PyException(linAlgError, "SVD did not converge in Linear Least Squares") }
        let x = PyNDArray(dtype: .float64, shape: vector ? [n] : [n, k])
        for j in 0..<k { for i in 0..<n {
            x.store(rhs[j * ldb + i], at: vector ? x.address([i]) : x.address([i, j]))
        } }
        var residuals = PyNDArray(dtype: .float64, shape: [0])
        if Int(rank) == n && m > n {
            residuals = PyNDArray(dtype: .float64, shape: [k])
            for j in 0..<k {
                var total = 0.0
                for i in n..<m { total += rhs[j * ldb + i] * rhs[j * ldb + i] }
                residuals.store(total, at: residuals.address([j]))
            }
        }
        let singular = PyNDArray(dtype: .float64, shape: [min(m, n)])
        for i in 0..<min(m, n) { singular.store(s[i], at: singular.address([i])) }
        return .object(PyTuple([.object(x), .object(residuals), .object(PyNumPyScalar(.int32, double: Double(rank), integer: Int(rank))),
                                .object(singular)]))
    }

    /// `scipy.linalg.lu_factor(a)`: the packed LU factors and 0-based pivots (int32).
    static func luFactor(_ a: PyNDArray) throws(PyException) -> PyValue {
        try square(a)
        let n = a.shape[0]
        var f = columnMajor(a)
        var pivots = [Int32](repeating: 0, count: max(n, 1))
        let info = LAPACKE_dgetrf(LAPACK_COL_MAJOR, Int32(n), Int32(n), &f, Int32(max(n, 1)), &pivots)
        if info < 0 { throw .valueError("illegal value in argument \(-info) of internal getrf (lu_factor)") }
        let piv = PyNDArray(dtype: .int32, shape: [n])
        for i in 0..<n { piv.store(integer: Int(pivots[i]) - 1, at: piv.address([i])) }
        return .object(PyTuple([.object(fromColumnMajor(f, rows: n, columns: n, leading: n)), .object(piv)]))
    }

    /// `scipy.linalg.lu_solve((lu, piv), b)`.
    static func luSolve(_ factors: PyValue, _ b: PyNDArray) throws(PyException) -> PyNDArray {
        let parts = try Protocol.toArray(factors)
        guard parts.count == 2 else { throw .valueError("lu_solve needs (lu, piv)") }
        let lu = try NumPy.asArray(parts[0]), piv = try NumPy.asArray(parts[1])
        let n = lu.shape[0]
        let vector = b.ndim == 1
        let k = vector ? 1 : b.shape[1]
        let f = columnMajor(lu)
        var pivots = (0..<n).map { Int32(piv.integer(at: piv.address([$0])) + 1) }
        var x = vector ? (0..<n).map { b.double(at: b.address([$0])) } : columnMajor(b)
        _ = LAPACKE_dgetrs(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), Int32(n), Int32(k), f, Int32(max(n, 1)),
                           &pivots, &x, Int32(max(n, 1)))
        if vector {
            let r = PyNDArray(dtype: .float64, shape: [n])
            for i in 0..<n { r.store(x[i], at: r.address([i])) }
            return r
        }
        return fromColumnMajor(x, rows: n, columns: k, leading: n)
    }
}

extension NumPy {
    static func installDecompositions(_ m: PyModule, scipy: Bool) {
        if !scipy {
            function(m, "eigvals") { (a) throws(PyException) -> PyValue in
                .object(try Linalg.eigen(ArrayCreation.cast(try Linalg.matrix(a[0]), to: .float64), vectors: false).0)
            }
            function(m, "eig") { (a) throws(PyException) -> PyValue in
                let (w, v) = try Linalg.eigen(ArrayCreation.cast(try Linalg.matrix(a[0]), to: .float64), vectors: true)
                return try Protocol.call(m.dict!.lookup("EigResult")!, [.object(w), .object(v!)])
            }
            function(m, "lstsq") { (a) throws(PyException) -> PyValue in
                let b = try a.bind("lstsq", ["a", "b", "rcond"], required: 2)
                return try Linalg.leastSquares(try Linalg.matrix(b[0]!), try asArray(b[1]!), rcond: b[2]?.asDouble)
            }
        } else {
            function(m, "lu_factor") { (a) throws(PyException) -> PyValue in try Linalg.luFactor(try Linalg.matrix(a[0])) }
            function(m, "lu_solve") { (a) throws(PyException) -> PyValue in
                guard a.count >= 2 else { throw .typeError("lu_solve() needs (lu, piv) and b") }
                return .object(try Linalg.luSolve(a[0], try asArray(a[1])))
            }
        }
    }
}
