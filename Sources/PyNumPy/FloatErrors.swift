import CNumPyKernels
import PyRuntime

/// NumPy's floating-point error reports (`np.errstate` defaults: warn): after a ufunc, the
/// CPU's exception flags become RuntimeWarnings, once per calling line, in NumPy's order and
/// words ("divide by zero encountered in divide").
enum FloatErrors {
    static func clear() { jb_fp_clear() }

    static func report(_ ufunc: String) throws(PyException) {
        let flags = jb_fp_flags()
        if flags == 0 { return }
        clear()
        if flags & 1 != 0 { try warn("divide by zero encountered in \(ufunc)") }
        if flags & 2 != 0 { try warn("overflow encountered in \(ufunc)") }
        if flags & 4 != 0 { try warn("invalid value encountered in \(ufunc)") }
    }

    static func warn(_ message: String) throws(PyException) {
        try Warnings.warn(Types.runtimeWarning, message, stackLevel: 1)
    }
}
