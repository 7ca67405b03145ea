import Testing
@testable import PyRuntime

/// The Swift-facing helpers the eval loop calls: opcode helpers, fast subscripts, iterators.
@Suite struct ContainerOpsTests {
    init() { _ = FixtureInterpreter.prepared }

    private func repr(_ v: PyValue) throws -> String { try Protocol.repr(v) }
    private func repr(_ o: PyObject) throws -> String { try Protocol.repr(.object(o)) }

    /// The exception type and message a throwing body raises.
    private func failure(_ body: () throws(PyException) -> Void) -> String? {
        do throws(PyException) {
            try body()
            return nil
        } catch {
            return "\(error.type.name): \(FixtureInterpreter.message(of: error))"
        }
    }

    @Test func buildSetKeepsCPythonOrder() throws {
        let items: [PyValue] = [.int(3), .int(1), .int(2), .int(1)]
        let s = try items.withUnsafeBufferPointer { (b) throws(PyException) -> PySet in try ContainerOps.buildSet(b) }
        #expect(try repr(s) == "{1, 2, 3}")
        #expect(s.count == 3)
    }

    @Test func buildMapAndConstKeyMap() throws {
        let flat: [PyValue] = [.str("b"), .int(1), .str("a"), .int(2), .str("b"), .int(3)]
        let d = try flat.withUnsafeBufferPointer { (b) throws(PyException) -> PyDict in try ContainerOps.buildMap(b) }
        #expect(try repr(d) == "{'b': 3, 'a': 2}")
        let values: [PyValue] = [.int(1), .none]
        let k = try values.withUnsafeBufferPointer { (b) throws(PyException) -> PyDict in
            try ContainerOps.buildConstKeyMap(keys: PyTuple([.str("x"), .str("y")]), values: b)
        }
        #expect(try repr(k) == "{'x': 1, 'y': None}")
    }

    @Test func listExtendMessages() throws {
        let l = PyList([.int(1)])
        try ContainerOps.listExtend(l, .object(PyTuple([.int(2)])))
        #expect(try repr(l) == "[1, 2]")
        #expect(failure { () throws(PyException) in try ContainerOps.listExtend(l, .int(5)) }
                == "TypeError: Value after * must be an iterable, not int")
    }

    @Test func dictUpdateAndMerge() throws {
        let d = PyDict()
        try ContainerOps.dictUpdate(d, .object(PyDict()))
        #expect(failure { () throws(PyException) in try ContainerOps.dictUpdate(d, .int(1)) }
                == "TypeError: 'int' object is not a mapping")
        let a = PyDict()
        try a.setItem(.str("x"), .int(1))
        try ContainerOps.dictMerge(d, .object(a), function: "f()")
        #expect(try repr(d) == "{'x': 1}")
        #expect(failure { () throws(PyException) in try ContainerOps.dictMerge(d, .object(a), function: "f()") }
                == "TypeError: f() got multiple values for keyword argument 'x'")
        #expect(failure { () throws(PyException) in try ContainerOps.dictMerge(d, .none, function: "f()") }
                == "TypeError: f() argument after ** must be a mapping, not NoneType")
    }

    @Test func unpacking() throws {
        let t = PyValue.object(PyTuple([.int(1), .int(2), .int(3)]))
        #expect(try ContainerOps.unpack(t, count: 3).count == 3)
        let ex = try ContainerOps.unpackEx(t, before: 1, after: 1)
        #expect(try repr(.object(PyTuple(ex))) == "(1, [2], 3)")
        #expect(failure { () throws(PyException) in _ = try ContainerOps.unpack(.none, count: 2) }
                == "TypeError: cannot unpack non-iterable NoneType object")
    }

    @Test func fastSubscripts() throws {
        let l = PyList([.int(10), .int(20)])
        #expect(try l.item(at: -1).isIdentical(to: .int(20)))
        try l.setItem(at: 0, .int(5))
        #expect(try repr(l) == "[5, 20]")
        #expect(failure { () throws(PyException) in _ = try l.item(at: 2) } == "IndexError: list index out of range")
        #expect(failure { () throws(PyException) in try l.setItem(at: -3, .none) }
                == "IndexError: list assignment index out of range")
        let t = PyTuple([.int(1)])
        #expect(failure { () throws(PyException) in _ = try t.item(at: 1) } == "IndexError: tuple index out of range")
        let r = try PyRange(start: 0, stop: 10, step: 3)
        #expect(try r.item(at: -1).isIdentical(to: .int(9)))
        #expect(r.count == 4)
    }

    @Test func sliceHelpers() throws {
        let s = PySlice(start: .int(-3), stop: .none, step: .none)
        let b = try s.adjust(count: 10)
        #expect(b.start == 7 && b.stop == 10 && b.step == 1 && b.count == 3)
        let e = PySlice.adjustIndices(count: 5, start: Int.max, stop: Int.min, step: -1)
        #expect(e.start == 4 && e.count == 5)
        #expect(failure { () throws(PyException) in
            _ = try SequenceIndex.normalize(5, count: 5, "range object index out of range")
        } == "IndexError: range object index out of range")
    }

    @Test func iteratorsAndSort() throws {
        let it = NativeIterators.range(start: 5, step: -2, count: 3)
        var got: [Int] = []
        while let v = try it.next() { got.append(v.intOrBool) }
        #expect(got == [5, 3, 1])
        #expect(it.lengthHint?() == 0)
        let l = PyList([.int(3), .int(1), .int(2)])
        try l.sort(reverse: true)
        #expect(try repr(l) == "[3, 2, 1]")
        #expect(try Protocol.length(.object(l)) == 3)
        #expect(try Protocol.contains(.object(l), .int(2)))
    }

    @Test func containersAreBuiltins() {
        for name in ["list", "tuple", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map",
                     "filter", "reversed", "len", "iter", "next", "sorted", "min", "max", "sum", "any", "all"] {
            #expect(Runtime.builtins.lookup(name) != nil, "builtin \(name)")
        }
    }
}
