import CBLAS
import Foundation
import PyRuntime

/// `numpy.linalg` and `scipy.linalg` over LAPACKE, and `dot`/`matmul`/`@` over CBLAS: the same
/// routines NumPy and SciPy call (geqrf then orgqr for QR, gesv, getrf), never hand-written.
enum Linalg {
    /// `numpy.linalg.LinAlgError` (a ValueError).
    static let linAlgError: PyType = {
        let ns = PyDict()
        ns.setItem("__module__", .str("numpy.linalg"))
        ns.setItem("__qualname__", .str("LinAlgError"))
        return try! PyType.makeClass(name: "LinAlgError", qualname: "LinAlgError", bases: [Types.valueError],
                                     namespace: ns, module: "numpy.linalg")
    }()

    /// A float64 matrix's elements in column-major order (what LAPACK reads).
    static func columnMajor(_ a: PyNDArray) -> [Double] {
        let (m, n) = (a.shape[0], a.shape[1])
        var out = [Double](repeating: 0, count: m * n)
        for j in 0..<n { for i in 0..<m { out[j * m + i] = a.double(at: a.address([i, j])) } }
        return out
    }

    /// A C-ordered float64 array from column-major data.
    static func fromColumnMajor(_ data: [Double], rows m: Int, columns n: Int, leading ld: Int) -> PyNDArray {
        let r = PyNDArray(dtype: .float64, shape: [m, n])
        let p = r.data.assumingMemoryBound(to: Double.self)
        for i in 0..<m { for j in 0..<n { p[i * n + j] = data[j * ld + i] } }
        return r
    }

    static func matrix(_ v: PyValue, _ what: String = "array") throws(PyException) -> PyNDArray {
        let a = try NumPy.asArray(v)
        guard a.ndim == 2 else {
            throw PyException(linAlgError, "\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
        }
        return a
    }

    /// A matrix or a stack of them (`(..., M, N)`), for the routines NumPy loops over stacks.
    static func matrices(_ v: PyValue) throws(PyException) -> PyNDArray {
        let a = try NumPy.asArray(v)
        guard a.ndim >= 2 else {
            throw PyException(linAlgError, "\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
        }
        return a
    }

    static func square(_ a: PyNDArray) throws(PyException) {
        guard a.shape[0] == a.shape[1] else {
            throw PyException(linAlgError, "Last 2 dimensions of the array must be square")
        }
    }

    /// `qr(a)`: `reduced` gives Q (m×k) and R (k×n), `complete` (SciPy's default `full`)
    /// Q (m×m) and R (m×n).
    static func qr(_ a: PyNDArray, complete: Bool) throws(PyException) -> (PyNDArray, PyNDArray) {
        let (m, n) = (a.shape[0], a.shape[1])
        let k = min(m, n)
        var f = columnMajor(a)
        var tau = [Double](repeating: 0, count: max(k, 1))
        if m > 0 && n > 0 {
            let info = LAPACKE_dgeqrf(LAPACK_COL_MAJOR, Int32(m), Int32(n), &f, Int32(m), &tau)
            if info != 0 { throw PyException(linAlgError, "QR factorisation failed (info \(info))") }
        }
        let rRows = complete ? m : k
        let r = PyNDArray(dtype: .float64, shape: [rRows, n])
        let rp = r.data.assumingMemoryBound(to: Double.self)
        for i in 0..<min(rRows, m) { for j in i..<n { rp[i * n + j] = f[j * m + i] } }
        let qColumns = complete ? m : k
        var q = [Double](repeating: 0, count: m * max(qColumns, 1))
        for j in 0..<min(n, qColumns) { for i in 0..<m { q[j * m + i] = f[j * m + i] } }
        if m > 0 && qColumns > 0 {
            let info = LAPACKE_dorgqr(LAPACK_COL_MAJOR, Int32(m), Int32(qColumns), Int32(k), &q, Int32(m), &tau)
            if info != 0 { throw PyException(linAlgError, "QR factorisation failed (info \(info))") }
        }
        return (fromColumnMajor(q, rows: m, columns: qColumns, leading: m), r)
    }

    /// `solve(a, b)` by LU with partial pivoting (gesv).
    static func solve(_ a: PyNDArray, _ b: PyNDArray, singular: String = "Singular matrix") throws(PyException) -> PyNDArray {
        try square(a)
        let n = a.shape[0]
        let vector = b.ndim == 1
        guard b.shape[0] == n else {
            throw .valueError("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size \(b.shape[0]) is different from \(n))")
        }
        var f = columnMajor(a)
        let columns = vector ? 1 : b.shape[1]
        var x = vector ? (0..<n).map { b.double(at: b.address([$0])) } : columnMajor(b)
        var pivots = [Int32](repeating: 0, count: max(n, 1))
        let info = LAPACKE_dgesv(LAPACK_COL_MAJOR, Int32(n), Int32(columns), &f, Int32(n), &pivots, &x, Int32(n))
        if info > 0 { throw PyException(linAlgError, singular) }
        if vector {
            let r = PyNDArray(dtype: .float64, shape: [n])
            let p = r.data.assumingMemoryBound(to: Double.self)
            for i in 0..<n { p[i] = x[i] }
            return r
        }
        return fromColumnMajor(x, rows: n, columns: columns, leading: n)
    }

    static func inverse(_ a: PyNDArray, singular: String = "Singular matrix") throws(PyException) -> PyNDArray {
        try square(a)
        let n = a.shape[0]
        let identity = PyNDArray(dtype: .float64, shape: [n, n])
        for i in 0..<n { identity.store(1, at: identity.address([i, i])) }
        return try solve(a, identity, singular: singular)
    }

    /// `det(a)`: LU (getrf), then the sign and the sum of log|diagonal|, exponentiated, as
    /// NumPy's `det` does (so the last bits match it, not a plain product).
    static func determinant(_ a: PyNDArray) throws(PyException) -> Double {
        try square(a)
        let n = a.shape[0]
        if n == 0 { return 1 }
        var f = columnMajor(a)
        var pivots = [Int32](repeating: 0, count: n)
        let info = LAPACKE_dgetrf(LAPACK_COL_MAJOR, Int32(n), Int32(n), &f, Int32(n), &pivots)
        if info > 0 { return 0 }
        var sign = 1.0, logdet = 0.0
        for i in 0..<n {
            if pivots[i] != Int32(i + 1) { sign = -sign }
            let d = f[i * n + i]
            if d < 0 { sign = -sign }
            logdet += log(abs(d))
        }
        return sign * exp(logdet)
    }

    /// `dot`, `matmul` and `@` for 1-D and 2-D operands (float64 through BLAS).
    static func dot(_ x: PyValue, _ y: PyValue, matmul: Bool) throws(PyException) -> PyValue {
        let a = try NumPy.asArray(x), b = try NumPy.asArray(y)
        if matmul && (a.ndim == 0 || b.ndim == 0) {
            throw .valueError("matmul: Input operand \(a.ndim == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
        }
        if a.ndim == 0 || b.ndim == 0 { return try Ufuncs.binary(.multiply, x, y) }
        if matmul && (a.ndim > 2 || b.ndim > 2) { return try stackedMatmul(a, b) }
        guard a.ndim <= 2 && b.ndim <= 2 else {
            throw PyException(Types.notImplementedError, "Jitbook's NumPy has np.dot for 1-D and 2-D arrays only (matmul and @ take stacks)")
        }
        let k = a.shape[a.ndim - 1]
        let kb = b.ndim == 1 ? b.shape[0] : b.shape[0]
        guard k == kb else {
            if matmul {
                throw .valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(kb) is different from \(k))")
            }
            throw .valueError("shapes \(ArrayPrinter.shapeRepr(a.shape)) and \(ArrayPrinter.shapeRepr(b.shape)) not aligned: \(k) (dim \(a.ndim - 1)) != \(kb) (dim 0)")
        }
        let m = a.ndim == 2 ? a.shape[0] : 1
        let n = b.ndim == 2 ? b.shape[1] : 1
        var resultShape: [Int] = []
        if a.ndim == 2 { resultShape.append(m) }
        if b.ndim == 2 { resultShape.append(n) }
        let dtype = DType.promote(a.dtype, b.dtype)
        if dtype == .float64 {
            // BLAS reads C-ordered float64 in place; anything else is copied first.
            let ca = a.dtype == .float64 && a.isCContiguous ? a : ArrayCreation.cast(a, to: .float64)
            let cb = b.dtype == .float64 && b.isCContiguous ? b : ArrayCreation.cast(b, to: .float64)
            let pa = ca.data.assumingMemoryBound(to: Double.self), pb = cb.data.assumingMemoryBound(to: Double.self)
            if a.ndim == 1 && b.ndim == 1 {
                return .object(PyNumPyScalar(.float64, double: cblas_ddot(Int32(k), pa, 1, pb, 1)))
            }
            let r = PyNDArray(dtype: .float64, shape: resultShape)
            let pr = r.data.assumingMemoryBound(to: Double.self)
            if b.ndim == 1 {
                cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(m), Int32(k), 1, pa, Int32(k), pb, 1, 0, pr, 1)
            } else if a.ndim == 1 {
                cblas_dgemv(CblasRowMajor, CblasTrans, Int32(k), Int32(n), 1, pb, Int32(n), pa, 1, 0, pr, 1)
            } else {
                cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1, pa, Int32(k),
                            pb, Int32(n), 0, pr, Int32(n))
            }
            return .object(r)
        }
        // Other dtypes sum in their own type: integers and bools exactly (with wrap-around),
        // float32 in float32, complex numbers as complex.
        let r = PyNDArray(dtype: dtype, shape: resultShape)
        func element(_ x: PyNDArray, _ i: Int, _ j: Int) -> UnsafeMutableRawPointer {
            x.ndim == 2 ? x.address([i, j]) : x.address([x === a ? j : i])
        }
        for i in 0..<m {
            for j in 0..<n {
                let target = r.data + (i * n + j) * dtype.itemsize
                switch dtype {
                case .complex128:
                    var s = Complex(0, 0)
                    for t in 0..<k {
                        let u = a.complex(at: element(a, i, t)), v = b.complex(at: element(b, t, j))
                        s = Complex(s.real + u.real * v.real - u.imag * v.imag, s.imag + u.real * v.imag + u.imag * v.real)
                    }
                    r.store(complex: s, at: target)
                case .float32:
                    var s: Float = 0
                    for t in 0..<k { s += Float(a.double(at: element(a, i, t))) * Float(b.double(at: element(b, t, j))) }
                    r.store(Double(s), at: target)
                default:
                    var s = 0
                    for t in 0..<k { s = s &+ a.integer(at: element(a, i, t)) &* b.integer(at: element(b, t, j)) }
                    r.store(integer: s, at: target)
                }
            }
        }
        if resultShape.isEmpty { return .object(PyNumPyScalar.element(of: r, at: r.data)) }
        return .object(r)
    }
}

extension NumPy {
    /// NumPy's result types for `qr` (named tuples), written in Python as NumPy's are.
    static let linalgPrelude = """
    class QRResult(tuple):
        "Q and R of a QR factorisation."
        def __new__(cls, Q, R):
            return tuple.__new__(cls, (Q, R))
        Q = property(lambda self: self[0])
        R = property(lambda self: self[1])
        def __repr__(self):
            return f"QRResult(Q={self[0]!r}, R={self[1]!r})"

    class EigResult(tuple):
        "Eigenvalues and eigenvectors."
        def __new__(cls, eigenvalues, eigenvectors):
            return tuple.__new__(cls, (eigenvalues, eigenvectors))
        eigenvalues = property(lambda self: self[0])
        eigenvectors = property(lambda self: self[1])
        def __repr__(self):
            return f"EigResult(eigenvalues={self[0]!r}, eigenvectors={self[1]!r})"

    def norm(x, ord=None, axis=None, keepdims=False):
        "Vector and matrix norms, reduced along `axis` as NumPy's linalg.norm does."
        import numpy as np
        x = np.asarray(x)
        if x.dtype.kind not in "fc":
            x = x.astype(float)
        nd = x.ndim
        if axis is None and (ord is None or (ord in ("f", "fro") and nd == 2) or (ord == 2 and nd == 1)):
            # The common case: square roots of BLAS dot products.
            ret = np.sqrt(_dot_self(x.real) + _dot_self(x.imag)) if x.dtype.kind == "c" else np.sqrt(_dot_self(x))
            return ret.reshape(nd * [1]) if keepdims else ret
        if axis is None:
            axis = tuple(range(nd))
        elif not isinstance(axis, tuple):
            axis = (axis,)
        if len(axis) == 1:
            if ord == np.inf:
                return abs(x).max(axis=axis, keepdims=keepdims)
            if ord == -np.inf:
                return abs(x).min(axis=axis, keepdims=keepdims)
            if ord == 0:
                return (x != 0).astype(float).sum(axis=axis, keepdims=keepdims)
            if ord == 1:
                return abs(x).sum(axis=axis, keepdims=keepdims)
            if ord is None or ord == 2:
                return np.sqrt((x.conj() * x).real.sum(axis=axis, keepdims=keepdims))
            if isinstance(ord, str):
                raise ValueError(f"Invalid norm order '{ord}' for vectors")
            return (abs(x) ** ord).sum(axis=axis, keepdims=keepdims) ** (1.0 / ord)
        if len(axis) != 2:
            raise ValueError("Improper number of dimensions to norm.")
        row, col = [a + nd if a < 0 else a for a in axis]
        if row == col:
            raise ValueError("Duplicate axes given.")
        if ord in (1, -1):
            ret = abs(x).sum(axis=row)
            ret = ret.max(axis=col - (col > row)) if ord == 1 else ret.min(axis=col - (col > row))
        elif ord in (np.inf, -np.inf):
            ret = abs(x).sum(axis=col)
            ret = ret.max(axis=row - (row > col)) if ord > 0 else ret.min(axis=row - (row > col))
        elif ord in (None, "fro", "f"):
            ret = np.sqrt((x.conj() * x).real.sum(axis=axis))
        else:
            raise ValueError("Invalid norm order for matrices.")
        if keepdims:
            shape = list(x.shape)
            shape[row] = 1
            shape[col] = 1
            ret = ret.reshape(shape)
        return ret
    """

    static func makeLinalgModule(name: String) -> PyModule {
        let m = PyModule(name: name)
        m.dict!.setItem("LinAlgError", .object(Linalg.linAlgError))
        if name == "numpy.linalg" {
            do throws(PyException) {
                let code = try Interpreter.shared.compileSource(linalgPrelude, filename: "<numpy.linalg>", mode: .exec)
                _ = try Interpreter.shared.runCode(code, globals: m.dict!, locals: m.dict!)
            } catch {
                fatalError("numpy.linalg's prelude failed: \(error.value)")
            }
        }
        function(m, "qr") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("qr", ["a", "mode"], required: 1)
            let modeName = b[1].flatMap { v -> String? in (v.object as? PyStr)?.value }
            // NumPy: 'reduced' unless 'complete'. SciPy: 'full' (R is m×n, also for 'r') unless 'economic'.
            let complete = name == "numpy.linalg" ? modeName == "complete" : modeName != "economic"
            let (q, r) = try Linalg.qr(try Linalg.matrix(b[0]!), complete: complete)
            // SciPy's mode='r' gives a 1-tuple (R,); NumPy's gives R.
            if modeName == "r" { return name == "numpy.linalg" ? .object(r) : .object(PyTuple([.object(r)])) }
            if let result = m.dict!.lookup("QRResult") { return try Protocol.call(result, [.object(q), .object(r)]) }
            return .object(PyTuple([.object(q), .object(r)]))
        }
        installDecompositions(m, scipy: name != "numpy.linalg")
        // SciPy names the singular matrices of a stack; a lone matrix is slice 0.
        let singular = name == "numpy.linalg" ? "Singular matrix" : "A singular matrix detected: slice(s) [0] are singular."
        function(m, "solve") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else { throw .typeError("solve() takes 2 positional arguments but \(a.count) were given") }
            let (x, y) = (try Linalg.matrices(a[0]), try NumPy.asArray(a[1]))
            if x.ndim == 2 { return .object(try Linalg.solve(x, y, singular: singular)) }
            return try Linalg.overStack([x, y], core: [2, y.ndim == 1 ? 1 : 2]) { (v) throws(PyException) in
                .object(try Linalg.solve(v[0], v[1], singular: singular))
            }
        }
        function(m, "inv") { (a) throws(PyException) -> PyValue in
            guard a.count == 1 else { throw .typeError("inv() takes 1 positional argument but \(a.count) were given") }
            return try Linalg.overStack([try Linalg.matrices(a[0])], core: [2]) { (v) throws(PyException) in
                .object(try Linalg.inverse(v[0], singular: singular))
            }
        }
        function(m, "det") { (a) throws(PyException) -> PyValue in
            guard a.count == 1 else { throw .typeError("det() takes 1 positional argument but \(a.count) were given") }
            return try Linalg.overStack([try Linalg.matrices(a[0])], core: [2]) { (v) throws(PyException) in
                .object(PyNumPyScalar(.float64, double: try Linalg.determinant(v[0])))
            }
        }
        function(m, "_dot_self") { (a) throws(PyException) -> PyValue in
            let x = ArrayCreation.cast(try NumPy.asArray(a[0]), to: .float64)
            let p = x.data.assumingMemoryBound(to: Double.self)
            return .object(PyNumPyScalar(.float64, double: cblas_ddot(Int32(x.size), p, 1, p, 1)))
        }
        return m
    }

    static func installDot(_ m: PyModule) {
        function(m, "dot") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else { throw .typeError("dot() takes 2 positional arguments") }
            return try Linalg.dot(a[0], a[1], matmul: false)
        }
        function(m, "matmul") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else { throw .typeError("matmul() takes 2 positional arguments") }
            return try Linalg.dot(a[0], a[1], matmul: true)
        }
        let t = NumPyTypes.ndarray
        t.addMethod("__matmul__") { (a) throws(PyException) -> PyValue in try Linalg.dot(a[0], a[1], matmul: true) }
        t.addMethod("__rmatmul__") { (a) throws(PyException) -> PyValue in try Linalg.dot(a[1], a[0], matmul: true) }
        t.addMethod("dot") { (a) throws(PyException) -> PyValue in try Linalg.dot(a[0], a[1], matmul: false) }
    }
}

/// Linear algebra for compiled code (the JIT's `numpy.linalg.qr` in nopython mode calls the
/// same LAPACK routines as the interpreter).
public enum NativeLinalg {
    /// `numpy.linalg.qr(a)` in its default `reduced` mode.
    public static func qr(_ a: PyNDArray) throws(PyException) -> (q: PyNDArray, r: PyNDArray) {
        if a.size == 0 { throw PyException(Linalg.linAlgError, "Arrays cannot be empty") }
        return try Linalg.qr(try Linalg.matrix(.object(a)), complete: false)
    }
}
