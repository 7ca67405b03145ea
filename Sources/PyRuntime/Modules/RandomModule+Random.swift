/// `random.Random`: a generator object of its own, with the module functions as methods, and
/// the `getstate()`/`setstate()` snapshots (Lib/random.py and Modules/_randommodule.c).
extension RandomModule {
    /// An instance of `random.Random`: the generator state behind its methods.
    final class PyRandom: PyObject {
        let state = State()
    }

    static let randomType: PyType = {
        let t = Types.make("Random", subclassable: false, module: "random")
        t.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            guard a.count >= 1, case .object(let cls as PyType) = a[0] else {
                throw .typeError("Random.__new__(X): X is not a type object")
            }
            if a.count > 2 {
                throw .typeError("Random.__init__() takes from 1 to 2 positional arguments but \(a.count) were given")
            }
            let r = PyRandom(type: cls)
            try seed(r.state, a.count == 2 ? a[1] : .none)
            return .object(r)
        }
        // Seeding happened in __new__ (CPython's __init__ seeds; the effect is the same).
        t.addMethod("__init__") { (_) throws(PyException) -> PyValue in .none }
        for (name, f) in methods {
            t.addMethod(name) { (a) throws(PyException) -> PyValue in
                guard a.count >= 1, let r = a[0].object as? PyRandom else {
                    throw .typeError("descriptor '\(name)' requires a 'Random' object")
                }
                return try f(r.state, Arguments(UnsafeBufferPointer(rebasing: a.values[1...]), kwnames: a.kwnames))
            }
        }
        return t
    }()

    /// `(3, (624 words..., index), gauss_next)`.
    static func getState(_ st: State) -> PyValue {
        let (words, index) = st.mt.words
        let vector = words.map { PyValue.int(Int($0)) } + [.int(index)]
        return .object(PyTuple([.int(3), .object(PyTuple(vector)), st.gaussNext.map { .float($0) } ?? .none]))
    }

    static func setState(_ st: State, _ value: PyValue) throws(PyException) {
        let parts = try Protocol.toArray(value)
        guard parts.count == 3 else {
            throw .valueError("not enough values to unpack (expected 3, got \(parts.count))")
        }
        guard IntMath.small(parts[0]) == 3 else {
            throw .valueError("state with version \(try Protocol.repr(parts[0])) passed to Random.setstate() of version 3")
        }
        guard case .object(let tuple as PyTuple) = parts[1] else { throw .typeError("state vector must be a tuple") }
        guard tuple.elements.count == 625 else { throw .valueError("state vector is the wrong size") }
        var words: [UInt32] = []
        for x in tuple.elements.prefix(624) {
            guard let n = IntMath.small(x), n >= 0, n <= Int(UInt32.max) else {
                throw .overflowError("Python int too large to convert to C unsigned long")
            }
            words.append(UInt32(n))
        }
        guard let index = IntMath.small(tuple.elements[624]), index >= 0, index <= 624 else {
            throw .valueError("invalid state")
        }
        st.mt.restore(state: words, index: index)
        st.gaussNext = parts[2].isNone ? nil : try FloatMath.construct(parts[2])
    }
}
