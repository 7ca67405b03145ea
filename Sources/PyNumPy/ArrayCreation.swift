import Foundation
import PyRuntime

/// Making arrays: `np.array` from nested lists and tuples (with NumPy's dtype inference),
/// `zeros`, `ones`, `empty`, `full`, `arange`, `linspace`, `eye`.
enum ArrayCreation {
    /// The dtype a `dtype=` argument names: a dtype object, a string, or `float`/`int`/`bool`.
    static func dtype(_ v: PyValue?) throws(PyException) -> DType? {
        guard let v, !v.isNone else { return nil }
        if case .object(let o) = v {
            if let d = o as? PyDTypeObject { return d.dtype }
            if let s = o as? PyStr {
                guard let d = DType(name: s.value) else { throw .typeError("data type '\(s.value)' not understood") }
                return d
            }
            if let t = o as? PyType {
                if let d = DType(name: t.name) { return d }
                if t.name == "float64" || t.name == "int64" { return DType(name: t.name) }
            }
        }
        throw .typeError("Cannot interpret '\((try? Protocol.repr(v)) ?? "?")' as a data type")
    }

    /// `np.array(object, dtype=None)`.
    static func array(_ object: PyValue, dtype requested: DType?) throws(PyException) -> PyNDArray {
        if case .object(let o) = object, let a = o as? PyNDArray {
            if let requested { return cast(a, to: requested) }
            return copy(a)
        }
        var shape: [Int] = []
        var leaves: [PyValue] = []
        try flatten(object, depth: 0, shape: &shape, into: &leaves)
        var dtype = DType.float64
        if let requested { dtype = requested } else { dtype = try infer(leaves) }
        let result = PyNDArray(dtype: dtype, shape: shape)
        var p = result.data
        for v in leaves {
            try store(v, into: result, at: p)
            p += dtype.itemsize
        }
        return result
    }

    private static func flatten(_ v: PyValue, depth: Int, shape: inout [Int], into leaves: inout [PyValue]) throws(PyException) {
        if case .object(let o) = v, o is PyList || o is PyTuple {
            let items = try Protocol.toArray(v)
            if depth == shape.count {
                shape.append(items.count)
            } else if shape[depth] != items.count || depth >= shape.count {
                throw .valueError("setting an array element with a sequence. The requested array has an inhomogeneous "
                    + "shape after \(depth) dimensions. The detected shape was \(ArrayPrinter.shapeRepr(Array(shape.prefix(depth)))) + inhomogeneous part.")
            }
            for item in items { try flatten(item, depth: depth + 1, shape: &shape, into: &leaves) }
            return
        }
        if depth < shape.count {
            throw .valueError("setting an array element with a sequence. The requested array has an inhomogeneous "
                + "shape after \(depth) dimensions. The detected shape was \(ArrayPrinter.shapeRepr(Array(shape.prefix(depth)))) + inhomogeneous part.")
        }
        leaves.append(v)
    }

    /// The smallest default dtype holding every value (bool < int64 < float64 < complex128).
    static func infer(_ values: [PyValue]) throws(PyException) -> DType {
        var result = DType.bool
        var sawAny = false
        for v in values {
            let d: DType
            switch v {
            case .bool: d = .bool
            case .int: d = .int64
            case .float: d = .float64
            case .object(let o) where o is PyComplex: d = .complex128
            case .object(let o) where o is PyNumPyScalar: d = (o as! PyNumPyScalar).dtype
            default:
                if (try? Protocol.index(v)) != nil { d = .int64 } else {
                    throw .typeError("Jitbook's NumPy holds numbers only, not '\(v.type.name)'")
                }
            }
            result = sawAny ? DType.promote(result, d) : d
            sawAny = true
        }
        return sawAny ? result : .float64
    }

    /// Stores a Python number into an element.
    static func store(_ v: PyValue, into a: PyNDArray, at p: UnsafeMutableRawPointer) throws(PyException) {
        switch v {
        case .int(let i):
            // NumPy 2 refuses Python ints the dtype cannot hold rather than wrapping them.
            if a.dtype != .bool, let range = a.dtype.integerRange, !range.contains(i) {
                throw PyException(Types.overflowError, "Python integer \(i) out of bounds for \(a.dtype.name)")
            }
            a.store(integer: i, at: p)
        case .bool(let b): a.store(integer: b ? 1 : 0, at: p)
        case .float(let d): a.store(d, at: p)
        case .object(let o) where o is PyComplex:
            a.store(complex: (o as! PyComplex).value, at: p)
        case .object(let o) where o is PyNumPyScalar:
            let s = o as! PyNumPyScalar
            if s.dtype == .complex128 { a.store(complex: Complex(s.double, s.imag), at: p) }
            else if s.dtype.isFloat { a.store(s.double, at: p) } else { a.store(integer: s.integer, at: p) }
        default:
            if let d = v.asDouble { a.store(d, at: p) } else { a.store(Double(try Protocol.index(v)), at: p) }
        }
    }

    static func copy(_ a: PyNDArray) -> PyNDArray { cast(a, to: a.dtype) }

    /// A C-ordered copy converted to `dtype` (`astype`).
    static func cast(_ a: PyNDArray, to dtype: DType) -> PyNDArray {
        let result = PyNDArray(dtype: dtype, shape: a.shape)
        var out = result.data
        try! a.forEachAddress { (p) throws(PyException) in
            if a.dtype == .complex128 || dtype == .complex128 { result.store(complex: a.complex(at: p), at: out) }
            else if a.dtype.isFloat || dtype.isFloat { result.store(a.double(at: p), at: out) }
            else { result.store(integer: a.integer(at: p), at: out) }
            out += dtype.itemsize
        }
        return result
    }

    /// A shape argument: an int or a tuple of ints.
    static func shape(_ v: PyValue) throws(PyException) -> [Int] {
        if case .int(let n) = v {
            try checkSize([n], itemsize: 8)
            return [n]
        }
        let dims = try Protocol.toArray(v).map { (d) throws(PyException) -> Int in try Protocol.index(d) }
        try checkSize(dims, itemsize: 8)
        return dims
    }

    /// Negative dimensions are a ValueError; sizes no machine could hold a MemoryError, never
    /// a crash in the allocator.
    static func checkSize(_ dims: [Int], itemsize: Int) throws(PyException) {
        if dims.contains(where: { $0 < 0 }) { throw .valueError("negative dimensions are not allowed") }
        var total = itemsize
        for d in dims {
            let (product, overflow) = total.multipliedReportingOverflow(by: d)
            // More than the machine's memory cannot be allocated (NumPy's malloc fails there too).
            if overflow || product > Int(clamping: ProcessInfo.processInfo.physicalMemory) {
                throw PyException(Types.memoryError, "Unable to allocate an array with shape \(ArrayPrinter.shapeRepr(dims))")
            }
            total = product
        }
    }

    /// A shape that may hold one -1 (`reshape(-1, 3)`).
    static func shapeAllowingUnknown(_ v: PyValue) throws(PyException) -> [Int] {
        if case .int(let n) = v { return [n] }
        return try Protocol.toArray(v).map { (d) throws(PyException) -> Int in try Protocol.index(d) }
    }

    static func filled(_ shape: [Int], dtype: DType, value: Double) -> PyNDArray {
        let a = PyNDArray(dtype: dtype, shape: shape)
        if value != 0 {
            var p = a.data
            for _ in 0..<a.size {
                a.store(value, at: p)
                p += dtype.itemsize
            }
        }
        return a
    }

    /// `np.arange(start, stop, step)`: ints when every argument is an int, else float64.
    static func arange(_ args: [PyValue], dtype requested: DType?) throws(PyException) -> PyNDArray {
        let allInts = args.allSatisfy { if case .int = $0 { return true }; return false }
        let numbers = try args.map { (v) throws(PyException) -> Double in
            guard let d = v.asDouble else { throw .typeError("unsupported type for arange: '\(v.type.name)'") }
            return d
        }
        var start = 0.0, stop = 0.0, step = 1.0
        switch numbers.count {
        case 1: stop = numbers[0]
        case 2: (start, stop) = (numbers[0], numbers[1])
        case 3: (start, stop, step) = (numbers[0], numbers[1], numbers[2])
        default: throw .typeError("arange() requires stop to be specified.")
        }
        if step == 0 { throw PyException(Types.zeroDivisionError, "division by zero") }
        let span = ((stop - start) / step).rounded(.up)
        guard span.isFinite, span < 9.2e18 else { throw .valueError("Maximum allowed size exceeded") }
        let count = max(0, span.wrappingInt)
        try checkSize([count], itemsize: 8)
        let dtype = requested ?? (allInts ? .int64 : .float64)
        let a = PyNDArray(dtype: dtype, shape: [count])
        var p = a.data
        for i in 0..<count {
            if dtype.isInteger, allInts { a.store(integer: Int(start) + i * Int(step), at: p) }
            else { a.store(start + Double(i) * step, at: p) }
            p += dtype.itemsize
        }
        return a
    }

    /// `np.linspace(start, stop, num=50, endpoint=True)`, computed as NumPy does
    /// (`start + i * step`, the last element set to `stop`).
    static func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool) throws(PyException) -> PyNDArray {
        guard count >= 0 else { throw .valueError("Number of samples, \(count), must be non-negative.") }
        try checkSize([count], itemsize: 8)
        let a = PyNDArray(dtype: .float64, shape: [count])
        let divisions = endpoint ? count - 1 : count
        let delta = stop - start
        let step = divisions > 0 ? delta / Double(divisions) : .nan
        let p = a.data.assumingMemoryBound(to: Double.self)
        for i in 0..<count { p[i] = divisions > 0 ? start + Double(i) * step : start }
        if endpoint && count > 1 { p[count - 1] = stop }
        return a
    }
}

/// Array creation for compiled code (the JIT's `np.zeros`/`np.ones`/`np.empty` in nopython
/// mode): a negative dimension is a ValueError (in Numba's words), an
/// impossible size a MemoryError.
public enum NativeArrays {
    public static func make(shape: [Int], dtype: DType, ones: Bool, zeroed: Bool) throws(PyException) -> PyNDArray {
        if shape.contains(where: { $0 < 0 }) { throw .valueError("negative dimensions not allowed") }
        try ArrayCreation.checkSize(shape, itemsize: dtype.itemsize)
        if ones { return ArrayCreation.filled(shape, dtype: dtype, value: 1) }
        return PyNDArray(dtype: dtype, shape: shape, zeroed: zeroed)
    }
}
