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

    /// The addresses an advanced index selects, and the result shape.
    static func advanced(_ x: PyNDArray, _ items: [Item]) throws(PyException) -> ([UnsafeMutableRawPointer], [Int])? {
        // Integer arrays (and ints) on the leading axes, broadcast together: `a[rows, cols]`.
        let allIntegral = items.allSatisfy { if case .indices = $0 { return true }; if case .integer = $0 { return true }; return false }
        let anyArray = items.contains { if case .indices = $0 { return true }; return false }
        if items.count > 1 && allIntegral && anyArray {
            guard items.count <= x.ndim else {
                throw .indexError("too many indices for array: array is \(x.ndim)-dimensional, but \(items.count) were indexed")
            }
            let arrays = items.map { (item) -> PyNDArray in
                switch item {
                case .indices(let a): return a
                case .integer(let i):
                    let a = PyNDArray(dtype: .int64, shape: [])
                    a.store(integer: i, at: a.data)
                    return a
                default: fatalError("checked above")
                }
            }
            let shape = try Broadcasting.shape(arrays.map(\.shape))
            var pointers: [UnsafeMutableRawPointer] = []
            var failure: PyException?
            let tail = PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: Array(x.shape[items.count...]),
                                 strides: Array(x.strides[items.count...]))
            Broadcasting.forEach(arrays, shape: shape) { p in
                var base = x.data
                for (axis, a) in arrays.enumerated() {
                    var i = a.integer(at: p[axis])
                    let n = x.shape[axis]
                    if i < -n || i >= n {
                        if failure == nil { failure = .indexError("index \(i) is out of bounds for axis \(axis) with size \(n)") }
                        return
                    }
                    if i < 0 { i += n }
                    base += i * x.strides[axis]
                }
                let sub = PyNDArray(buffer: x.buffer, data: base, dtype: x.dtype, shape: tail.shape, strides: tail.strides)
                try! sub.forEachAddress { (q) throws(PyException) in pointers.append(q) }
            }
            if let failure { throw failure }
            return (pointers, shape + tail.shape)
        }
        guard items.count == 1 else {
            if items.contains(where: { if case .mask = $0 { return true }; if case .indices = $0 { return true }; return false }) {
                // An array index with others: along the first axis only, the rest basic.
                guard case .indices(let idx) = items[0] else {
                    throw PyException(Types.notImplementedError, "Jitbook's NumPy supports an index array on the first axis only")
                }
                var pointers: [UnsafeMutableRawPointer] = []
                var resultShape: [Int] = idx.shape
                var rest: [Int] = []
                try idx.forEachAddress { (p) throws(PyException) in
                    let row = try rowView(x, idx.integer(at: p))
                    let (v, _) = try view(row, Array(items.dropFirst()))
                    rest = v.shape
                    try v.forEachAddress { (q) throws(PyException) in pointers.append(q) }
                }
                resultShape += rest
                return (pointers, resultShape)
            }
            return nil
        }
        switch items[0] {
        case .mask(let m):
            guard m.shape == Array(x.shape.prefix(m.ndim)) else {
                throw .indexError("boolean index did not match indexed array along axis 0; size of axis is \(x.shape.first ?? 0) but size of corresponding boolean axis is \(m.shape.first ?? 0)")
            }
            var pointers: [UnsafeMutableRawPointer] = []
            var selected = 0
            var tail: [Int] = []
            var index = [Int](repeating: 0, count: m.ndim)
            try m.forEachAddress { (p) throws(PyException) in
                if p.load(as: UInt8.self) != 0 {
                    selected += 1
                    var q = x.data
                    for axis in 0..<m.ndim { q += index[axis] * x.strides[axis] }
                    let sub = PyNDArray(buffer: x.buffer, data: q, dtype: x.dtype, shape: Array(x.shape[m.ndim...]),
                                        strides: Array(x.strides[m.ndim...]))
                    tail = sub.shape
                    try sub.forEachAddress { (r) throws(PyException) in pointers.append(r) }
                }
                var axis = m.ndim - 1
                while axis >= 0 {
                    index[axis] += 1
                    if index[axis] < m.shape[axis] { break }
                    index[axis] = 0
                    axis -= 1
                }
            }
            return (pointers, [selected] + (selected == 0 ? Array(x.shape[m.ndim...]) : tail))
        case .indices(let idx):
            var pointers: [UnsafeMutableRawPointer] = []
            var tail: [Int] = Array(x.shape.dropFirst())
            try idx.forEachAddress { (p) throws(PyException) in
                let row = try rowView(x, idx.integer(at: p))
                tail = row.shape
                try row.forEachAddress { (q) throws(PyException) in pointers.append(q) }
            }
            return (pointers, idx.shape + tail)
        default:
            return nil
        }
    }

    private static func rowView(_ x: PyNDArray, _ i: Int) throws(PyException) -> PyNDArray {
        guard x.ndim > 0 else { throw .indexError("too many indices for array: array is 0-dimensional, but 1 were indexed") }
        let n = x.shape[0]
        guard i >= -n && i < n else { throw .indexError("index \(i) is out of bounds for axis 0 with size \(n)") }
        let row = i < 0 ? i + n : i
        return PyNDArray(buffer: x.buffer, data: x.data + row * x.strides[0], dtype: x.dtype,
                         shape: Array(x.shape.dropFirst()), strides: Array(x.strides.dropFirst()))
    }

    static func get(_ x: PyNDArray, _ key: PyValue) throws(PyException) -> PyValue {
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
