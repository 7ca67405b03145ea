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

    /// `ndarray.flags`: item and attribute access, written in Python as a small class.
    static let flagsType: PyValue = {
        let source = """
        class flagsobj:
            def __init__(self, c, f, own):
                self.c_contiguous = c
                self.f_contiguous = f
                self.owndata = own
                self.writeable = True
                self.aligned = True
            def __getitem__(self, key):
                names = {"C_CONTIGUOUS": "c_contiguous", "C": "c_contiguous", "F_CONTIGUOUS": "f_contiguous",
                         "F": "f_contiguous", "OWNDATA": "owndata", "WRITEABLE": "writeable", "ALIGNED": "aligned"}
                if key not in names:
                    raise KeyError(key)
                return getattr(self, names[key])
            def __repr__(self):
                return (f"  C_CONTIGUOUS : {self.c_contiguous}\\n  F_CONTIGUOUS : {self.f_contiguous}\\n"
                        f"  OWNDATA : {self.owndata}\\n  WRITEABLE : True\\n  ALIGNED : True\\n"
                        f"  WRITEBACKIFCOPY : False\\n")
        """
        let ns = PyDict()
        ns.setItem("__name__", .str("numpy"))
        let code = try! Interpreter.shared.compileSource(source, filename: "<numpy>", mode: .exec)
        _ = try! Interpreter.shared.runCode(code, globals: ns, locals: ns)
        return ns.lookup("flagsobj")!
    }()
    static let linalgModule: PyModule = makeLinalgModule(name: "numpy.linalg")
    static let scipyLinalgModule: PyModule = {
        let m = makeLinalgModule(name: "scipy.linalg")
        m.dict!.setItem("norm", linalgModule.dict!.lookup("norm")!)
        // The old namespace the tutorial uses: SciPy answers through a module __getattr__ that
        // warns (once per calling line, shown when the caller is __main__).
        let decomp = PyModule(name: "scipy.linalg.decomp_qr")
        decomp.dict!.setItem("_qr", m.dict!.lookup("qr")!)
        let source = """
        def __getattr__(name):
            if name != "qr":
                raise AttributeError(f"module 'scipy.linalg.decomp_qr' has no attribute '{name}'")
            import warnings
            warnings.warn("Please import `qr` from the `scipy.linalg` namespace; the "
                          "`scipy.linalg.decomp_qr` namespace is deprecated and will be removed in SciPy 2.0.0.",
                          category=DeprecationWarning, stacklevel=2)
            return _qr
        """
        let code = try! Interpreter.shared.compileSource(source, filename: "<scipy.linalg.decomp_qr>", mode: .exec)
        _ = try! Interpreter.shared.runCode(code, globals: decomp.dict!, locals: decomp.dict!)
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
        installAccumulations()
        installShaping(m)
        let d = m.dict!
        d.setItem("__version__", .str("2.4.6"))
        d.setItem("ndarray", .object(NumPyTypes.ndarray))
        d.setItem("dtype", .object(NumPyTypes.dtype))
        for dtype in [DType.bool, .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64, .float32, .float64, .complex128] {
            d.setItem(dtype == .bool ? "bool_" : dtype.name, .object(NumPyScalarTypes.type(for: dtype)))
        }
        d.setItem("bool", .object(NumPyScalarTypes.type(for: .bool)))
        d.setItem("pi", .float(Double.pi))
        d.setItem("e", .float(2.718281828459045))
        d.setItem("euler_gamma", .float(0.5772156649015329))
        d.setItem("inf", .float(.infinity))
        d.setItem("nan", .float(.nan))
        d.setItem("newaxis", .none)
        // Submodules are made on first use (PEP 562), keeping `import numpy` to a few ms.
        function(m, "__getattr__") { (a) throws(PyException) -> PyValue in
            let name = a.count == 1 ? ((a[0].object as? PyStr)?.value ?? "") : ""
            let sub: PyModule
            switch name {
            case "random": sub = randomModule
            case "linalg": sub = linalgModule
            case "exceptions":
                sub = PyModule(name: "numpy.exceptions")
                sub.dict!.setItem("AxisError", .object(AxisReductions.axisError))
            default: throw .attributeError("module 'numpy' has no attribute '\(name)'")
            }
            d.setItem(name, .object(sub))
            return .object(sub)
        }
        installDot(m)

        function(m, "array") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("array", ["object", "dtype"], required: 1)
            return .object(try ArrayCreation.array(b[0]!, dtype: try ArrayCreation.dtype(b[1])))
        }
        function(m, "asarray") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("asarray", ["a", "dtype"], required: 1)
            if case .object(let o) = b[0]!, let x = o as? PyNDArray {
                let requested = try ArrayCreation.dtype(b[1])
                if requested == nil || requested == x.dtype { return b[0]! }
            }
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
            let b = try a.bind("linspace", ["start", "stop", "num", "endpoint", "retstep", "dtype"], required: 2)
            guard let start = b[0]!.asDouble, let stop = b[1]!.asDouble else { throw .typeError("linspace needs numbers") }
            var count = 50, endpoint = true
            if let n = b[2] { count = try Protocol.index(n) }
            if let e = b[3] { endpoint = try Protocol.isTrue(e) }
            let values = try ArrayCreation.linspace(start, stop, count: count, endpoint: endpoint)
            guard let dtype = try ArrayCreation.dtype(b[5]), dtype != .float64 else { return .object(values) }
            // An integer dtype floors, as NumPy's linspace does before casting.
            let floored = dtype.isInteger ? try Rounding.floor(values) : values
            return .object(ArrayCreation.cast(floored, to: dtype))
        }
        function(m, "identity") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("identity", ["n", "dtype"], required: 1)
            let n = try Protocol.index(b[0]!)
            try ArrayCreation.checkSize([n, n], itemsize: 8)
            let result = ArrayCreation.filled([n, n], dtype: try ArrayCreation.dtype(b[1]) ?? .float64, value: 0)
            for i in 0..<n { result.store(1, at: result.address([i, i])) }
            return .object(result)
        }
        function(m, "eye") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("eye", ["N", "M", "k", "dtype"], required: 1)
            let n = try Protocol.index(b[0]!)
            var columns = n, k = 0
            if let mv = b[1], !mv.isNone { columns = try Protocol.index(mv) }
            if let kv = b[2] { k = try Protocol.index(kv) }
            try ArrayCreation.checkSize([n, columns], itemsize: 8)
            let result = ArrayCreation.filled([n, columns], dtype: try ArrayCreation.dtype(b[3]) ?? .float64, value: 0)
            for i in 0..<n where i + k >= 0 && i + k < columns { result.store(1, at: result.address([i, i + k])) }
            return .object(result)
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

}
