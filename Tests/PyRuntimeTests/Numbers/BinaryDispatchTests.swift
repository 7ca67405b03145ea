import Testing
@testable import PyRuntime

/// `Protocol.binaryOp`'s dispatch over user classes (CPython's `binary_op1` / `binary_iop1`):
/// which method runs first, NotImplemented fall-through, in-place fallback, and the errors.
extension NumbersAndStrings {
    @Suite struct BinaryDispatchTests {
        /// A class whose listed dunders return a str naming the class and method, or
        /// NotImplemented for the names in `declining`.
        static func makeClass(_ name: String, bases: [PyType] = [Types.object], methods: [String],
                              declining: Set<String> = []) throws -> PyType {
            Runtime.bootstrap()
            let ns = PyDict()
            let cls = try PyType.makeClass(name: name, qualname: name, bases: bases, namespace: ns,
                                           module: "__main__")
            for m in methods {
                let d = PyMethodDescriptor(name: m, owner: cls) { (_) throws(PyException) -> PyValue in
                    declining.contains(m) ? .notImplemented : .str("\(name).\(m)")
                }
                ns.setItem(m, .object(d))
            }
            TypeRegistry.invalidateLookups()
            return cls
        }

        static func result(_ op: BinaryOperation, _ a: PyValue, _ b: PyValue) -> String {
            do {
                return try Protocol.str(Protocol.binaryOp(op, a, b))
            } catch {
                return "\(error.type.name): \(FixtureRunner.message(error))"
            }
        }

        @Test func leftOperandFirst() throws {
            let a = try Self.makeClass("A", methods: ["__add__", "__radd__"])
            let b = try Self.makeClass("B", methods: ["__add__", "__radd__"])
            #expect(Self.result(.add, .object(PyInstance(type: a)), .object(PyInstance(type: b))) == "A.__add__")
            #expect(Self.result(.add, .object(PyInstance(type: b)), .object(PyInstance(type: a))) == "B.__add__")
        }

        @Test func reflectedWhenLeftDeclines() throws {
            let a = try Self.makeClass("A2", methods: ["__add__"], declining: ["__add__"])
            let b = try Self.makeClass("B2", methods: ["__radd__"])
            #expect(Self.result(.add, .object(PyInstance(type: a)), .object(PyInstance(type: b))) == "B2.__radd__")
            // An int declines an unknown right operand; the reflected method runs.
            #expect(Self.result(.multiply, .int(3), .object(PyInstance(type: b))).hasPrefix("TypeError"))
            #expect(Self.result(.add, .int(3), .object(PyInstance(type: b))) == "B2.__radd__")
        }

        @Test func subclassOverridingReflectedGoesFirst() throws {
            let base = try Self.makeClass("Base", methods: ["__sub__", "__rsub__"])
            let sub = try Self.makeClass("Sub", bases: [base], methods: ["__rsub__"])
            #expect(Self.result(.subtract, .object(PyInstance(type: base)), .object(PyInstance(type: sub)))
                    == "Sub.__rsub__")
            // A subclass that only inherits __rsub__ does not jump the queue.
            let plain = try Self.makeClass("Plain", bases: [base], methods: [])
            #expect(Self.result(.subtract, .object(PyInstance(type: base)), .object(PyInstance(type: plain)))
                    == "Base.__sub__")
        }

        @Test func sameTypeNeverTriesReflected() throws {
            let a = try Self.makeClass("Same", methods: ["__mul__", "__rmul__"], declining: ["__mul__"])
            #expect(Self.result(.multiply, .object(PyInstance(type: a)), .object(PyInstance(type: a)))
                    == "TypeError: unsupported operand type(s) for *: 'Same' and 'Same'")
        }

        @Test func inplaceFallsBackToBinary() throws {
            let withI = try Self.makeClass("WithI", methods: ["__iadd__", "__add__"])
            let noI = try Self.makeClass("NoI", methods: ["__add__"])
            let declinesI = try Self.makeClass("DeclI", methods: ["__iadd__", "__add__"], declining: ["__iadd__"])
            #expect(Self.result(.inplaceAdd, .object(PyInstance(type: withI)), .int(1)) == "WithI.__iadd__")
            #expect(Self.result(.inplaceAdd, .object(PyInstance(type: noI)), .int(1)) == "NoI.__add__")
            #expect(Self.result(.inplaceAdd, .object(PyInstance(type: declinesI)), .int(1)) == "DeclI.__add__")
            #expect(Self.result(.inplacePower, .int(1), .str("a"))
                    == "TypeError: unsupported operand type(s) for **=: 'int' and 'str'")
        }

        @Test func sequencesTryTheOtherOperandFirst() throws {
            let r = try Self.makeClass("R", methods: ["__radd__", "__rmul__"])
            #expect(Self.result(.add, .str("x"), .object(PyInstance(type: r))) == "R.__radd__")
            #expect(Self.result(.multiply, .str("x"), .object(PyInstance(type: r))) == "R.__rmul__")
            #expect(Self.result(.add, .str("x"), .int(1)) == "TypeError: can only concatenate str (not \"int\") to str")
            #expect(Self.result(.multiply, .float(2), .str("x"))
                    == "TypeError: can't multiply sequence by non-int of type 'float'")
            #expect(Self.result(.multiply, .int(2), .str("ab")) == "abab")
        }

        @Test func operationTable() {
            #expect(BinaryOperation(rawValue: 0) == .add && BinaryOperation(rawValue: 12) == .xor)
            #expect(BinaryOperation(rawValue: 13) == .inplaceAdd && BinaryOperation(rawValue: 25) == .inplaceXor)
            #expect(BinaryOperation.inplaceFloorDivide.base == .floorDivide)
            #expect(BinaryOperation.power.inplace == .inplacePower)
            #expect(BinaryOperation.matrixMultiply.symbol == "@")
            #expect(BinaryOperation.inplaceRshift.symbol == ">>=")
            #expect(BinaryOperation.trueDivide.dunder.value == "__truediv__")
            #expect(BinaryOperation.inplaceTrueDivide.inplaceDunder.value == "__itruediv__")
            #expect(BinaryOperation.remainder.reflectedDunder.value == "__rmod__")
            #expect(BinaryOperation.allCases.count == 26)
        }

        @Test func unaryOperators() throws {
            Runtime.bootstrap()
            #expect(try Protocol.repr(Protocol.negative(.int(.min))) == "9223372036854775808")
            #expect(try Protocol.repr(Protocol.invert(.bool(true))) == "-2")
            #expect(try Protocol.repr(Protocol.absolute(.float(-0.0))) == "0.0")
            #expect(try Protocol.repr(Protocol.not(.str(""))) == "True")
            #expect(throws: PyException.self) { try Protocol.negative(.str("a")) }
            do {
                _ = try Protocol.invert(.float(1.5))
            } catch {
                #expect(FixtureRunner.message(error) == "bad operand type for unary ~: 'float'")
            }
        }

        @Test func fastPathsAgreeWithDunders() throws {
            Runtime.bootstrap()
            let values: [PyValue] = [.int(0), .int(-7), .int(.max), .int(.min), .float(2.5), .float(-0.0),
                                     .float(.nan), .float(.infinity), .float(9007199254740993.0)]
            for op in BinaryOperation.allCases where op.base != .matrixMultiply {
                for a in values {
                    for b in values {
                        let fast = FixtureRunner.outcome { () throws(PyException) -> PyValue in
                            guard let r = try NumberFastPath.binary(op, a, b) else { return .str("unsupported") }
                            return r
                        }
                        let slow = FixtureRunner.outcome { () throws(PyException) -> PyValue in
                            let r = try Protocol.binaryOp1(op.base, a, b)
                            return r.isNotImplemented ? .str("unsupported") : r
                        }
                        #expect(fast == slow, "\(op.symbol) on \(a) and \(b)")
                    }
                }
            }
            for c in [Protocol.CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
                for a in values {
                    for b in values {
                        let fast = NumberFastPath.compare(c, a, b)
                        let slow = try Protocol.isTrue(Protocol.richCompare(a, b, c))
                        #expect(fast == slow, "\(c.symbol) on \(a) and \(b)")
                    }
                }
            }
        }
    }
}

/// str keys compare by code point, not by Swift's canonical equivalence.
extension NumbersAndStrings {
    @Suite struct StrKeyTests {
        @Test func composedAndDecomposedAreDifferentKeys() throws {
            Runtime.bootstrap()
            let d = PyDict()
            try d.setItem(.str("\u{E9}"), .int(1))
            try d.setItem(.str("e\u{301}"), .int(2))
            #expect(d.count == 2)
            #expect(try Protocol.equals(.str("\u{E9}"), .str("e\u{301}")) == false)
            #expect(try Protocol.keysEqual(.str("\u{E9}"), .str("e\u{301}")) == false)
            #expect(d.lookup(interned: PyStr("e\u{301}")).map { IntMath.small($0) } == 2)
        }
    }
}
