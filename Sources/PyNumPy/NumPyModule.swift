import PyRuntime

/// `import numpy`: the module, made on first import (registered by `NumPy.install()`, which
/// costs nothing at start-up).
public enum NumPy {
    public static func install() {
        let numpy: () throws(PyException) -> PyModule = { makeModule() }
        let random: () throws(PyException) -> PyModule = { randomModule }
        let linalg: () throws(PyException) -> PyModule = { linalgModule }
        let scipy: () throws(PyException) -> PyModule = { scipyModule }
        let scipyLinalg: () throws(PyException) -> PyModule = { scipyLinalgModule }
        Interpreter.shared.builtinModuleFactories["numpy"] = numpy
        Interpreter.shared.builtinModuleFactories["numpy.random"] = random
        Interpreter.shared.builtinModuleFactories["numpy.linalg"] = linalg
        Interpreter.shared.builtinModuleFactories["scipy"] = scipy
        Interpreter.shared.builtinModuleFactories["scipy.linalg"] = scipyLinalg
    }

    static let randomModule: PyModule = makeRandomModule()
    static let linalgModule: PyModule = makeLinalgModule(name: "numpy.linalg")
    static let scipyLinalgModule: PyModule = {
        let m = makeLinalgModule(name: "scipy.linalg")
        // The old namespace the tutorial uses (SciPy warns that it is deprecated).
        let decomp = PyModule(name: "scipy.linalg.decomp_qr")
        decomp.dict!.setItem("qr", m.dict!.lookup("qr")!)
        m.dict!.setItem("decomp_qr", .object(decomp))
        return m
    }()
    static let scipyModule: PyModule = {
        let m = PyModule(name: "scipy")
        m.dict!.setItem("__version__", .str("1.17.1"))
        m.dict!.setItem("linalg", .object(scipyLinalgModule))
        return m
    }()

    static func function(_ module: PyModule, _ name: String, _ body: @escaping NativeFunction) {
        module.dict!.setItem(name, .object(PyBuiltinFunction(name: name, module: module.name, body)))
    }

    static func makeModule() -> PyModule {
        installArrayType()
        installOperators()
        let m = PyModule(name: "numpy")
        installUfuncFunctions(m)
        installShaping(m)
        let d = m.dict!
        d.setItem("__version__", .str("2.4.6"))
        d.setItem("ndarray", .object(NumPyTypes.ndarray))
        d.setItem("dtype", .object(NumPyTypes.dtype))
        for dtype in [DType.bool, .int8, .uint8, .int32, .int64, .float32, .float64, .complex128] {
            d.setItem(dtype == .bool ? "bool_" : dtype.name, .object(NumPyScalarTypes.type(for: dtype)))
        }
        d.setItem("bool", .object(NumPyScalarTypes.type(for: .bool)))
        d.setItem("pi", .float(Double.pi))
        d.setItem("e", .float(2.718281828459045))
        d.setItem("inf", .float(.infinity))
        d.setItem("nan", .float(.nan))
        d.setItem("newaxis", .none)
        d.setItem("random", .object(randomModule))
        d.setItem("linalg", .object(linalgModule))
        let exceptions = PyModule(name: "numpy.exceptions")
        exceptions.dict!.setItem("AxisError", .object(AxisReductions.axisError))
        d.setItem("exceptions", .object(exceptions))
        installDot(m)

        function(m, "array") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("array", ["object", "dtype"], required: 1)
            return .object(try ArrayCreation.array(b[0]!, dtype: try ArrayCreation.dtype(b[1])))
        }
        function(m, "asarray") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("asarray", ["a", "dtype"], required: 1)
            if case .object(let o) = b[0]!, o is PyNDArray, b[1] == nil { return b[0]! }
            return .object(try ArrayCreation.array(b[0]!, dtype: try ArrayCreation.dtype(b[1])))
        }
        for (name, value) in [("zeros", 0.0), ("ones", 1.0), ("empty", 0.0)] {
            function(m, name) { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["shape", "dtype"], required: 1)
                return .object(ArrayCreation.filled(try ArrayCreation.shape(b[0]!),
                                                    dtype: try ArrayCreation.dtype(b[1]) ?? .float64, value: value))
            }
            function(m, name + "_like") { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name + "_like", ["a", "dtype"], required: 1)
                let like = try asArray(b[0]!)
                return .object(ArrayCreation.filled(like.shape, dtype: try ArrayCreation.dtype(b[1]) ?? like.dtype, value: value))
            }
        }
        function(m, "full") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("full", ["shape", "fill_value", "dtype"], required: 2)
            let fill = b[1]!
            var dtype = try ArrayCreation.dtype(b[2])
            if dtype == nil { dtype = try ArrayCreation.infer([fill]) }
            let result = ArrayCreation.filled(try ArrayCreation.shape(b[0]!), dtype: dtype!, value: 0)
            try result.forEachAddress { (p) throws(PyException) in try ArrayCreation.store(fill, into: result, at: p) }
            return .object(result)
        }
        function(m, "arange") { (a) throws(PyException) -> PyValue in
            let dtype = try ArrayCreation.dtype(a.keyword("dtype"))
            return .object(try ArrayCreation.arange(Array(a.values[0..<a.count]), dtype: dtype))
        }
        function(m, "linspace") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("linspace", ["start", "stop", "num", "endpoint"], required: 2)
            guard let start = b[0]!.asDouble, let stop = b[1]!.asDouble else { throw .typeError("linspace needs numbers") }
            var count = 50, endpoint = true
            if let n = b[2] { count = try Protocol.index(n) }
            if let e = b[3] { endpoint = try Protocol.isTrue(e) }
            return .object(try ArrayCreation.linspace(start, stop, count: count, endpoint: endpoint))
        }
        for name in ["eye", "identity"] {
            function(m, name) { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["N", "dtype"], required: 1)
                let n = try Protocol.index(b[0]!)
                let result = ArrayCreation.filled([n, n], dtype: try ArrayCreation.dtype(b[1]) ?? .float64, value: 0)
                for i in 0..<n { result.store(1, at: result.address([i, i])) }
                return .object(result)
            }
        }
        function(m, "set_printoptions") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("set_printoptions", ["precision", "threshold", "edgeitems", "linewidth", "suppress"], required: 0)
            if let p = b[0], !p.isNone { ArrayPrinter.options.precision = try Protocol.index(p) }
            if let t = b[1], !t.isNone { ArrayPrinter.options.threshold = try Protocol.index(t) }
            if let e = b[2], !e.isNone { ArrayPrinter.options.edgeItems = try Protocol.index(e) }
            if let l = b[3], !l.isNone { ArrayPrinter.options.lineWidth = try Protocol.index(l) }
            if let s = b[4], !s.isNone { ArrayPrinter.options.suppress = try Protocol.isTrue(s) }
            return .none
        }
        for name in AxisReductions.names {
            function(m, name) { (a) throws(PyException) -> PyValue in
                guard a.count >= 1 else { throw .typeError("\(name)() missing required argument 'a' (pos 0)") }
                return try AxisReductions.reduce(name, try asArray(a[0]), a, skip: 1)
            }
        }
        d.setItem("amax", d.lookup("max")!)
        d.setItem("amin", d.lookup("min")!)
        return m
    }

    /// An array argument: arrays as they are, anything else through `np.array`.
    static func asArray(_ v: PyValue) throws(PyException) -> PyNDArray {
        if case .object(let o) = v, let a = o as? PyNDArray { return a }
        return try ArrayCreation.array(v, dtype: nil)
    }

    static func makeRandomModule() -> PyModule {
        let m = PyModule(name: "numpy.random")
        let rng = LegacyRandom()
        function(m, "seed") { (a) throws(PyException) -> PyValue in
            let seed = a.count > 0 ? try Protocol.index(a[0]) : 5489
            guard seed >= 0 && seed <= 0xFFFF_FFFF else {
                throw .valueError("Seed must be between 0 and 2**32 - 1")
            }
            rng.seed(UInt32(seed))
            return .none
        }
        func sample(_ shape: [Int]?) -> PyValue {
            guard let shape else { return .object(PyNumPyScalar(.float64, double: rng.double())).floatValue }
            let result = PyNDArray(dtype: .float64, shape: shape)
            let p = result.data.assumingMemoryBound(to: Double.self)
            for i in 0..<result.size { p[i] = rng.double() }
            return .object(result)
        }
        for name in ["random", "random_sample", "sample"] {
            function(m, name) { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["size"], required: 0)
                guard let size = b[0], !size.isNone else { return sample(nil) }
                return sample(try ArrayCreation.shape(size))
            }
        }
        function(m, "rand") { (a) throws(PyException) -> PyValue in
            let dims = try a.values[0..<a.count].map { (v) throws(PyException) -> Int in try Protocol.index(v) }
            return sample(dims.isEmpty ? nil : dims)
        }
        return m
    }
}

extension PyValue {
    /// `np.random.random()` with no size gives a Python float, as NumPy's legacy functions do.
    fileprivate var floatValue: PyValue {
        if case .object(let o) = self, let s = o as? PyNumPyScalar { return .float(s.double) }
        return self
    }
}
