import Foundation
import PyRuntime

/// Shape changes and combinations: `ravel`, `flatten`, `transpose`, `swapaxes`, `fill`,
/// `sort`, `argsort`, `concatenate`, `stack`, `vstack`, `hstack`, `where`, `clip`,
/// `allclose`, `isclose`, `array_equal`, `outer`, `meshgrid`.
extension NumPy {
    static func values(_ a: PyNDArray) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(a.size)
        try! a.forEachAddress { (p) throws(PyException) in out.append(a.double(at: p)) }
        return out
    }

    static func make(_ values: [Double], dtype: DType, shape: [Int]) -> PyNDArray {
        let r = PyNDArray(dtype: dtype, shape: shape)
        var p = r.data
        for v in values {
            if dtype.isFloat { r.store(v, at: p) } else { r.store(integer: v.wrappingInt, at: p) }
            p += dtype.itemsize
        }
        return r
    }

    static func transposed(_ x: PyNDArray, _ axes: [Int]) throws(PyException) -> PyNDArray {
        guard axes.count == x.ndim, Set(axes) == Set(0..<x.ndim) else { throw .valueError("axes don't match array") }
        return PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: axes.map { x.shape[$0] },
                         strides: axes.map { x.strides[$0] })
    }

    static func installShaping(_ m: PyModule) {
        let t = NumPyTypes.ndarray
        for name in ["ravel", "flatten"] {
            t.addMethod(name) { (a) throws(PyException) -> PyValue in
                let x = try array(a, name)
                let c = name == "ravel" && x.isCContiguous ? x : ArrayCreation.copy(x)
                return .object(PyNDArray(buffer: c.buffer, data: c.data, dtype: x.dtype, shape: [x.size],
                                         strides: [x.dtype.itemsize]))
            }
        }
        t.addMethod("transpose") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "transpose")
            var axes = Array((0..<x.ndim).reversed())
            if a.count == 2 { axes = try Protocol.toArray(a[1]).map { (v) throws(PyException) -> Int in try Protocol.index(v) } }
            else if a.count > 2 { axes = try a.values[1..<a.count].map { (v) throws(PyException) -> Int in try Protocol.index(v) } }
            return .object(try transposed(x, axes))
        }
        t.addMethod("swapaxes") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "swapaxes")
            guard a.count == 3 else { throw .typeError("swapaxes() takes 2 arguments") }
            var i = try Protocol.index(a[1]), j = try Protocol.index(a[2])
            for (label, axis) in [("axis1", i), ("axis2", j)] where axis < -x.ndim || axis >= x.ndim {
                throw PyException(AxisReductions.axisError, "\(label): axis \(axis) is out of bounds for array of dimension \(x.ndim)")
            }
            if i < 0 { i += x.ndim }
            if j < 0 { j += x.ndim }
            var axes = Array(0..<x.ndim)
            axes.swapAt(i, j)
            return .object(try transposed(x, axes))
        }
        t.addMethod("fill") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "fill")
            guard a.count == 2 else { throw .typeError("fill() takes exactly 1 argument") }
            try x.forEachAddress { (p) throws(PyException) in try ArrayCreation.store(a[1], into: x, at: p) }
            return .none
        }
        t.addMethod("sort") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "sort")
            let axis = a.count > 1 ? try Protocol.index(a[1]) : (try a.keyword("axis").map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? -1)
            let sorted = try sortLines(x, axis: axis, indices: false)
            try Indexing.set(x, .object(PyTuple([])), .object(sorted))
            return .none
        }
        t.addMethod("argsort") { (a) throws(PyException) -> PyValue in
            let axis = a.count > 1 ? try Protocol.index(a[1]) : (try a.keyword("axis").map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? -1)
            return .object(try sortLines(try array(a, "argsort"), axis: axis, indices: true))
        }
        t.addGetSet("flags", get: { (v) throws(PyException) -> PyValue in
            let x = v.object as! PyNDArray
            return try Protocol.call(NumPy.flagsType, [.bool(x.isCContiguous), .bool(x.isFContiguous),
                                                        .bool(x.data == x.buffer.bytes)])
        })

        for name in ["round", "around"] {
            function(m, name) { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["a", "decimals"], required: 1)
                return try Rounding.round(b[0]!, decimals: try b[1].map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 0)
            }
        }
        t.addMethod("round") { (a) throws(PyException) -> PyValue in
            let decimals = a.count > 1 ? try Protocol.index(a[1]) : (try a.keyword("decimals").map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 0)
            return try Rounding.round(a[0], decimals: decimals)
        }
        // Module forms of the methods: np.reshape(a, ...), np.copy(a), np.cumsum(a), ...
        for name in ["reshape", "copy", "cumsum", "cumprod", "swapaxes", "transpose", "flatten", "fill", "argsort", "astype"] {
            guard m.dict!.lookup(name) == nil || name == "transpose" else { continue }
            function(m, name) { (a) throws(PyException) -> PyValue in
                guard a.count >= 1 else { throw .typeError("\(name)() missing required argument 'a' (pos 0)") }
                let target = try asArray(a[0])
                let method = try Protocol.getAttr(.object(target), Names.intern(name))
                return try Protocol.call(method, Arguments(UnsafeBufferPointer(rebasing: a.values[1...]), kwnames: a.kwnames))
            }
        }
        function(m, "full_like") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("full_like", ["a", "fill_value", "dtype"], required: 2)
            let like = try asArray(b[0]!)
            let result = ArrayCreation.filled(like.shape, dtype: try ArrayCreation.dtype(b[2]) ?? like.dtype, value: 0)
            try result.forEachAddress { (p) throws(PyException) in try ArrayCreation.store(b[1]!, into: result, at: p) }
            return .object(result)
        }
        for (dunder, convert) in [("__float__", "float"), ("__int__", "int")] {
            t.addMethod(dunder) { (a) throws(PyException) -> PyValue in
                let x = try array(a, dunder)
                guard x.ndim == 0 else { throw .typeError("only 0-dimensional arrays can be converted to Python scalars") }
                return try Protocol.call(Runtime.builtins.lookup(convert)!, [PyNumPyScalar.element(of: x, at: x.data).python])
            }
        }
        for (name, indices) in [("sort", false), ("argsort", true)] {
            function(m, name) { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["a", "axis", "kind", "order"], required: 1)
                let x = try asArray(b[0]!)
                if let axisValue = b[1], axisValue.isNone {
                    let flat = ArrayCreation.copy(x)
                    return .object(try sortLines(PyNDArray(buffer: flat.buffer, data: flat.data, dtype: flat.dtype, shape: [flat.size],
                                                           strides: [flat.dtype.itemsize]), indices: indices))
                }
                let axis = try b[1].map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? -1
                return .object(try sortLines(x, axis: axis, indices: indices))
            }
        }
        function(m, "ravel") { (a) throws(PyException) -> PyValue in
            let x = ArrayCreation.copy(try asArray(a[0]))
            return .object(PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: [x.size], strides: [x.dtype.itemsize]))
        }
        function(m, "transpose") { (a) throws(PyException) -> PyValue in
            let x = try asArray(a[0])
            var axes = Array((0..<x.ndim).reversed())
            if a.count == 2, !a[1].isNone {
                axes = try Protocol.toArray(a[1]).map { (v) throws(PyException) -> Int in try Protocol.index(v) }
            }
            return .object(try transposed(x, axes))
        }
        function(m, "concatenate") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("concatenate", ["arrays", "axis"], required: 1)
            var arrays = try Protocol.toArray(b[0]!).map { (v) throws(PyException) -> PyNDArray in try asArray(v) }
            if let axisValue = b[1], axisValue.isNone {
                // axis=None: everything flattened first.
                arrays = arrays.map { x in
                    let c = ArrayCreation.copy(x)
                    return PyNDArray(buffer: c.buffer, data: c.data, dtype: c.dtype, shape: [c.size], strides: [c.dtype.itemsize])
                }
                return .object(try concatenate(arrays, axis: 0))
            }
            let axis = try b[1].map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 0
            return .object(try concatenate(arrays, axis: axis))
        }
        function(m, "stack") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("stack", ["arrays", "axis"], required: 1)
            let axis = try b[1].map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 0
            let arrays = try Protocol.toArray(b[0]!).map { (v) throws(PyException) -> PyNDArray in try asArray(v) }
            guard let first = arrays.first, arrays.allSatisfy({ $0.shape == first.shape }) else {
                throw .valueError("all input arrays must have the same shape")
            }
            let expanded = arrays.map { x -> PyNDArray in
                var shape = x.shape, strides = x.strides
                let at = axis < 0 ? axis + x.ndim + 1 : axis
                shape.insert(1, at: at)
                strides.insert(0, at: at)
                return PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: shape, strides: strides)
            }
            return .object(try concatenate(expanded, axis: axis < 0 ? axis + first.ndim + 1 : axis))
        }
        function(m, "vstack") { (a) throws(PyException) -> PyValue in
            let arrays = try Protocol.toArray(a[0]).map { (v) throws(PyException) -> PyNDArray in
                let x = try asArray(v)
                return x.ndim == 1 ? PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: [1, x.shape[0]],
                                               strides: [0, x.strides[0]]) : x
            }
            return .object(try concatenate(arrays, axis: 0))
        }
        function(m, "hstack") { (a) throws(PyException) -> PyValue in
            let arrays = try Protocol.toArray(a[0]).map { (v) throws(PyException) -> PyNDArray in try asArray(v) }
            return .object(try concatenate(arrays, axis: arrays.first?.ndim == 1 ? 0 : 1))
        }
        func nonzero(_ v: PyValue) throws(PyException) -> PyValue {
            let c = try asArray(v)
            guard c.ndim > 0 else {
                throw .valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")
            }
            let mask = c.dtype == .bool ? c : try Ufuncs.binary(.notEqual, .object(c), .int(0)).object as! PyNDArray
            return .object(PyTuple(Indexing.nonzero(mask).map { .object($0) }))
        }
        function(m, "nonzero") { (a) throws(PyException) -> PyValue in try nonzero(a[0]) }
        t.addMethod("nonzero") { (a) throws(PyException) -> PyValue in try nonzero(a[0]) }
        function(m, "where") { (a) throws(PyException) -> PyValue in
            if a.count == 1 { return try nonzero(a[0]) }
            guard a.count == 3 else { throw .valueError("either both or neither of x and y should be given") }
            let c = try asArray(a[0])
            let (x, _) = try Ufuncs.operand(a[1], next: nil), (y, _) = try Ufuncs.operand(a[2], next: nil)
            let shape = try Broadcasting.shape([c.shape, x.shape, y.shape])
            let dtype = DType.promote(x.dtype, y.dtype)
            let r = PyNDArray(dtype: dtype, shape: shape)
            Broadcasting.forEach([c, x, y, r], shape: shape) { p in
                let pick = c.double(at: p[0]) != 0 ? (x, p[1]) : (y, p[2])
                if dtype.isFloat { r.store(pick.0.double(at: pick.1), at: p[3]) }
                else { r.store(integer: pick.0.integer(at: pick.1), at: p[3]) }
            }
            return .object(r)
        }
        function(m, "clip") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("clip", ["a", "a_min", "a_max", "min", "max"], required: 1)
            return try clip(b[0]!, low: b[1] ?? b[3], high: b[2] ?? b[4])
        }
        t.addMethod("clip") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("clip", ["self", "min", "max"], required: 1)
            return try clip(b[0]!, low: b[1], high: b[2])
        }
        function(m, "ascontiguousarray") { (a) throws(PyException) -> PyValue in
            let x = try asArray(a[0])
            return .object(x.isCContiguous && x.ndim > 0 ? x : ArrayCreation.copy(x.ndim == 0 ? make([x.double(at: x.data)], dtype: x.dtype, shape: [1]) : x))
        }
        function(m, "asfortranarray") { (a) throws(PyException) -> PyValue in
            let x = try asArray(a[0])
            if x.isFContiguous { return .object(x) }
            // A C copy of the transpose, transposed back: the same elements in Fortran order.
            let reversed = Array((0..<x.ndim).reversed())
            return .object(try transposed(ArrayCreation.copy(try transposed(x, reversed)), reversed))
        }
        function(m, "unravel_index") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("unravel_index", ["indices", "shape", "order"], required: 2)
            let shape = try ArrayCreation.shape(b[1]!)
            let indices = try asArray(b[0]!)
            let total = shape.reduce(1, *)
            var columns = [[Double]](repeating: [], count: shape.count)
            for flat in values(indices) {
                var i = Int(flat)
                guard i >= 0 && i < total else { throw .valueError("index \(i) is out of bounds for array with size \(total)") }
                for axis in shape.indices.reversed() {
                    columns[axis].append(Double(i % shape[axis]))
                    i /= shape[axis]
                }
            }
            if indices.ndim == 0 {
                return .object(PyTuple(columns.map { .object(PyNumPyScalar(.int64, double: $0[0], integer: Int($0[0]))) }))
            }
            return .object(PyTuple(columns.map { .object(make($0, dtype: .int64, shape: indices.shape)) }))
        }
        function(m, "isclose") { (a) throws(PyException) -> PyValue in Ufuncs.wrapResult(try isclose(a), out: nil) }
        function(m, "allclose") { (a) throws(PyException) -> PyValue in
            let r = try isclose(a)
            return .bool(values(r).allSatisfy { $0 != 0 })
        }
        function(m, "array_equal") { (a) throws(PyException) -> PyValue in
            let x = try asArray(a[0]), y = try asArray(a[1])
            guard x.shape == y.shape else { return .bool(false) }
            return .bool(values(x) == values(y))
        }
        function(m, "outer") { (a) throws(PyException) -> PyValue in
            let x = ArrayCreation.copy(try asArray(a[0])), y = ArrayCreation.copy(try asArray(a[1]))
            let column = PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: [x.size, 1], strides: [x.dtype.itemsize, 0])
            let row = PyNDArray(buffer: y.buffer, data: y.data, dtype: y.dtype, shape: [1, y.size], strides: [0, y.dtype.itemsize])
            return try Ufuncs.binary(.multiply, .object(column), .object(row))
        }
        function(m, "meshgrid") { (a) throws(PyException) -> PyValue in
            let ij = (a.keyword("indexing").flatMap { ($0.object as? PyStr)?.value }) == "ij"
            let inputs = try a.values[0..<a.count].map { (v) throws(PyException) -> PyNDArray in ArrayCreation.copy(try asArray(v)) }
            var shape = inputs.map(\.size)
            if !ij && shape.count >= 2 { shape.swapAt(0, 1) }
            let grids = inputs.enumerated().map { (k, x) -> PyValue in
                var axis = k
                if !ij && inputs.count >= 2 && k < 2 { axis = 1 - k }
                var strides = [Int](repeating: 0, count: shape.count)
                strides[axis] = x.dtype.itemsize
                let view = PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: shape, strides: strides)
                return .object(ArrayCreation.copy(view))
            }
            return .object(PyTuple(grids))
        }
    }

    /// `clip`: `minimum(maximum(a, low), high)`, either bound optional.
    static func clip(_ a: PyValue, low: PyValue?, high: PyValue?) throws(PyException) -> PyValue {
        let low = low.flatMap { $0.isNone ? nil : $0 }, high = high.flatMap { $0.isNone ? nil : $0 }
        var result = a
        if let low { result = try Ufuncs.binary(.maximum, result, low) }
        if let high { result = try Ufuncs.binary(.minimum, result, high) }
        if low == nil && high == nil { result = .object(ArrayCreation.copy(try asArray(a))) }
        return result
    }

    static func concatenate(_ arrays: [PyNDArray], axis rawAxis: Int) throws(PyException) -> PyNDArray {
        guard let first = arrays.first else { throw .valueError("need at least one array to concatenate") }
        let axis = rawAxis < 0 ? rawAxis + first.ndim : rawAxis
        guard axis >= 0 && axis < first.ndim else {
            throw PyException(AxisReductions.axisError, "axis \(rawAxis) is out of bounds for array of dimension \(first.ndim)")
        }
        for (i, x) in arrays.enumerated() {
            guard x.ndim == first.ndim else {
                throw .valueError("all the input arrays must have same number of dimensions, but the array at index 0 has \(first.ndim) dimension(s) and the array at index \(i) has \(x.ndim) dimension(s)")
            }
            for d in 0..<x.ndim where d != axis && x.shape[d] != first.shape[d] {
                throw .valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(i) has size \(x.shape[d])")
            }
        }
        var shape = first.shape
        shape[axis] = arrays.map { $0.shape[axis] }.reduce(0, +)
        let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        let r = PyNDArray(dtype: dtype, shape: shape)
        var offset = 0
        for x in arrays {
            var part = shape
            part[axis] = x.shape[axis]
            let view = PyNDArray(buffer: r.buffer, data: r.data + offset * r.strides[axis], dtype: dtype,
                                 shape: part, strides: r.strides)
            try Indexing.set(view, .object(PyTuple([])), .object(x))
            offset += x.shape[axis]
        }
        return r
    }

    /// Each line along `axis` (the last by default) sorted, NaN last; `indices` gives argsort.
    static func sortLines(_ x: PyNDArray, axis rawAxis: Int = -1, indices: Bool) throws(PyException) -> PyNDArray {
        if x.ndim == 0 { throw PyException(AxisReductions.axisError, "axis -1 is out of bounds for array of dimension 0") }
        let axis = rawAxis < 0 ? rawAxis + x.ndim : rawAxis
        guard axis >= 0 && axis < x.ndim else {
            throw PyException(AxisReductions.axisError, "axis \(rawAxis) is out of bounds for array of dimension \(x.ndim)")
        }
        let result = indices ? PyNDArray(dtype: .int64, shape: x.shape) : ArrayCreation.copy(x)
        var lineShape = x.shape
        lineShape.remove(at: axis)
        let outer = PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: lineShape,
                              strides: { var s = x.strides; s.remove(at: axis); return s }())
        let resultOuter = PyNDArray(buffer: result.buffer, data: result.data, dtype: result.dtype, shape: lineShape,
                                    strides: { var s = result.strides; s.remove(at: axis); return s }())
        let n = x.shape[axis]
        var starts: [UnsafeMutableRawPointer] = []
        try resultOuter.forEachAddress { (p) throws(PyException) in starts.append(p) }
        var k = 0
        try outer.forEachAddress { (p) throws(PyException) in
            let v = (0..<n).map { x.double(at: p + $0 * x.strides[axis]) }
            // Complex values sort by real part, then imaginary part.
            let im = x.dtype == .complex128 ? (0..<n).map { x.complex(at: p + $0 * x.strides[axis]).imag } : []
            func less(_ i: Int, _ j: Int) -> Bool {
                if v[i] != v[j] { return v[j].isNaN ? !v[i].isNaN : v[i] < v[j] }
                if !im.isEmpty && im[i] != im[j] { return im[i] < im[j] }
                return i < j  // stable, as NumPy's default sort is for the keys it meets here
            }
            let order = v.indices.sorted(by: less)
            let q = starts[k]
            k += 1
            for (slot, i) in order.enumerated() {
                let target = q + slot * result.strides[axis]
                if indices { result.store(integer: i, at: target) }
                else { target.copyMemory(from: p + i * x.strides[axis], byteCount: x.dtype.itemsize) }
            }
        }
        return result
    }

    static func sortedCopy(_ x: PyNDArray) throws(PyException) -> PyNDArray { try sortLines(x, indices: false) }

    static func argsort(_ x: PyNDArray) throws(PyException) -> PyNDArray { try sortLines(x, indices: true) }

    static func isclose(_ a: Arguments) throws(PyException) -> PyNDArray {
        let b = try a.bind("isclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
        let rtol = b[2]?.asDouble ?? 1e-05, atol = b[3]?.asDouble ?? 1e-08
        let equalNaN = try b[4].map { (v) throws(PyException) -> Bool in try Protocol.isTrue(v) } ?? false
        let (x, _) = try Ufuncs.operand(b[0]!, next: nil), (y, _) = try Ufuncs.operand(b[1]!, next: nil)
        let shape = try Broadcasting.shape([x.shape, y.shape])
        let r = PyNDArray(dtype: .bool, shape: shape)
        Broadcasting.forEach([x, y, r], shape: shape) { p in
            let u = x.double(at: p[0]), w = y.double(at: p[1])
            var close = abs(u - w) <= atol + rtol * abs(w)
            if u.isInfinite || w.isInfinite { close = u == w }
            if u.isNaN || w.isNaN { close = equalNaN && u.isNaN && w.isNaN }
            r.store(integer: close ? 1 : 0, at: p[2])
        }
        return r
    }
}
