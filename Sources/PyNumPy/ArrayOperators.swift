import PyRuntime

/// The ndarray's operators (`+`, `-`, `*`, `/`, `//`, `%`, `**`, comparisons, `&`, `|`, `^`,
/// unary `-`, `abs`, `~`, the in-place forms) and numpy's ufunc functions.
extension NumPy {
    static let operatorDunders: [(String, Ufuncs.Binary)] = [
        ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .divide), ("floordiv", .floorDivide),
        ("mod", .remainder), ("pow", .power), ("and", .bitwiseAnd), ("or", .bitwiseOr), ("xor", .bitwiseXor),
    ]

    static func installOperators() {
        let t = NumPyTypes.ndarray
        for (name, op) in operatorDunders {
            t.addMethod("__\(name)__") { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("expected 1 argument") }
                return try Ufuncs.binary(op, a[0], a[1])
            }
            t.addMethod("__r\(name)__") { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("expected 1 argument") }
                return try Ufuncs.binary(op, a[1], a[0])
            }
            t.addMethod("__i\(name)__") { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("expected 1 argument") }
                let target = try array(a, "__i\(name)__")
                _ = try Ufuncs.binary(op, a[0], a[1], into: target)
                return a[0]
            }
        }
        for (name, op) in [("eq", Ufuncs.Binary.equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual),
                           ("gt", .greater), ("ge", .greaterEqual)] {
            t.addMethod("__\(name)__") { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("expected 1 argument") }
                return try Ufuncs.binary(op, a[0], a[1])
            }
        }
        for (dunder, ufunc) in [("__neg__", "negative"), ("__abs__", "absolute"), ("__invert__", "invert"),
                                ("__pos__", "positive")] {
            t.addMethod(dunder) { (a) throws(PyException) -> PyValue in try Ufuncs.unary(ufunc, a[0]) }
        }
        t.addMethod("__bool__") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "__bool__")
            guard x.size == 1 else {
                throw .valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
            }
            var truth = false
            try x.forEachAddress { (p) throws(PyException) in truth = x.double(at: p) != 0 }
            return .bool(truth)
        }
        t.addMethod("__iter__") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "__iter__")
            guard x.ndim > 0 else { throw .typeError("iteration over a 0-d array") }
            let items = try (0..<x.shape[0]).map { (i) throws(PyException) -> PyValue in try Indexing.get(x, .int(i)) }
            return try Protocol.getIter(.object(PyList(items)))
        }
    }

    static func installUfuncFunctions(_ m: PyModule) {
        for name in Array(Ufuncs.unaryFloat.keys) + ["absolute", "abs", "negative", "square", "sign", "isnan", "isinf",
                                                     "isfinite", "invert", "positive", "conjugate"] {
            function(m, name) { (a) throws(PyException) -> PyValue in
                guard a.count == 1 else { throw .typeError("\(name)() takes from 1 to 2 positional arguments but \(a.count) were given") }
                return try Ufuncs.unary(name, a[0])
            }
        }
        let binaries: [Ufuncs.Binary] = [.add, .subtract, .multiply, .divide, .floorDivide, .remainder, .power,
                                          .maximum, .minimum, .arctan2, .hypot, .equal, .notEqual, .less,
                                          .lessEqual, .greater, .greaterEqual]
        for op in binaries {
            function(m, op.rawValue) { (a) throws(PyException) -> PyValue in
                guard a.count == 2 else { throw .typeError("\(op.rawValue)() takes from 2 to 3 positional arguments but \(a.count) were given") }
                return try Ufuncs.binary(op, a[0], a[1])
            }
        }
        m.dict!.setItem("true_divide", m.dict!.lookup("divide")!)
        m.dict!.setItem("conj", m.dict!.lookup("conjugate")!)
        for name in ["conjugate", "conj"] {
            NumPyTypes.ndarray.addMethod(name) { (a) throws(PyException) -> PyValue in
                guard a.count == 1 else { throw .typeError("\(name)() takes no arguments (\(a.count - 1) given)") }
                return try Ufuncs.unary("conjugate", a[0])
            }
        }
        m.dict!.setItem("mod", m.dict!.lookup("remainder")!)
    }
}
