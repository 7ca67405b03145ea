import PyNumPy
import PyRuntime

/// `numba.typeof`: the Numba type of a Python value, or nil when nopython mode cannot take it
/// (an instance of a user class: "Cannot determine Numba type of <class '__main__.MyInt'>").
enum Typeof {
    static func type(of v: PyValue) -> NumbaType? {
        switch v {
        case .int: return .int64
        case .bool: return .boolean
        case .float: return .float64
        case .none: return NumbaType.none
        case .object(let o):
            // A Python int past 64 bits still types as int64; unboxing it fails as Numba's does.
            if o.type === Types.int { return .int64 }
            if o is PyComplex { return .complex128 }
            if o is PyStr { return .unicode }
            if let t = o as? PyTuple {
                // Strings travel in nothing but print literals yet: a tuple holding one has no
                // Numba type here (so nopython mode says so, and plain @jit falls back).
                var items: [NumbaType] = []
                for e in t.elements {
                    guard let it = type(of: e), it != .unicode else { return nil }
                    items.append(it)
                }
                return .tuple(items)
            }
            if let a = o as? PyNDArray {
                return .array(dtype: a.dtype.name, ndim: a.ndim, layout: a.isCContiguous ? "C" : (a.isFContiguous ? "F" : "A"))
            }
            if let s = o as? PyNumPyScalar {
                switch s.dtype {
                case .float64, .float32: return .float64
                case .bool: return .boolean
                case .complex128: return .complex128
                default: return .int64
                }
            }
            return nil
        default: return nil
        }
    }

    /// Writes `v` (of type `t`) into 8-byte argument slots.
    static func unbox(_ v: PyValue, as t: NumbaType, into slots: UnsafeMutablePointer<UInt64>, at index: inout Int) throws(PyException) {
        switch t {
        case .int64:
            let i: Int
            switch v {
            case .int(let x): i = x
            case .bool(let b): i = b ? 1 : 0
            // An eager int64 signature takes a float too, truncated (Numba's unsafe conversion).
            case .float(let d): i = d.isFinite && abs(d) < 9.2e18 ? Int(d) : Int.min
            case .object(let o) where o.type === Types.int:
                throw PyException(Types.overflowError, "int too big to convert")
            default: i = Int((v.object as? PyNumPyScalar)?.integer ?? 0)
            }
            slots[index] = UInt64(bitPattern: Int64(i))
        case .float64:
            slots[index] = (v.asDouble ?? (v.object as? PyNumPyScalar)?.double ?? 0).bitPattern
        case .boolean:
            if case .bool(let b) = v { slots[index] = b ? 1 : 0 } else { slots[index] = (v.object as? PyNumPyScalar)?.integer != 0 ? 1 : 0 }
        case .tuple(let items):
            let elements = (v.object as? PyTuple)?.elements ?? []
            for (e, it) in zip(elements, items) { try unbox(e, as: it, into: slots, at: &index) }
            return
        case .array(_, let ndim, _):
            // Borrowed: the caller's argument keeps the array alive during the call.
            guard case .object(let o) = v, let a = o as? PyNDArray else { return }
            slots[index] = UInt64(UInt(bitPattern: Unmanaged.passUnretained(a).toOpaque()))
            slots[index + 1] = UInt64(UInt(bitPattern: a.data))
            for d in 0..<ndim {
                slots[index + 2 + d] = UInt64(bitPattern: Int64(a.shape[d]))
                slots[index + 2 + ndim + d] = UInt64(bitPattern: Int64(a.strides[d]))
            }
            index += 2 + 2 * ndim
            return
        default:
            return
        }
        index += 1
    }

    /// A Python value from result slots.
    static func box(_ t: NumbaType, _ slots: UnsafePointer<UInt64>, at index: inout Int) -> PyValue {
        switch t {
        case .int64, .intLiteral:
            defer { index += 1 }
            return .int(Int(Int64(bitPattern: slots[index])))
        case .float64:
            defer { index += 1 }
            return .float(Double(bitPattern: slots[index]))
        case .boolean:
            defer { index += 1 }
            return .bool(slots[index] != 0)
        case .tuple(let items):
            return .object(PyTuple(items.map { box($0, slots, at: &index) }))
        case .array(_, let ndim, _):
            // The array object itself (an argument, or one the call made, kept alive by
            // `ArrayArena` until the call's results are boxed).
            defer { index += 2 + 2 * ndim }
            guard let p = UnsafeRawPointer(bitPattern: UInt(slots[index])) else { return .none }
            return .object(Unmanaged<PyObject>.fromOpaque(p).takeUnretainedValue())
        default:
            return .none
        }
    }
}
