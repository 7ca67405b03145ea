import PyRuntime

/// Stacks of matrices: NumPy's linalg functions and `matmul` are gufuncs, which loop a 2-D
/// routine over the leading dimensions, broadcast between the operands.
extension Linalg {
    /// Calls `body` on the core of each operand (its last `core[i]` dimensions) for every
    /// index of the broadcast leading dimensions, and stacks the results in that shape.
    static func overStack(_ operands: [PyNDArray], core: [Int],
                          _ body: ([PyNDArray]) throws(PyException) -> PyValue) throws(PyException) -> PyValue {
        let leadingShapes = operands.indices.map { Array(operands[$0].shape.dropLast(core[$0])) }
        let leading = try Broadcasting.shape(leadingShapes)
        if leading.isEmpty { return try body(operands) }
        var items: [PyValue] = []
        var index = [Int](repeating: 0, count: leading.count)
        for _ in 0..<leading.reduce(1, *) {
            let cores = try operands.indices.map { (i) throws(PyException) -> PyNDArray in
                let own = leadingShapes[i]
                let key = own.indices.map { axis -> PyValue in
                    own[axis] == 1 ? .int(0) : .int(index[leading.count - own.count + axis])
                }
                return try Indexing.get(operands[i], .object(PyTuple(key))).object as! PyNDArray
            }
            items.append(try body(cores))
            var axis = leading.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < leading[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        let first = items.first.flatMap { $0.object as? PyNDArray }
        let itemShape = first?.shape ?? []
        let dtype = first?.dtype ?? items.first.flatMap { ($0.object as? PyNumPyScalar)?.dtype } ?? .float64
        let result = PyNDArray(dtype: dtype, shape: leading + itemShape)
        let flat = PyNDArray(buffer: result.buffer, data: result.data, dtype: dtype,
                             shape: [items.count] + itemShape,
                             strides: [result.dtype.itemsize * itemShape.reduce(1, *)] + Array(result.strides.suffix(itemShape.count)))
        for (k, item) in items.enumerated() { try Indexing.set(flat, .int(k), item) }
        return .object(result)
    }

    /// `matmul` with a stack on either side: 1-D operands count as a row (left) or a column
    /// (right) that the result then drops, as NumPy's signature `(n?,k),(k,m?)->(n?,m?)` says.
    static func stackedMatmul(_ a: PyNDArray, _ b: PyNDArray) throws(PyException) -> PyValue {
        let ka = a.shape[a.ndim - 1], kb = b.ndim == 1 ? b.shape[0] : b.shape[b.ndim - 2]
        guard ka == kb else {
            throw .valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(kb) is different from \(ka))")
        }
        return try overStack([a, b], core: [min(a.ndim, 2), min(b.ndim, 2)]) { (m) throws(PyException) in
            try dot(.object(m[0]), .object(m[1]), matmul: true)
        }
    }
}
