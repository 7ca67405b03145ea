import PyRuntime

/// The Python-visible types of the NumPy subset.
public enum NumPyTypes {
    public static let ndarray = Types.native("ndarray", module: "numpy")
    public static let dtype = Types.native("dtype", module: "numpy")
}

/// A `numpy.dtype` object (`a.dtype`): prints as `dtype('float64')`, compares with names.
public final class PyDTypeObject: PyObject {
    public let dtype: DType
    public init(_ dtype: DType) {
        self.dtype = dtype
        super.init(type: NumPyTypes.dtype)
    }
}
