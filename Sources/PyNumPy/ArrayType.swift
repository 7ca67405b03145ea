import PyRuntime

/// `numpy.ndarray`'s attributes and methods, and `numpy.dtype`'s.
extension NumPy {
    nonisolated(unsafe) private static var installed = false

    static func array(_ a: Arguments, _ name: String) throws(PyException) -> PyNDArray {
        guard a.count >= 1, case .object(let o) = a[0], let array = o as? PyNDArray else {
            throw .typeError("descriptor '\(name)' requires a 'numpy.ndarray' object")
        }
        return array
    }

    static func tuple(_ ints: [Int]) -> PyValue { .object(PyTuple(ints.map { .int($0) })) }

    static func installArrayType() {
        guard !installed else { return }
        installed = true
        let t = NumPyTypes.ndarray
        t.addMethod("__repr__") { (a) throws(PyException) -> PyValue in .str(ArrayPrinter.repr(try array(a, "__repr__"))) }
        t.addMethod("__str__") { (a) throws(PyException) -> PyValue in .str(ArrayPrinter.str(try array(a, "__str__"))) }
        t.addMethod("__len__") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "__len__")
            guard let n = x.shape.first else { throw .typeError("len() of unsized object") }
            return .int(n)
        }
        t.addGetSet("shape", get: { (v) throws(PyException) -> PyValue in tuple((v.object as! PyNDArray).shape) })
        t.addGetSet("strides", get: { (v) throws(PyException) -> PyValue in tuple((v.object as! PyNDArray).strides) })
        t.addGetSet("ndim", get: { (v) throws(PyException) -> PyValue in .int((v.object as! PyNDArray).ndim) })
        t.addGetSet("size", get: { (v) throws(PyException) -> PyValue in .int((v.object as! PyNDArray).size) })
        t.addGetSet("itemsize", get: { (v) throws(PyException) -> PyValue in .int((v.object as! PyNDArray).dtype.itemsize) })
        t.addGetSet("nbytes", get: { (v) throws(PyException) -> PyValue in
            let x = v.object as! PyNDArray
            return .int(x.size * x.dtype.itemsize)
        })
        t.addGetSet("dtype", get: { (v) throws(PyException) -> PyValue in .object(PyDTypeObject((v.object as! PyNDArray).dtype)) })
        t.addGetSet("T", get: { (v) throws(PyException) -> PyValue in
            let x = v.object as! PyNDArray
            return .object(PyNDArray(buffer: x.buffer, data: x.data, dtype: x.dtype, shape: x.shape.reversed(),
                                     strides: x.strides.reversed()))
        })
        // `.real` and `.imag`: views of a complex array's parts; a real array is its own real
        // part and has zeros for its imaginary part.
        t.addGetSet("real", get: { (v) throws(PyException) -> PyValue in
            let x = v.object as! PyNDArray
            guard x.dtype == .complex128 else { return v }
            return .object(PyNDArray(buffer: x.buffer, data: x.data, dtype: .float64, shape: x.shape, strides: x.strides))
        })
        t.addGetSet("imag", get: { (v) throws(PyException) -> PyValue in
            let x = v.object as! PyNDArray
            guard x.dtype == .complex128 else { return .object(PyNDArray(dtype: x.dtype, shape: x.shape)) }
            return .object(PyNDArray(buffer: x.buffer, data: x.data + 8, dtype: .float64, shape: x.shape, strides: x.strides))
        })
        t.addMethod("tolist") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "tolist")
            func build(_ axis: Int, _ p: UnsafeMutableRawPointer) -> PyValue {
                if axis == x.ndim { return PyNumPyScalar.element(of: x, at: p).python }
                return .object(PyList((0..<x.shape[axis]).map { build(axis + 1, p + $0 * x.strides[axis]) }))
            }
            return build(0, x.data)
        }
        t.addMethod("item") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "item")
            if a.count == 2 {
                // item(k): the k-th element in C order.
                var k = try Protocol.index(a[1])
                if k < -x.size || k >= x.size { throw .indexError("index \(k) is out of bounds for size \(x.size)") }
                if k < 0 { k += x.size }
                var value: PyValue = .none
                var i = 0
                try x.forEachAddress { (p) throws(PyException) in
                    if i == k { value = PyNumPyScalar.element(of: x, at: p).python }
                    i += 1
                }
                return value
            }
            if a.count > 2 {
                let key = PyValue.object(PyTuple(Array(a.values[1..<a.count])))
                let element = try Indexing.get(x, key)
                if case .object(let o) = element, let s = o as? PyNumPyScalar { return s.python }
                return element
            }
            guard x.size == 1 else { throw .valueError("can only convert an array of size 1 to a Python scalar") }
            var value: PyValue = .none
            try x.forEachAddress { (p) throws(PyException) in value = PyNumPyScalar.element(of: x, at: p).python }
            return value
        }
        t.addMethod("copy") { (a) throws(PyException) -> PyValue in .object(ArrayCreation.copy(try array(a, "copy"))) }
        t.addMethod("astype") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "astype")
            guard a.count == 2, let d = try ArrayCreation.dtype(a[1]) else { throw .typeError("astype() needs a dtype") }
            return .object(ArrayCreation.cast(x, to: d))
        }
        t.addMethod("reshape") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "reshape")
            let args = Array(a.values[1..<a.count])
            var shape = args.count == 1 ? try ArrayCreation.shapeAllowingUnknown(args[0])
                                        : try args.map { (v) throws(PyException) -> Int in try Protocol.index(v) }
            if let unknown = shape.firstIndex(of: -1) {
                let known = shape.enumerated().filter { $0.offset != unknown }.map(\.element).reduce(1, *)
                if known > 0 && x.size % known == 0 { shape[unknown] = x.size / known }
            }
            guard shape.reduce(1, *) == x.size, !shape.contains(where: { $0 < 0 }) else {
                // NumPy names the unknown dimension `newaxis` here and leaves out the spaces.
                let asked = args.count == 1 ? try ArrayCreation.shapeAllowingUnknown(args[0])
                                            : try args.map { (v) throws(PyException) -> Int in try Protocol.index(v) }
                let text = "(" + asked.map { $0 == -1 ? "newaxis" : String($0) }.joined(separator: ",")
                    + (asked.count == 1 ? ",)" : ")")
                throw .valueError("cannot reshape array of size \(x.size) into shape \(text)")
            }
            let source = x.isCContiguous ? x : ArrayCreation.copy(x)
            return .object(PyNDArray(buffer: source.buffer, data: source.data, dtype: x.dtype, shape: shape,
                                     strides: PyNDArray.contiguousStrides(shape, itemsize: x.dtype.itemsize)))
        }
        for name in AxisReductions.names {
            t.addMethod(name) { (a) throws(PyException) -> PyValue in
                try AxisReductions.reduce(name, try array(a, name), a, skip: 1)
            }
        }
        t.addMethod("__getitem__") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "__getitem__")
            guard a.count == 2 else { throw .typeError("__getitem__ expects one argument") }
            return try Indexing.get(x, a[1])
        }
        t.addMethod("__setitem__") { (a) throws(PyException) -> PyValue in
            let x = try array(a, "__setitem__")
            guard a.count == 3 else { throw .typeError("__setitem__ expects two arguments") }
            try Indexing.set(x, a[1], a[2])
            return .none
        }

        let d = NumPyTypes.dtype
        func dtype(_ a: Arguments) throws(PyException) -> DType {
            guard a.count >= 1, case .object(let o) = a[0], let x = o as? PyDTypeObject else { throw .typeError("expected a dtype") }
            return x.dtype
        }
        d.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            guard a.count == 2, let made = try ArrayCreation.dtype(a[1]) else {
                throw .typeError("dtype() takes exactly one argument")
            }
            return .object(PyDTypeObject(made))
        }
        d.addMethod("__repr__") { (a) throws(PyException) -> PyValue in .str("dtype('\(try dtype(a).name)')") }
        d.addMethod("__str__") { (a) throws(PyException) -> PyValue in .str(try dtype(a).name) }
        d.addMethod("__eq__") { (a) throws(PyException) -> PyValue in
            guard a.count == 2 else { return .notImplemented }
            let other = try? ArrayCreation.dtype(a[1])
            return .bool(other == (try dtype(a)))
        }
        d.addMethod("__hash__") { (a) throws(PyException) -> PyValue in .int(try dtype(a).name.hashValue) }
        d.addGetSet("name", get: { (v) throws(PyException) -> PyValue in .str((v.object as! PyDTypeObject).dtype.name) })
        d.addGetSet("itemsize", get: { (v) throws(PyException) -> PyValue in .int((v.object as! PyDTypeObject).dtype.itemsize) })
        d.addGetSet("kind", get: { (v) throws(PyException) -> PyValue in .str(String((v.object as! PyDTypeObject).dtype.kind)) })
    }
}
