import Foundation
import PyRuntime

/// Reductions with `axis=` and `keepdims=`: `sum`, `mean`, `prod`, `min`, `max`, `argmin`,
/// `argmax`, `all`, `any`, `std`, `var`. Along the last (contiguous) axis float sums are
/// pairwise, as NumPy's inner loop is; along others they accumulate row by row, as NumPy's
/// outer iteration does.
enum AxisReductions {
    static let names = ["sum", "mean", "prod", "min", "max", "argmin", "argmax", "all", "any", "std", "var"]

    static func reduce(_ name: String, _ a: PyNDArray, _ args: Arguments, skip: Int) throws(PyException) -> PyValue {
        let rest = Arguments(UnsafeBufferPointer(rebasing: args.values[skip...]), kwnames: args.kwnames)
        let b = try rest.bind(name, ["axis", "dtype", "out", "keepdims", "ddof"], required: 0)
        let keepdims = try b[3].map { (v) throws(PyException) -> Bool in try Protocol.isTrue(v) } ?? false
        let ddof = try b[4].map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 0
        guard let axisValue = b[0], !axisValue.isNone else {
            if keepdims || name == "std" || name == "var" || name == "prod" || name == "argmin" || name == "argmax"
                || name == "all" || name == "any" {
                let flat = PyNDArray(buffer: a.buffer, data: a.data, dtype: a.dtype, shape: a.shape, strides: a.strides)
                return try reduceAll(name, flat, keepdims: keepdims, ddof: ddof)
            }
            return try Reductions.reduce(name, a)
        }
        if case .object(let o) = axisValue, let t = o as? PyTuple {
            return try reduceAxes(name, a, t.elements, keepdims: keepdims, ddof: ddof, args: args, skip: skip)
        }
        var axis = try Protocol.index(axisValue)
        if axis < -a.ndim || axis >= a.ndim {
            throw PyException(axisError, "axis \(axis) is out of bounds for array of dimension \(a.ndim)")
        }
        if axis < 0 { axis += a.ndim }
        return try along(name, a, axis: axis, keepdims: keepdims, ddof: ddof)
    }

    /// Several axes at once: all of them is the whole-array reduction; otherwise `min`, `max`,
    /// `sum`, `prod`, `all`, `any` reduce one axis after another (highest first), and `mean`
    /// divides the sum by the number of elements reduced.
    private static func reduceAxes(_ name: String, _ a: PyNDArray, _ axisValues: [PyValue], keepdims: Bool, ddof: Int,
                                   args: Arguments, skip: Int) throws(PyException) -> PyValue {
        var axes: [Int] = []
        for v in axisValues {
            var axis = try Protocol.index(v)
            if axis < -a.ndim || axis >= a.ndim {
                throw PyException(axisError, "axis \(axis) is out of bounds for array of dimension \(a.ndim)")
            }
            if axis < 0 { axis += a.ndim }
            if axes.contains(axis) { throw .valueError("duplicate value in 'axis'") }
            axes.append(axis)
        }
        if axes.count == a.ndim && !keepdims && ["sum", "mean", "min", "max", "prod", "all", "any", "std", "var"].contains(name) {
            return try reduceAll(name, a, keepdims: false, ddof: ddof)
        }
        let step = name == "mean" ? "sum" : name
        guard ["sum", "min", "max", "prod", "all", "any"].contains(step) else {
            throw PyException(Types.notImplementedError, "Jitbook's NumPy reduces several axes with sum, mean, min, max, prod, all and any")
        }
        var current: PyValue = .object(a)
        for axis in axes.sorted(by: >) {
            guard case .object(let o) = current, let x = o as? PyNDArray else { break }
            current = try along(step, x, axis: axis, keepdims: true, ddof: ddof)
        }
        guard case .object(let o) = current, var result = o as? PyNDArray else { return current }
        if name == "mean" {
            let count = axes.reduce(1) { $0 * a.shape[$1] }
            guard case .object(let m) = try Ufuncs.binary(.divide, .object(result), .float(Double(count))), let r = m as? PyNDArray else {
                return current
            }
            result = r
        }
        if !keepdims {
            let shape = result.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
            let strides = result.strides.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
            result = PyNDArray(buffer: result.buffer, data: result.data, dtype: result.dtype, shape: shape, strides: strides)
            if result.ndim == 0 { return .object(PyNumPyScalar.element(of: result, at: result.data)) }
        }
        return .object(result)
    }

    /// `numpy.exceptions.AxisError` (a ValueError and an IndexError).
    static let axisError: PyType = {
        let ns = PyDict()
        ns.setItem("__module__", .str("numpy.exceptions"))
        return try! PyType.makeClass(name: "AxisError", qualname: "AxisError", bases: [Types.valueError, Types.indexError],
                                     namespace: ns, module: "numpy.exceptions")
    }()

    /// Sums and products of integers are int64 (uint64 for unsigned ones), as NumPy widens them.
    private static func integerTotalType(_ dtype: DType) -> DType { dtype.kind == "u" ? .uint64 : .int64 }

    /// Integer sums and products, in int64 with wrap-around as NumPy computes them.
    private static func integerTotal(_ name: String, _ a: PyNDArray, _ values: [Int]) -> Int {
        name == "sum" ? values.reduce(0, &+) : values.reduce(1, &*)
    }

    private static func reduceAll(_ name: String, _ a: PyNDArray, keepdims: Bool, ddof: Int) throws(PyException) -> PyValue {
        if (name == "sum" || name == "prod") && (a.dtype.isInteger || a.dtype == .bool) {
            var ints: [Int] = []
            try a.forEachAddress { (p) throws(PyException) in ints.append(a.integer(at: p)) }
            let total = integerTotal(name, a, ints)
            let out = PyNDArray(dtype: integerTotalType(a.dtype), shape: [Int](repeating: 1, count: keepdims ? a.ndim : 0))
            out.store(integer: total, at: out.data)
            return keepdims ? .object(out) : .object(PyNumPyScalar.element(of: out, at: out.data))
        }
        var values: [Double] = []
        try a.forEachAddress { (p) throws(PyException) in values.append(a.double(at: p)) }
        let r = try combine(name, values, a.dtype, ddof: ddof, pairwise: true)
        if keepdims {
            let out = PyNDArray(dtype: r.dtype, shape: [Int](repeating: 1, count: a.ndim))
            out.store(r.value, at: out.data)
            return .object(out)
        }
        return scalar(r.value, r.dtype)
    }

    private static func along(_ name: String, _ a: PyNDArray, axis: Int, keepdims: Bool, ddof: Int) throws(PyException) -> PyValue {
        var outShape = a.shape
        outShape.remove(at: axis)
        let n = a.shape[axis]
        if n == 0 && ["min", "max", "argmin", "argmax"].contains(name) {
            throw .valueError("zero-size array to reduction operation \(name == "max" || name == "argmax" ? "maximum" : "minimum") which has no identity")
        }
        let rest = PyNDArray(buffer: a.buffer, data: a.data, dtype: a.dtype, shape: outShape,
                             strides: { var s = a.strides; s.remove(at: axis); return s }())
        if (name == "sum" || name == "prod") && (a.dtype.isInteger || a.dtype == .bool) {
            var shape = outShape
            if keepdims { shape.insert(1, at: axis) }
            let out = PyNDArray(dtype: integerTotalType(a.dtype), shape: shape)
            var q = out.data
            try rest.forEachAddress { (p) throws(PyException) in
                let ints = (0..<n).map { a.integer(at: p + $0 * a.strides[axis]) }
                out.store(integer: integerTotal(name, a, ints), at: q)
                q += 8
            }
            if out.ndim == 0 { return .object(PyNumPyScalar.element(of: out, at: out.data)) }
            return .object(out)
        }
        var results: [(Double, DType)] = []
        let pairwise = axis == a.ndim - 1
        try rest.forEachAddress { (p) throws(PyException) in
            var values: [Double] = []
            values.reserveCapacity(n)
            for i in 0..<n { values.append(a.double(at: p + i * a.strides[axis])) }
            let r = try combine(name, values, a.dtype, ddof: ddof, pairwise: pairwise)
            results.append((r.value, r.dtype))
        }
        let dtype = results.first?.1 ?? resultDType(name, a.dtype)
        var shape = outShape
        if keepdims { shape.insert(1, at: axis) }
        let out = PyNDArray(dtype: dtype, shape: shape)
        var q = out.data
        for (v, _) in results {
            if dtype.isFloat { out.store(v, at: q) } else { out.store(integer: v.wrappingInt, at: q) }
            q += dtype.itemsize
        }
        if out.ndim == 0 { return .object(PyNumPyScalar.element(of: out, at: out.data)) }
        return .object(out)
    }

    static func resultDType(_ name: String, _ d: DType) -> DType {
        switch name {
        case "mean", "std", "var": return d.isFloat ? d : .float64
        case "argmin", "argmax": return .int64
        case "all", "any": return .bool
        case "sum", "prod": return d.isFloat ? d : .int64
        default: return d
        }
    }

    private static func combine(_ name: String, _ v: [Double], _ d: DType, ddof: Int, pairwise: Bool)
        throws(PyException) -> (value: Double, dtype: DType) {
        let dtype = resultDType(name, d)
        func total(_ xs: [Double]) -> Double {
            if pairwise { return Reductions.pairwiseSum(xs) }
            var s = 0.0
            for x in xs { s += x }
            return s
        }
        switch name {
        case "sum": return (total(v), dtype)
        case "mean": return (total(v) / Double(v.count), dtype)
        case "prod": return (v.reduce(1, *), dtype)
        case "min", "max":
            guard !v.isEmpty else { throw .valueError("zero-size array to reduction operation \(name == "max" ? "maximum" : "minimum") which has no identity") }
            if let nan = v.first(where: \.isNaN) { return (nan, dtype) }
            return (name == "max" ? v.max()! : v.min()!, dtype)
        case "argmin", "argmax":
            guard !v.isEmpty else { throw .valueError("attempt to get \(name) of an empty sequence") }
            if let nan = v.firstIndex(where: \.isNaN) { return (Double(nan), .int64) }
            let target = name == "argmax" ? v.max()! : v.min()!
            return (Double(v.firstIndex(of: target)!), .int64)
        case "all": return (v.allSatisfy { $0 != 0 } ? 1 : 0, .bool)
        case "any": return (v.contains { $0 != 0 } ? 1 : 0, .bool)
        case "std", "var":
            let mean = total(v) / Double(v.count)
            let squares = v.map { ($0 - mean) * ($0 - mean) }
            let variance = total(squares) / Double(max(v.count - ddof, 0))
            return (name == "std" ? variance.squareRoot() : variance, dtype)
        default:
            throw .typeError("unknown reduction \(name)")
        }
    }

    static func scalar(_ value: Double, _ dtype: DType) -> PyValue {
        dtype.isFloat ? .object(PyNumPyScalar(dtype, double: value))
            : .object(PyNumPyScalar(dtype, double: value, integer: value.wrappingInt))
    }
}
