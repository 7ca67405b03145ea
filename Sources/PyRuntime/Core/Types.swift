/// The builtin types, made once on first use.
///
/// Only the type objects are made here, with empty dicts. Their methods are installed by
/// `Runtime.bootstrap()` (each `Objects/<Type>+Methods.swift` file installs its own), because
/// installing needs interned names, which need `Types.str`, and Swift's lazy globals must not
/// recurse into themselves.
public enum Types {
    private static let core: (type: PyType, object: PyType) = {
        let type = PyType(name: "type", bases: [], layout: .builtin, metatype: nil)
        let object = PyType(name: "object", bases: [], layout: .instance, metatype: nil)
        type.bootstrapSetType(type)
        object.bootstrapSetType(type)
        type.kind = .type
        object.kind = .object
        type.bases = [object]
        type.resetMRO([type, object])
        return (type, object)
    }()

    public static var type: PyType { core.type }
    public static var object: PyType { core.object }

    /// A native type defined outside this module (`numpy.ndarray`, `numpy.dtype`): its instances
    /// are that module's `PyObject` subclasses; methods go on with `addMethod` and friends.
    public static func native(_ name: String, module: String, base: PyType? = nil,
                              subclassable: Bool = false) -> PyType {
        make(name, base: base, subclassable: subclassable, module: module)
    }

    /// A builtin type deriving from `base` (default `object`).
    static func make(_ name: String, base: PyType? = nil, layout: PyType.Layout = .builtin,
                     subclassable: Bool = true, module: String = "builtins",
                     kind: PyType.Kind = .other) -> PyType {
        let t = PyType(name: name, bases: [base ?? object], layout: layout, metatype: type,
                       module: module)
        t.isBaseType = subclassable
        t.kind = kind
        return t
    }

    public static let int = make("int", kind: .int)
    public static let bool = make("bool", base: int, subclassable: false, kind: .bool)
    public static let float = make("float", kind: .float)
    public static let complex = make("complex")
    public static let str = make("str", kind: .str)
    public static let bytes = make("bytes", kind: .bytes)
    public static let bytearray = make("bytearray", kind: .bytearray)
    public static let list = make("list", kind: .list)
    public static let tuple = make("tuple", kind: .tuple)
    public static let dict: PyType = {
        let t = make("dict", kind: .dict)
        PyDict.finishBootstrap(dictType: t)
        return t
    }()
    public static let set = make("set", kind: .set)
    public static let frozenset = make("frozenset", kind: .frozenset)
    public static let range = make("range", subclassable: false)
    public static let slice = make("slice", subclassable: false)
    public static let noneType = make("NoneType", subclassable: false, kind: .noneType)
    public static let notImplementedType = make("NotImplementedType", subclassable: false)
    public static let ellipsisType = make("ellipsis", subclassable: false)
    public static let function = make("function", subclassable: false, kind: .function)
    public static let builtinFunction = make("builtin_function_or_method", subclassable: false, kind: .builtinFunction)
    public static let methodDescriptor = make("method_descriptor", subclassable: false, kind: .methodDescriptor)
    /// A native dunder that fills a type slot (`object.__init__`, `int.__add__`).
    public static let wrapperDescriptor = make("wrapper_descriptor", subclassable: false, kind: .methodDescriptor)
    /// A slot wrapper bound to its receiver (`(1).__add__`).
    public static let methodWrapper = make("method-wrapper", subclassable: false, kind: .builtinFunction)
    public static let method = make("method", subclassable: false, kind: .method)
    public static let module = make("module", kind: .module)
    public static let code = make("code", subclassable: false)
    public static let cell = make("cell", subclassable: false)
    public static let frame = make("frame", subclassable: false)
    public static let traceback = make("traceback", subclassable: false)
    public static let generator = make("generator", subclassable: false)
    public static let property = make("property")
    public static let staticmethod = make("staticmethod")
    public static let classmethod = make("classmethod")
    public static let superType = make("super", kind: .superType)
    public static let getSetDescriptor = make("getset_descriptor", subclassable: false)
    // Iterators (their reprs show these names).
    public static let listIterator = make("list_iterator", subclassable: false, kind: .listIterator)
    public static let listReverseIterator = make("list_reverseiterator", subclassable: false)
    public static let tupleIterator = make("tuple_iterator", subclassable: false)
    public static let rangeIterator = make("range_iterator", subclassable: false, kind: .rangeIterator)
    public static let strIterator = make("str_ascii_iterator", subclassable: false)
    public static let setIterator = make("set_iterator", subclassable: false)
    public static let dictKeys = make("dict_keys", subclassable: false)
    public static let dictValues = make("dict_values", subclassable: false)
    public static let dictItems = make("dict_items", subclassable: false)
    public static let dictKeyIterator = make("dict_keyiterator", subclassable: false)
    public static let dictValueIterator = make("dict_valueiterator", subclassable: false)
    public static let dictItemIterator = make("dict_itemiterator", subclassable: false)
    public static let callIterator = make("callable_iterator", subclassable: false)
    public static let sequenceIterator = make("iterator", subclassable: false)
    public static let enumerate = make("enumerate")
    public static let zip = make("zip")
    public static let map = make("map")
    public static let filter = make("filter")
    public static let reversed = make("reversed")

    // MARK: Exceptions (CPython 3.11's hierarchy, Objects/exceptions.c)

    private static func exc(_ name: String, _ base: PyType) -> PyType {
        make(name, base: base, layout: .exception)
    }
    public static let baseException = make("BaseException", layout: .exception)
    public static let systemExit = exc("SystemExit", baseException)
    public static let keyboardInterrupt = exc("KeyboardInterrupt", baseException)
    public static let generatorExit = exc("GeneratorExit", baseException)
    public static let exception = exc("Exception", baseException)
    public static let stopIteration = exc("StopIteration", exception)
    public static let stopAsyncIteration = exc("StopAsyncIteration", exception)
    public static let arithmeticError = exc("ArithmeticError", exception)
    public static let floatingPointError = exc("FloatingPointError", arithmeticError)
    public static let overflowError = exc("OverflowError", arithmeticError)
    public static let zeroDivisionError = exc("ZeroDivisionError", arithmeticError)
    public static let assertionError = exc("AssertionError", exception)
    public static let attributeError = exc("AttributeError", exception)
    public static let bufferError = exc("BufferError", exception)
    public static let eofError = exc("EOFError", exception)
    public static let importError = exc("ImportError", exception)
    public static let moduleNotFoundError = exc("ModuleNotFoundError", importError)
    public static let lookupError = exc("LookupError", exception)
    public static let indexError = exc("IndexError", lookupError)
    public static let keyError = exc("KeyError", lookupError)
    public static let memoryError = exc("MemoryError", exception)
    public static let nameError = exc("NameError", exception)
    public static let unboundLocalError = exc("UnboundLocalError", nameError)
    public static let osError = exc("OSError", exception)
    public static let fileNotFoundError = exc("FileNotFoundError", osError)
    public static let fileExistsError = exc("FileExistsError", osError)
    public static let isADirectoryError = exc("IsADirectoryError", osError)
    public static let notADirectoryError = exc("NotADirectoryError", osError)
    public static let permissionError = exc("PermissionError", osError)
    public static let timeoutError = exc("TimeoutError", osError)
    public static let referenceError = exc("ReferenceError", exception)
    public static let runtimeError = exc("RuntimeError", exception)
    public static let notImplementedError = exc("NotImplementedError", runtimeError)
    public static let recursionError = exc("RecursionError", runtimeError)
    public static let syntaxError = exc("SyntaxError", exception)
    public static let indentationError = exc("IndentationError", syntaxError)
    public static let tabError = exc("TabError", indentationError)
    public static let systemError = exc("SystemError", exception)
    public static let typeError = exc("TypeError", exception)
    public static let valueError = exc("ValueError", exception)
    public static let unicodeError = exc("UnicodeError", valueError)
    public static let unicodeDecodeError = exc("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = exc("UnicodeEncodeError", unicodeError)
    public static let warning = exc("Warning", exception)
    public static let userWarning = exc("UserWarning", warning)
    public static let deprecationWarning = exc("DeprecationWarning", warning)
    public static let pendingDeprecationWarning = exc("PendingDeprecationWarning", warning)
    public static let syntaxWarning = exc("SyntaxWarning", warning)
    public static let runtimeWarning = exc("RuntimeWarning", warning)
    public static let futureWarning = exc("FutureWarning", warning)
    public static let importWarning = exc("ImportWarning", warning)
    public static let unicodeWarning = exc("UnicodeWarning", warning)
    public static let bytesWarning = exc("BytesWarning", warning)
    public static let resourceWarning = exc("ResourceWarning", warning)

    /// Every exception type by name, for the builtins module (in CPython's order of definition).
    public static var allExceptions: [PyType] {
        [baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration,
         stopAsyncIteration, arithmeticError, floatingPointError, overflowError, zeroDivisionError,
         assertionError, attributeError, bufferError, eofError, importError, moduleNotFoundError,
         lookupError, indexError, keyError, memoryError, nameError, unboundLocalError, osError,
         fileNotFoundError, fileExistsError, isADirectoryError, notADirectoryError,
         permissionError, timeoutError, referenceError, runtimeError, notImplementedError,
         recursionError, syntaxError, indentationError, tabError, systemError, typeError,
         valueError, unicodeError, unicodeDecodeError, unicodeEncodeError, warning, userWarning,
         deprecationWarning, pendingDeprecationWarning, syntaxWarning, runtimeWarning,
         futureWarning, importWarning, unicodeWarning, bytesWarning, resourceWarning]
    }
}
