/// A function implemented in Swift, with CPython's vectorcall-like convention: methods get
/// `self` as the first positional argument.
public typealias NativeFunction = (Arguments) throws(PyException) -> PyValue

/// `builtin_function_or_method`: `len`, `print`, or a method bound to its receiver
/// (`[].append`), in which case `receiver` is passed first.
public final class PyBuiltinFunction: PyObject {
    public let name: String
    public let doc: String?
    public let function: NativeFunction
    /// `__self__`: the bound receiver, or the module for module-level functions (nil: none).
    public let receiver: PyValue?
    /// `__module__` for reprs and help (nil for methods).
    public let moduleName: String?

    public init(name: String, doc: String? = nil, module: String? = "builtins",
                receiver: PyValue? = nil, type: PyType = Types.builtinFunction,
                _ function: @escaping NativeFunction) {
        self.name = name
        self.doc = doc
        self.function = function
        self.receiver = receiver
        self.moduleName = module
        super.init(type: type)
    }
}

/// `method_descriptor`: a native method in a builtin type's dict (`str.upper`). Looked up
/// through an instance it binds into a `PyBuiltinFunction`; `LOAD_METHOD` skips the binding.
public final class PyMethodDescriptor: PyObject {
    public let name: String
    public unowned(unsafe) let owner: PyType
    public let doc: String?
    public let function: NativeFunction
    /// The body without the argument-checking wrapper, for `CALL` to use when it can tell the
    /// call is well-formed (CPython's `METH_FASTCALL` vectorcall of a method descriptor).
    public let fast: FastMethod?

    public init(name: String, owner: PyType, doc: String? = nil, fast: FastMethod? = nil,
                _ function: @escaping NativeFunction) {
        self.name = name
        self.owner = owner
        self.doc = doc
        self.fast = fast
        self.function = function
        super.init(type: Self.fillsSlot(name, of: owner) ? Types.wrapperDescriptor : Types.methodDescriptor)
    }

    /// Whether CPython makes this dunder a slot wrapper (`wrapper_descriptor`), not a method
    /// descriptor: the slot dunders, less the few a builtin type also lists as ordinary methods
    /// (`METH_COEXIST`: `list.__getitem__`, `dict.__contains__`...).
    static func fillsSlot(_ name: String, of owner: PyType) -> Bool {
        guard slotDunders.contains(name) else { return false }
        switch (owner.name, name) {
        case ("list", "__getitem__"), ("dict", "__getitem__"), ("dict", "__contains__"),
             ("set", "__contains__"), ("frozenset", "__contains__"):
            return false
        default:
            return true
        }
    }

    private static let slotDunders: Set<String> = [
        "__abs__", "__add__", "__and__", "__bool__", "__call__", "__contains__", "__del__",
        "__delattr__", "__delete__", "__delitem__", "__divmod__", "__eq__", "__float__",
        "__floordiv__", "__ge__", "__get__", "__getattribute__", "__getitem__", "__gt__", "__hash__",
        "__iadd__", "__iand__", "__imul__", "__index__", "__init__", "__int__", "__invert__",
        "__ior__", "__isub__", "__iter__", "__ixor__", "__le__", "__len__", "__lshift__", "__lt__",
        "__mod__", "__mul__", "__ne__", "__neg__", "__next__", "__or__", "__pos__", "__pow__",
        "__radd__", "__rand__", "__rdivmod__", "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__",
        "__rmul__", "__ror__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__",
        "__rxor__", "__set__", "__setattr__", "__setitem__", "__str__", "__sub__", "__truediv__",
        "__xor__", "__imod__", "__ipow__", "__ifloordiv__", "__itruediv__", "__ilshift__",
        "__irshift__", "__matmul__", "__rmatmul__", "__imatmul__",
    ]
}

/// A method descriptor's body for calls with positional arguments only: the receiver, then the
/// arguments after it. Valid when the receiver's payload class is exactly `receiverClass` and
/// the argument count is in `minArgs...maxArgs`; any other call goes through `function`, which
/// raises CPython's error.
public struct FastMethod {
    public let receiverClass: ObjectIdentifier
    public let minArgs: Int
    public let maxArgs: Int
    public let body: (PyValue, UnsafeBufferPointer<PyValue>) throws(PyException) -> PyValue

    public init(receiverClass: ObjectIdentifier, minArgs: Int, maxArgs: Int,
                _ body: @escaping (PyValue, UnsafeBufferPointer<PyValue>) throws(PyException) -> PyValue) {
        self.receiverClass = receiverClass
        self.minArgs = minArgs
        self.maxArgs = maxArgs
        self.body = body
    }
}

/// A computed attribute of a builtin type (`getset_descriptor`): `complex.real`,
/// `function.__name__`, `BaseException.args`.
public final class PyGetSetDescriptor: PyObject {
    public let name: String
    public unowned(unsafe) let owner: PyType
    public let get: (PyValue) throws(PyException) -> PyValue
    public let set: ((PyValue, PyValue) throws(PyException) -> Void)?

    public init(name: String, owner: PyType,
                get: @escaping (PyValue) throws(PyException) -> PyValue,
                set: ((PyValue, PyValue) throws(PyException) -> Void)? = nil) {
        self.name = name
        self.owner = owner
        self.get = get
        self.set = set
        super.init(type: Types.getSetDescriptor)
    }
}

extension PyType {
    /// Installs a native method: `self` arrives as `args[0]`.
    public func addMethod(_ name: String, doc: String? = nil, fast: FastMethod? = nil,
                          _ function: @escaping NativeFunction) {
        dict!.setItem(name, .object(PyMethodDescriptor(name: name, owner: self, doc: doc, fast: fast, function)))
    }

    /// Installs a native `staticmethod`-like function that receives no `self` (`str.maketrans`,
    /// `dict.fromkeys` gets the class as args[0] when installed with `addClassMethod`).
    public func addStaticFunction(_ name: String, doc: String? = nil,
                                  _ function: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, doc: doc, module: nil, function)
        dict!.setItem(name, .object(PyStaticMethod(.object(f))))
    }

    /// Installs a native classmethod: the class arrives as `args[0]`.
    public func addClassMethod(_ name: String, doc: String? = nil, _ function: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, doc: doc, module: nil, function)
        dict!.setItem(name, .object(PyClassMethod(.object(f))))
    }

    /// Installs a computed attribute.
    public func addGetSet(_ name: String, get: @escaping (PyValue) throws(PyException) -> PyValue,
                          set: ((PyValue, PyValue) throws(PyException) -> Void)? = nil) {
        dict!.setItem(name, .object(PyGetSetDescriptor(name: name, owner: self, get: get, set: set)))
    }

    /// Sets a plain class attribute (a constant such as `int.__doc__`).
    public func addAttribute(_ name: String, _ value: PyValue) {
        dict!.setItem(name, value)
    }
}

/// `staticmethod(f)`.
public final class PyStaticMethod: PyObject {
    public var function: PyValue
    public init(_ function: PyValue) {
        self.function = function
        super.init(type: Types.staticmethod)
        self.dict = PyDict()
    }
}

/// `classmethod(f)`.
public final class PyClassMethod: PyObject {
    public var function: PyValue
    public init(_ function: PyValue) {
        self.function = function
        super.init(type: Types.classmethod)
        self.dict = PyDict()
    }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
    public var getter: PyValue
    public var setter: PyValue
    public var deleter: PyValue
    public var doc: PyValue
    public init(getter: PyValue, setter: PyValue, deleter: PyValue, doc: PyValue) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: Types.property)
    }
}

/// A bound method of a Python function (`method`): calls `function` with `receiver` first.
public final class PyMethod: PyObject {
    public let function: PyValue
    public let receiver: PyValue
    public init(function: PyValue, receiver: PyValue) {
        self.function = function
        self.receiver = receiver
        super.init(type: Types.method)
    }
}
