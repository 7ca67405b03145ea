import Foundation
import PyRuntime

/// NumPy indexing: ints, slices with steps, `None`/`np.newaxis` and `...` give views (an
/// element gives a NumPy scalar); a boolean mask or an integer array/list on one axis gives a
/// copy. Assignment goes through the same selection, with the value broadcast to it.
enum Indexing {
    enum Item {
        case integer(Int)
        case slice(PySlice)
        case newAxis
        case ellipsis
        case mask(PyNDArray)
        case indices(PyNDArray)
    }

    static func items(_ key: PyValue) throws(PyException) -> [Item] {
        let keys: [PyValue]
        if case .object(let o) = key, let t = o as? PyTuple { keys = t.elements } else { keys = [key] }
        return try keys.map { (k) throws(PyException) -> Item in
            switch k {
            case .none: return .newAxis
            case .int(let i): return .integer(i)
            case .bool: return .mask(try ArrayCreation.array(k, dtype: .bool))
            case .object(let o):
                if o === PySingleton.ellipsis { return .ellipsis }
                if let s = o as? PySlice { return .slice(s) }
                if let s = o as? PyNumPyScalar, !s.dtype.isFloat { return .integer(s.integer) }
                if let a = o as? PyNDArray { return a.dtype == .bool ? .mask(a) : .indices(try integral(a)) }
                if o is PyList { return try item(fromList: k) }
                if let i = try? Protocol.index(k) { return .integer(i) }
            default: break
            }
            throw .indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        }
    }

    private static func item(fromList k: PyValue) throws(PyException) -> Item {
        let a = try ArrayCreation.array(k, dtype: nil)
        return a.dtype == .bool ? .mask(a) : .indices(try integral(a))
    }

    private static func integral(_ a: PyNDArray) throws(PyException) -> PyNDArray {
        guard a.dtype.isInteger || a.size == 0 else {
            throw .indexError("arrays used as indices must be of integer (or boolean) type")
        }
        return a
    }

    /// The view that the basic items select (after any advanced item has been handled).
    static func view(_ x: PyNDArray, _ items: [Item]) throws(PyException) -> (PyNDArray, isElement: Bool) {
        let consuming = items.filter { if case .newAxis = $0 { return false }; if case .ellipsis = $0 { return false }; return true }.count
        guard consuming <= x.ndim else {
            throw .indexError("too many indices for array: array is \(x.ndim)-dimensional, but \(consuming) were indexed")
        }
        if items.filter({ if case .ellipsis = $0 { return true }; return false }).count > 1 {
            throw .indexError("an index can only have a single ellipsis ('...')")
        }
        var shape: [Int] = [], strides: [Int] = []
        var data = x.data
        var axis = 0
        var sawInteger = 0
        var expanded = items
        if let e = expanded.firstIndex(where: { if case .ellipsis = $0 { return true }; return false }) {
            expanded.replaceSubrange(e...e, with: Array(repeating: Item.slice(PySlice(stop: .none)), count: x.ndim - consuming))
        } else {
            expanded += Array(repeating: Item.slice(PySlice(stop: .none)), count: x.ndim - consuming)
        }
        for item in expanded {
            switch item {
            case .newAxis:
                shape.append(1)
                strides.append(0)
            case .integer(var i):
                let n = x.shape[axis]
                if i < -n || i >= n { throw .indexError("index \(i) is out of bounds for axis \(axis) with size \(n)") }
                if i < 0 { i += n }
                data += i * x.strides[axis]
                axis += 1
                sawInteger += 1
            case .slice(let s):
                let (start, stop, step) = try s.indices(length: x.shape[axis])
                let count = step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
                if count > 0 { data += start * x.strides[axis] }
                shape.append(count)
                strides.append(x.strides[axis] * step)
                axis += 1
            case .ellipsis, .mask, .indices:
                throw PyException(Types.notImplementedError, "Jitbook's NumPy takes one array index at a time")
            }
        }
        let isElement = sawInteger == x.ndim && !items.contains { if case .newAxis = $0 { return true }; return false }
        return (PyNDArray(buffer: x.buffer, data: data, dtype: x.dtype, shape: shape, strides: strides), isElement)
    }

    /// The addresses an advanced index selects, in C order of the result, and the result's
    /// shape; nil when the key has no mask or index array. NumPy's rules: a mask becomes the
    /// index arrays of its true elements (`nonzero`), integers count as 0-d index arrays, the
    /// index arrays broadcast together, and their result dimensions stand where the arrays
    /// stood when they are adjacent, first otherwise.
    static func advanced(_ x: PyNDArray, _ items: [Item]) throws(PyException) -> ([UnsafeMutableRawPointer], [Int])? {
        guard items.contains(where: { if case .mask = $0 { return true }; if case .indices = $0 { return true }; return false }) else {
            return nil
        }
        let consuming = items.reduce(0) { n, item in
            switch item {
            case .newAxis, .ellipsis: return n
            case .mask(let m): return n + m.ndim
            default: return n + 1
            }
        }
        guard consuming <= x.ndim else {
            throw .indexError("too many indices for array: array is \(x.ndim)-dimensional, but \(consuming) were indexed")
        }
        // One entry per item after `...` is expanded: basic dimensions (size, stride) or an
        // index array on an input axis.
        var basic: [(size: Int, stride: Int, position: Int)] = []
        var arrays: [(index: PyNDArray, axis: Int?)] = []
        var arrayPositions: [Int] = []
        var data = x.data
        var axis = 0, position = 0
        func addArray(_ index: PyNDArray, axis: Int?) {
            arrays.append((index, axis))
            arrayPositions.append(position)
        }
        for item in items {
            switch item {
            case .ellipsis:
                for _ in 0..<(x.ndim - consuming) {
                    basic.append((x.shape[axis], x.strides[axis], position))
                    axis += 1
                    position += 1
                }
                continue
            case .newAxis:
                basic.append((1, 0, position))
            case .slice(let sl):
                let (start, stop, step) = try sl.indices(length: x.shape[axis])
                let count = step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
                if count > 0 { data += start * x.strides[axis] }
                basic.append((count, x.strides[axis] * step, position))
                axis += 1
            case .integer(let i):
                let a = PyNDArray(dtype: .int64, shape: [])
                a.store(integer: i, at: a.data)
                addArray(a, axis: axis)
                axis += 1
            case .indices(let a):
                addArray(a, axis: axis)
                axis += 1
            case .mask(let m):
                if m.ndim == 0 {
                    // `a[True]` adds a dimension of 1, `a[False]` one of 0.
                    let a = PyNDArray(dtype: .int64, shape: [m.integer(at: m.data) != 0 ? 1 : 0])
                    addArray(a, axis: nil)
                    break
                }
                for d in 0..<m.ndim where m.shape[d] != x.shape[axis + d] {
                    throw .indexError("boolean index did not match indexed array along axis \(axis + d); size of axis is \(x.shape[axis + d]) but size of corresponding boolean axis is \(m.shape[d])")
                }
                for (d, coordinates) in nonzero(m).enumerated() { addArray(coordinates, axis: axis + d) }
                axis += m.ndim
            }
            position += 1
        }
        while axis < x.ndim {
            basic.append((x.shape[axis], x.strides[axis], position))
            axis += 1
            position += 1
        }
        // The byte offset of each element of the broadcast index arrays.
        let indexShape = try Broadcasting.shape(arrays.map(\.index.shape))
        var offsets: [Int] = []
        offsets.reserveCapacity(indexShape.reduce(1, *))
        var failure: PyException?
        Broadcasting.forEach(arrays.map(\.index), shape: indexShape) { p in
            var offset = 0
            for (k, entry) in arrays.enumerated() {
                guard let axis = entry.axis else { continue }
                var i = entry.index.integer(at: p[k])
                let n = x.shape[axis]
                if i < -n || i >= n {
                    if failure == nil { failure = .indexError("index \(i) is out of bounds for axis \(axis) with size \(n)") }
                    return
                }
                if i < 0 { i += n }
                offset += i * x.strides[axis]
            }
            offsets.append(offset)
        }
        if let failure { throw failure }
        let adjacent = zip(arrayPositions, arrayPositions.dropFirst()).allSatisfy { $1 == $0 + 1 }
        let blockPosition = adjacent ? arrayPositions[0] : -1
        // The result's dimensions in order; the index block is one dimension read through `offsets`.
        var dims: [(size: Int, stride: Int)] = basic.filter { $0.position < blockPosition }.map { ($0.size, $0.stride) }
        let block = dims.count
        dims.append((offsets.count, 0))
        dims += basic.filter { $0.position >= blockPosition }.map { ($0.size, $0.stride) }
        let shape = Array(dims[..<block].map(\.size)) + indexShape + dims[(block + 1)...].map(\.size)
        var pointers: [UnsafeMutableRawPointer] = []
        let total = dims.reduce(1) { $0 * $1.size }
        guard total > 0 else { return ([], shape) }
        pointers.reserveCapacity(total)
        var counter = [Int](repeating: 0, count: dims.count)
        var address = data + offsets[0]
        while true {
            pointers.append(address)
            var d = dims.count - 1
            while d >= 0 {
                let before = d == block ? offsets[counter[d]] : counter[d] * dims[d].stride
                counter[d] += 1
                if counter[d] < dims[d].size {
                    address += (d == block ? offsets[counter[d]] : counter[d] * dims[d].stride) - before
                    break
                }
                counter[d] = 0
                address += (d == block ? offsets[0] : 0) - before
                d -= 1
            }
            if d < 0 { return (pointers, shape) }
        }
    }

    /// The coordinates of a mask's true elements, one int64 array per axis (`np.nonzero`).
    static func nonzero(_ m: PyNDArray) -> [PyNDArray] {
        var coordinates = [[Int]](repeating: [], count: m.ndim)
        var index = [Int](repeating: 0, count: m.ndim)
        try! m.forEachAddress { (p) throws(PyException) in
            if p.load(as: UInt8.self) != 0 { for d in 0..<m.ndim { coordinates[d].append(index[d]) } }
            var axis = m.ndim - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < m.shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return coordinates.map { c in
            let a = PyNDArray(dtype: .int64, shape: [c.count])
            let p = a.data.assumingMemoryBound(to: Int.self)
            for (i, v) in c.enumerated() { p[i] = v }
            return a
        }
    }

    static func get(_ x: PyNDArray, _ key: PyValue) throws(PyException) -> PyValue {
        // The loop case, `x[i]` on a vector: straight to the element.
        if case .int(var i) = key, x.ndim == 1 {
            let n = x.shape[0]
            guard i >= -n && i < n else { throw .indexError("index \(i) is out of bounds for axis 0 with size \(n)") }
            if i < 0 { i += n }
            return .object(PyNumPyScalar.element(of: x, at: x.data + i * x.strides[0]))
        }
        let list = try items(key)
        if let (pointers, shape) = try advanced(x, list) {
            let result = PyNDArray(dtype: x.dtype, shape: shape)
            var out = result.data
            for p in pointers {
                out.copyMemory(from: p, byteCount: x.dtype.itemsize)
                out += x.dtype.itemsize
            }
            return .object(result)
        }
        let (v, isElement) = try view(x, list)
        if isElement { return .object(PyNumPyScalar.element(of: v, at: v.data)) }
        return .object(v)
    }

    static func set(_ x: PyNDArray, _ key: PyValue, _ value: PyValue) throws(PyException) {
        let list = try items(key)
        if let (pointers, shape) = try advanced(x, list) {
            let source = try broadcastSource(value, to: shape, like: x)
            var k = 0
            try source.forEachAddress { (p) throws(PyException) in
                assign(from: source, p, to: x, pointers[k])
                k += 1
            }
            return
        }
        let (target, _) = try view(x, list)
        let source = try broadcastSource(value, to: target.shape, like: x)
        Broadcasting.forEach([target, source], shape: target.shape) { p in assign(from: source, p[1], to: target, p[0]) }
    }

    /// The value to assign, as an array viewed with `shape` (broadcast).
    private static func broadcastSource(_ value: PyValue, to shape: [Int], like x: PyNDArray) throws(PyException) -> PyNDArray {
        let (a, _) = try Ufuncs.operand(value, next: x.dtype)
        // NumPy writes these shapes without spaces: (3,3).
        func compact(_ s: [Int]) -> String { ArrayPrinter.shapeRepr(s).replacingOccurrences(of: " ", with: "") }
        guard (try? Broadcasting.shape([shape, a.shape])) == shape else {
            throw .valueError("could not broadcast input array from shape \(compact(a.shape)) into shape \(compact(shape))")
        }
        return PyNDArray(buffer: a.buffer, data: a.data, dtype: a.dtype, shape: shape,
                         strides: Broadcasting.strides(a, to: shape))
    }

    @inline(__always)
    private static func assign(from a: PyNDArray, _ p: UnsafeRawPointer, to x: PyNDArray, _ q: UnsafeMutableRawPointer) {
        if a.dtype == x.dtype { q.copyMemory(from: p, byteCount: x.dtype.itemsize) }
        else if x.dtype.isFloat || a.dtype.isFloat { x.store(a.double(at: p), at: q) }
        else { x.store(integer: a.integer(at: p), at: q) }
    }
}
