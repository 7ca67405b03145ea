import PyRuntime

/// The memory an array's elements live in: one allocation that views share (NumPy's `base`).
public final class ArrayBuffer {
    public let bytes: UnsafeMutableRawPointer
    public let count: Int

    public init(byteCount: Int) {
        count = byteCount
        bytes = .allocate(byteCount: max(byteCount, 1), alignment: 16)
    }

    deinit { bytes.deallocate() }
}

/// `numpy.ndarray`: a dtype, a shape and byte strides over a shared buffer, laid out as NumPy
/// does so the JIT can read it in place (data pointer, shape, strides, itemsize).
public final class PyNDArray: PyObject {
    public let buffer: ArrayBuffer
    /// The first element (a view may start inside its buffer).
    public let data: UnsafeMutableRawPointer
    public let dtype: DType
    public let shape: [Int]
    /// Bytes between consecutive elements along each axis.
    public let strides: [Int]

    public init(buffer: ArrayBuffer, data: UnsafeMutableRawPointer, dtype: DType, shape: [Int], strides: [Int]) {
        self.buffer = buffer
        self.data = data
        self.dtype = dtype
        self.shape = shape
        self.strides = strides
        super.init(type: NumPyTypes.ndarray)
    }

    /// A new C-ordered array, zero-filled unless the caller writes every element itself.
    public convenience init(dtype: DType, shape: [Int], zeroed: Bool = true) {
        let size = shape.reduce(1, *)
        let buffer = ArrayBuffer(byteCount: size * dtype.itemsize)
        if zeroed { buffer.bytes.initializeMemory(as: UInt8.self, repeating: 0, count: max(size * dtype.itemsize, 1)) }
        self.init(buffer: buffer, data: buffer.bytes, dtype: dtype, shape: shape,
                  strides: Self.contiguousStrides(shape, itemsize: dtype.itemsize))
    }

    public static func contiguousStrides(_ shape: [Int], itemsize: Int) -> [Int] {
        // NumPy 2 gives an empty array zero strides.
        if shape.contains(0) { return [Int](repeating: 0, count: shape.count) }
        var strides = [Int](repeating: itemsize, count: shape.count)
        var step = itemsize
        for axis in shape.indices.reversed() {
            strides[axis] = step
            step *= max(shape[axis], 1)
        }
        return strides
    }

    public var ndim: Int { shape.count }
    public var size: Int { shape.reduce(1, *) }

    /// NumPy's C_CONTIGUOUS flag: axes of length 1 do not count, an empty array is contiguous.
    public var isCContiguous: Bool {
        if shape.contains(0) { return true }
        var expected = dtype.itemsize
        for axis in shape.indices.reversed() where shape[axis] != 1 {
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }

    public var isFContiguous: Bool {
        if shape.contains(0) { return true }
        var expected = dtype.itemsize
        for axis in shape.indices where shape[axis] != 1 {
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }

    // MARK: Elements

    /// The address of the element at `index` (one int per axis, already in range).
    @inline(__always)
    public func address(_ index: [Int]) -> UnsafeMutableRawPointer {
        var offset = 0
        for axis in index.indices { offset += index[axis] * strides[axis] }
        return data + offset
    }

    /// Every element's address in C order.
    public func forEachAddress(_ body: (UnsafeMutableRawPointer) throws(PyException) -> Void) throws(PyException) {
        if size == 0 { return }
        if ndim == 0 { return try body(data) }
        var index = [Int](repeating: 0, count: ndim)
        var pointer = data
        while true {
            try body(pointer)
            var axis = ndim - 1
            while axis >= 0 {
                index[axis] += 1
                pointer += strides[axis]
                if index[axis] < shape[axis] { break }
                pointer -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    /// The element at `p` as a Double (ints and bools converted).
    @inline(__always)
    public func double(at p: UnsafeRawPointer) -> Double {
        switch dtype {
        case .float64: return p.load(as: Double.self)
        case .float32: return Double(p.load(as: Float.self))
        case .int64: return Double(p.load(as: Int64.self))
        case .int32: return Double(p.load(as: Int32.self))
        case .int8: return Double(p.load(as: Int8.self))
        case .uint8: return Double(p.load(as: UInt8.self))
        case .int16: return Double(p.load(as: Int16.self))
        case .uint16: return Double(p.load(as: UInt16.self))
        case .uint32: return Double(p.load(as: UInt32.self))
        case .uint64: return Double(p.load(as: UInt64.self))
        case .bool: return p.load(as: UInt8.self) != 0 ? 1 : 0
        case .complex128: return p.load(as: Double.self)
        }
    }

    /// The element at `p` as an Int (floats truncated).
    @inline(__always)
    public func integer(at p: UnsafeRawPointer) -> Int {
        switch dtype {
        case .int64: return Int(p.load(as: Int64.self))
        case .int32: return Int(p.load(as: Int32.self))
        case .int8: return Int(p.load(as: Int8.self))
        case .uint8: return Int(p.load(as: UInt8.self))
        case .int16: return Int(p.load(as: Int16.self))
        case .uint16: return Int(p.load(as: UInt16.self))
        case .uint32: return Int(p.load(as: UInt32.self))
        case .uint64: return Int(truncatingIfNeeded: p.load(as: UInt64.self))
        case .bool: return Int(p.load(as: UInt8.self))
        default:
            let d = double(at: p)
            return d.wrappingInt
        }
    }

    /// Stores `value` (a Double) at `p`, converted to the dtype as NumPy's casting does.
    @inline(__always)
    public func store(_ value: Double, at p: UnsafeMutableRawPointer) {
        switch dtype {
        case .float64: p.storeBytes(of: value, as: Double.self)
        case .float32: p.storeBytes(of: Float(value), as: Float.self)
        case .int64: p.storeBytes(of: Int64(value.wrappingInt), as: Int64.self)
        case .int32: p.storeBytes(of: value.isFinite ? Int32(truncatingIfNeeded: value.wrappingInt) : Int32.min, as: Int32.self)
        case .int8: p.storeBytes(of: value.isFinite ? Int8(truncatingIfNeeded: value.wrappingInt) : 0, as: Int8.self)
        case .uint8: p.storeBytes(of: value.isFinite ? UInt8(truncatingIfNeeded: value.wrappingInt) : 0, as: UInt8.self)
        case .int16: p.storeBytes(of: value.isFinite ? Int16(truncatingIfNeeded: value.wrappingInt) : 0, as: Int16.self)
        case .uint16: p.storeBytes(of: value.isFinite ? UInt16(truncatingIfNeeded: value.wrappingInt) : 0, as: UInt16.self)
        case .uint32: p.storeBytes(of: value.isFinite ? UInt32(truncatingIfNeeded: value.wrappingInt) : 0, as: UInt32.self)
        case .uint64:
            let bits = value >= 9.223372036854775808e18 && value < 1.8446744073709551616e19 ? UInt64(value) : UInt64(bitPattern: Int64(value.wrappingInt))
            p.storeBytes(of: bits, as: UInt64.self)
        case .bool: p.storeBytes(of: value != 0 ? 1 : 0, as: UInt8.self)
        case .complex128:
            p.storeBytes(of: value, as: Double.self)
            (p + 8).storeBytes(of: 0, as: Double.self)
        }
    }

    /// The element at `p` as a complex number (imaginary part 0 for real dtypes).
    @inline(__always)
    public func complex(at p: UnsafeRawPointer) -> Complex {
        dtype == .complex128 ? Complex(p.load(as: Double.self), (p + 8).load(as: Double.self))
                             : Complex(double(at: p), 0)
    }

    /// Stores a complex number (its real part for real dtypes).
    @inline(__always)
    public func store(complex c: Complex, at p: UnsafeMutableRawPointer) {
        if dtype == .complex128 {
            p.storeBytes(of: c.real, as: Double.self)
            (p + 8).storeBytes(of: c.imag, as: Double.self)
        } else {
            store(c.real, at: p)
        }
    }

    /// Stores an Int at `p` exactly (for integer dtypes; others convert).
    @inline(__always)
    public func store(integer value: Int, at p: UnsafeMutableRawPointer) {
        switch dtype {
        case .int64: p.storeBytes(of: Int64(value), as: Int64.self)
        case .int32: p.storeBytes(of: Int32(truncatingIfNeeded: value), as: Int32.self)
        case .int8: p.storeBytes(of: Int8(truncatingIfNeeded: value), as: Int8.self)
        case .uint8: p.storeBytes(of: UInt8(truncatingIfNeeded: value), as: UInt8.self)
        case .int16: p.storeBytes(of: Int16(truncatingIfNeeded: value), as: Int16.self)
        case .uint16: p.storeBytes(of: UInt16(truncatingIfNeeded: value), as: UInt16.self)
        case .uint32: p.storeBytes(of: UInt32(truncatingIfNeeded: value), as: UInt32.self)
        case .uint64: p.storeBytes(of: UInt64(truncatingIfNeeded: value), as: UInt64.self)
        case .bool: p.storeBytes(of: value != 0 ? 1 : 0, as: UInt8.self)
        default: store(Double(value), at: p)
        }
    }
}

extension Double {
    /// The value as an Int when it fits, else Int.min (what a C cast gives NumPy on x86):
    /// never a trap.
    var wrappingInt: Int {
        self.isFinite && self >= -9.223372036854775808e18 && self < 9.223372036854775808e18 ? Int(self) : Int.min
    }
}
