/// The builtin types, made once on first use.
///
/// Only the type objects are made here, with empty dicts. Their methods are installed by
/// `Runtime.bootstrap()` (each `Objects/<Type>+Methods.swift` file installs its own), because
/// installing needs interned names, which need `Types.str`, and Swift's lazy globals must not
/// recurse into themselves.
public enum Types {
    private static let core: (type: PyType, object: PyType, dict: PyType) = {
        let type = PyType(name: "type", bases: [], layout: .builtin, metatype: nil)
        let object = PyType(name: "object", bases: [], layout: .instance, metatype: nil)
        type.bootstrapSetType(type)
        object.bootstrapSetType(type)
        type.bases = [object]
        type.resetMRO([type, object])
        // A type's namespace is a dict, so `dict` is made here too, and the three namespaces
        // made so far get their type now (PyType.init's `bootstrapDict`).
        let dict = PyType(name: "dict", bases: [object], layout: .builtin, metatype: type,
                          bootstrapDict: true)
        for t in [type, object, dict] { t.dict!.type = dict }
        return (type, object, dict)
    }()

    public static var type: PyType { core.type }
    public static var object: PyType { core.object }
    public static var dict: PyType { core.dict }

    /// A builtin type deriving from `base` (default `object`).
    static func make(_ name: String, base: PyType? = nil, layout: PyType.Layout = .builtin,
                     subclassable: Bool = true, module: String = "builtins") -> PyType {
        let t = PyType(name: name, bases: [base ?? object], layout: layout, metatype: type,
                       module: module)
        t.isBaseType = subclassable
        return t
    }

    public static let int = make("int")
    public static let bool = make("bool", base: int, subclassable: false)
    public static let float = make("float")
    public static let complex = make("complex")
    public static let str = make("str")
    public static let bytes = make("bytes")
    public static let bytearray = make("bytearray")
    public static let list = make("list")
    public static let tuple = make("tuple")
    public static let set = make("set")
    public static let frozenset = make("frozenset")
    public static let range = make("range", subclassable: false)
    public static let slice = make("slice", subclassable: false)
    public static let noneType = make("NoneType", subclassable: false)
    public static let notImplementedType = make("NotImplementedType", subclassable: false)
    public static let ellipsisType = make("ellipsis", subclassable: false)
    public static let function = make("function", subclassable: false)
    public static let builtinFunction = make("builtin_function_or_method", subclassable: false)
    public static let methodDescriptor = make("method_descriptor", subclassable: false)
    public static let wrapperDescriptor = make("wrapper_descriptor", subclassable: false)
    public static let method = make("method", subclassable: false)
    public static let module = make("module")
    public static let code = make("code", subclassable: false)
    public static let cell = make("cell", subclassable: false)
    public static let frame = make("frame", subclassable: false)
    public static let traceback = make("traceback", subclassable: false)
    public static let generator = make("generator", subclassable: false)
    public static let property = make("property")
    public static let staticmethod = make("staticmethod")
    public static let classmethod = make("classmethod")
    public static let superType = make("super")
    public static let getSetDescriptor = make("getset_descriptor", subclassable: false)
    // Iterators (their reprs show these names).
    public static let listIterator = make("list_iterator", subclassable: false)
    public static let listReverseIterator = make("list_reverseiterator", subclassable: false)
    public static let tupleIterator = make("tuple_iterator", subclassable: false)
    public static let rangeIterator = make("range_iterator", subclassable: false)
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
