/// Python's `str`: an immutable sequence of code points.
///
/// The text is a Swift `String` (UTF-8). Python indexes by code point, not by `Character`: ASCII
/// strings (the common case) index straight into the UTF-8 bytes; others build an array of
/// scalars on first indexed access.
public final class PyStr: PyObject {
    /// The text. Immutable to Python; only `append(_:)` changes it, on a str no one else sees.
    public private(set) var value: String
    /// The cached `hash(s)`; 0 means not computed yet (a real hash of 0 is stored as 1, harmless).
    public final var cachedHash: Int = 0
    private var _scalars: [Unicode.Scalar]?
    /// Whether every code point is ASCII, so byte offsets are code-point offsets.
    public private(set) var isASCII: Bool

    public init(_ value: String) {
        self.value = value
        self.isASCII = PyStr.isAllASCII(value)
        super.init(type: Types.str)
    }

    /// A str whose ASCII-ness the caller knows (a concatenation of known strs, a slice or case
    /// mapping of an ASCII str): no scan of the text.
    init(_ value: String, isASCII: Bool) {
        self.value = value
        self.isASCII = isASCII
        super.init(type: Types.str)
    }

    /// `s += t` in place, as CPython's `unicode_concatenate` does when the str is referenced
    /// only by the variable being assigned: amortised O(len(t)) instead of a full copy.
    /// The caller guarantees that nothing else can observe this object.
    func append(_ other: PyStr) {
        value += other.value
        isASCII = isASCII && other.isASCII
        cachedHash = 0
        _scalars = nil
    }

    /// Whether `text` is all ASCII, tested eight bytes at a time.
    static func isAllASCII(_ text: String) -> Bool {
        if let r = text.utf8.withContiguousStorageIfAvailable({ (p) -> Bool in
            let n = p.count
            guard n > 0, let base = p.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return false
                }
                i += 8
            }
            while i < n {
                if base[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }) {
            return r
        }
        for b in text.utf8 where b >= 0x80 { return false }
        return true
    }

    /// `len(s)`: the number of code points.
    public var count: Int {
        isASCII ? value.utf8.count : scalars.count
    }

    /// The code points, for indexing and slicing non-ASCII text.
    public var scalars: [Unicode.Scalar] {
        if let s = _scalars { return s }
        let s = Array(value.unicodeScalars)
        _scalars = s
        return s
    }

    /// The code point at `index` (0-based, already range-checked by the caller).
    public func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[index]) }
                ?? scalars[index]
        }
        return scalars[index]
    }
}

/// Interned names: attribute and dunder names as `PyStr` objects made once, so dict and type
/// lookups can compare by identity before comparing text.
public enum Names {
    nonisolated(unsafe) private static var table: [String: PyStr] = [:]

    /// The interned `PyStr` for `name`.
    public static func intern(_ name: String) -> PyStr {
        if let s = table[name] { return s }
        let s = PyStr(name)
        table[name] = s
        return s
    }

    public static let __name__ = intern("__name__")
    public static let __qualname__ = intern("__qualname__")
    public static let __module__ = intern("__module__")
    public static let __doc__ = intern("__doc__")
    public static let __dict__ = intern("__dict__")
    public static let __class__ = intern("__class__")
    public static let __init__ = intern("__init__")
    public static let __new__ = intern("__new__")
    public static let __call__ = intern("__call__")
    public static let __repr__ = intern("__repr__")
    public static let __str__ = intern("__str__")
    public static let __format__ = intern("__format__")
    public static let __hash__ = intern("__hash__")
    public static let __eq__ = intern("__eq__")
    public static let __ne__ = intern("__ne__")
    public static let __lt__ = intern("__lt__")
    public static let __le__ = intern("__le__")
    public static let __gt__ = intern("__gt__")
    public static let __ge__ = intern("__ge__")
    public static let __bool__ = intern("__bool__")
    public static let __len__ = intern("__len__")
    public static let __iter__ = intern("__iter__")
    public static let __next__ = intern("__next__")
    public static let __getitem__ = intern("__getitem__")
    public static let __setitem__ = intern("__setitem__")
    public static let __delitem__ = intern("__delitem__")
    public static let __contains__ = intern("__contains__")
    public static let __getattr__ = intern("__getattr__")
    public static let __getattribute__ = intern("__getattribute__")
    public static let __setattr__ = intern("__setattr__")
    public static let __delattr__ = intern("__delattr__")
    public static let __get__ = intern("__get__")
    public static let __set__ = intern("__set__")
    public static let __delete__ = intern("__delete__")
    public static let __enter__ = intern("__enter__")
    public static let __exit__ = intern("__exit__")
    public static let __neg__ = intern("__neg__")
    public static let __pos__ = intern("__pos__")
    public static let __invert__ = intern("__invert__")
    public static let __abs__ = intern("__abs__")
    public static let __index__ = intern("__index__")
    public static let __int__ = intern("__int__")
    public static let __float__ = intern("__float__")
    public static let __complex__ = intern("__complex__")
    public static let __round__ = intern("__round__")
    public static let __reversed__ = intern("__reversed__")
    public static let __init_subclass__ = intern("__init_subclass__")
    public static let __set_name__ = intern("__set_name__")
    public static let __annotations__ = intern("__annotations__")
    public static let __builtins__ = intern("__builtins__")
    public static let __file__ = intern("__file__")
    public static let __spec__ = intern("__spec__")
    public static let __package__ = intern("__package__")
    public static let __loader__ = intern("__loader__")
    public static let __all__ = intern("__all__")
    public static let __mro__ = intern("__mro__")
    public static let __bases__ = intern("__bases__")
    public static let __base__ = intern("__base__")
    public static let __traceback__ = intern("__traceback__")
    public static let __cause__ = intern("__cause__")
    public static let __context__ = intern("__context__")
    public static let __suppress_context__ = intern("__suppress_context__")
    public static let __code__ = intern("__code__")
    public static let __defaults__ = intern("__defaults__")
    public static let __kwdefaults__ = intern("__kwdefaults__")
    public static let __closure__ = intern("__closure__")
    public static let __globals__ = intern("__globals__")
    public static let __wrapped__ = intern("__wrapped__")
    public static let __self__ = intern("__self__")
    public static let __func__ = intern("__func__")
    public static let __build_class__ = intern("__build_class__")
    public static let __import__ = intern("__import__")
    public static let __main__ = intern("__main__")
    public static let __length_hint__ = intern("__length_hint__")
    public static let __missing__ = intern("__missing__")
    public static let __class_getitem__ = intern("__class_getitem__")
    public static let args = intern("args")
    public static let send = intern("send")
    public static let `throw` = intern("throw")
    public static let close = intern("close")
    public static let keys = intern("keys")
    public static let write = intern("write")
    public static let flush = intern("flush")
    public static let readline = intern("readline")
}

extension PyValue {
    /// True for an exact `str` (not a subclass). str cannot be subclassed, so the payload class
    /// decides: a metadata compare, with no read of `Types.str`.
    @inline(__always) var isStr: Bool {
        if case .object(let o) = self { return ObjectIdentifier(Swift.type(of: o)) == ObjectIdentifier(PyStr.self) }
        return false
    }
}
