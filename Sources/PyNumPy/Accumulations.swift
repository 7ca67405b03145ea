import PyRuntime

/// `cumsum` and `cumprod`: running totals along one axis (the flattened array without
/// `axis=`). Integers and bools accumulate in int64 with wrap-around, floats and complex
/// numbers in their own dtype, one addition after another as NumPy's `accumulate` does.
extension NumPy {
    static func installAccumulations() {
        for (name, product) in [("cumsum", false), ("cumprod", true)] {
            NumPyTypes.ndarray.addMethod(name) { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["self", "axis", "dtype"], required: 1)
                let x = try asArray(b[0]!)
                let axis = try b[1].flatMap { (v) throws(PyException) -> Int? in v.isNone ? nil : try Protocol.index(v) }
                return .object(try accumulate(x, axis: axis, product: product, dtype: try ArrayCreation.dtype(b[2])))
            }
        }
    }

    static func accumulate(_ x: PyNDArray, axis rawAxis: Int?, product: Bool, dtype requested: DType?) throws(PyException) -> PyNDArray {
        guard let rawAxis else {
            let flat = x.isCContiguous ? x : ArrayCreation.copy(x)
            let line = PyNDArray(buffer: flat.buffer, data: flat.data, dtype: x.dtype, shape: [x.size],
                                 strides: [x.dtype.itemsize])
            return try accumulate(line, axis: 0, product: product, dtype: requested)
        }
        let axis = rawAxis < 0 ? rawAxis + x.ndim : rawAxis
        guard axis >= 0 && axis < max(x.ndim, 1) else {
            throw PyException(AxisReductions.axisError, "axis \(rawAxis) is out of bounds for array of dimension \(x.ndim)")
        }
        if x.ndim == 0 { return try accumulate(x, axis: nil, product: product, dtype: requested) }
        let dtype = requested ?? (x.dtype.isInteger || x.dtype == .bool ? .int64 : x.dtype)
        let result = PyNDArray(dtype: dtype, shape: x.shape)
        let n = x.shape[axis], step = x.strides[axis], resultStep = result.strides[axis]
        var lineShape = x.shape, lineStrides = x.strides, resultStrides = result.strides
        lineShape.remove(at: axis)
        lineStrides.remove(at: axis)
        resultStrides.remove(at: axis)
        let starts = PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: lineShape, strides: lineStrides)
        let resultStarts = PyNDArray(buffer: result.buffer, data: result.data, dtype: dtype, shape: lineShape,
                                     strides: resultStrides)
        Broadcasting.forEach([starts, resultStarts], shape: lineShape) { p in
            var source = p[0], target = p[1]
            switch dtype {
            case .complex128:
                var total = Complex(product ? 1 : 0, 0)
                for _ in 0..<n {
                    let v = x.complex(at: source)
                    total = product ? Complex(total.real * v.real - total.imag * v.imag, total.real * v.imag + total.imag * v.real)
                                    : Complex(total.real + v.real, total.imag + v.imag)
                    result.store(complex: total, at: target)
                    source += step
                    target += resultStep
                }
            case _ where dtype.isFloat:
                var total = product ? 1.0 : 0.0
                for _ in 0..<n {
                    let v = x.double(at: source)
                    total = product ? total * v : total + v
                    result.store(total, at: target)
                    // float32 keeps float32 partial results.
                    total = result.double(at: target)
                    source += step
                    target += resultStep
                }
            default:
                var total = product ? 1 : 0
                for _ in 0..<n {
                    let v = x.integer(at: source)
                    total = product ? total &* v : total &+ v
                    result.store(integer: total, at: target)
                    total = result.integer(at: target)
                    source += step
                    target += resultStep
                }
            }
        }
        return result
    }
}
