/// The base of every heap-allocated Python object.
///
/// Subclasses are `final` and hold their payload as stored properties (a `PyStr` its text, a
/// `PyList` its elements). `type` is a strong reference even though types live as long as the
/// process (the type registry keeps them): reading an `unowned(unsafe)` field makes Swift emit an
/// *atomic* `swift_retain`, which `-assume-single-threaded` does not reach, while a strong field is
/// read at +0 or with a cheap nonatomic retain.
open class PyObject {
    public final var type: PyType
    /// The instance `__dict__` (user-class instances, modules, functions); nil for builtin values.
    public final var dict: PyDict?

    public init(type: PyType) {
        self.type = type
    }

    /// Only for `PyType`'s own bootstrap, where `type` is not made yet.
    init(uninitializedType: ()) {
        self.type = unsafeBitCast(0 as Int, to: PyType.self)
    }
}

/// An instance of a Python class whose builtin base is `object`: all its state is in `dict`.
public final class PyInstance: PyObject {
    public override init(type: PyType) {
        super.init(type: type)
        self.dict = PyDict()
    }
}
