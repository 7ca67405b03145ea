import Testing
@testable import PyRuntime

extension RuntimeIOTests {
    /// Exception objects as Python code sees them: constructors, str/repr, attributes, chaining.
    @Suite struct TracebackExceptionObjectTests {
        init() { TestShims.ensureStrRepr() }

        func make(_ type: PyType, _ args: [PyValue], _ kw: [(String, PyValue)] = []) throws -> PyBaseException {
            try Runtime.instantiateException(type, args + kw.map(\.1), kwnames: kw.map { Names.intern($0.0) })
        }

        func attr(_ e: PyBaseException, _ name: String) throws -> PyValue {
            try Protocol.getAttr(.object(e), Names.intern(name))
        }

        func str(_ v: PyValue) throws -> String { try Protocol.str(v) }
        func repr(_ v: PyValue) throws -> String { try Protocol.repr(v) }

        @Test func baseExceptionStrAndRepr() throws {
            let none = try make(Types.valueError, [])
            #expect(try str(.object(none)) == "")
            #expect(try repr(.object(none)) == "ValueError()")
            let one = try make(Types.valueError, [.str("bad")])
            #expect(try str(.object(one)) == "bad")
            #expect(try repr(.object(one)) == "ValueError('bad')")
            let two = try make(Types.valueError, [.int(1), .int(2)])
            #expect(try str(.object(two)) == "(1, 2)")
            #expect(try repr(.object(two)) == "ValueError(1, 2)")
            let args = try attr(two, "args")
            #expect(try repr(args) == "(1, 2)" || (args.object as? PyTuple)?.elements.count == 2)
        }

        @Test func userSubclassKeepsItsName() throws {
            let cls = try PyType.makeClass(name: "MyErr", qualname: "MyErr", bases: [Types.exception],
                                           namespace: PyDict(), module: "__main__")
            let e = try make(cls, [])
            #expect(try repr(.object(e)) == "MyErr()")
            #expect(TracebackPrinter.formatException(e) == "MyErr\n")
            let lib = try PyType.makeClass(name: "Boom", qualname: "Boom", bases: [Types.exception],
                                           namespace: PyDict(), module: "mylib")
            #expect(TracebackPrinter.formatException(try make(lib, [.str("x")])) == "mylib.Boom: x\n")
        }

        @Test func keywordArgumentsAreRejected() throws {
            #expect(throws: PyException.self) { try make(Types.valueError, [], [("x", .int(1))]) }
            do {
                _ = try make(Types.valueError, [], [("x", .int(1))])
            } catch let e as PyException {
                #expect(e.matches(Types.typeError))
                #expect(try str(e.value.args[0]) == "ValueError() takes no keyword arguments")
            }
        }

        @Test func keyErrorShowsTheKeyRepr() throws {
            let e = try make(Types.keyError, [.str("k")])
            #expect(try str(.object(e)) == "'k'")
            #expect(TracebackPrinter.formatException(e) == "KeyError: 'k'\n")
            #expect(try str(.object(try make(Types.keyError, [.int(3)]))) == "3")
            #expect(TracebackPrinter.formatException(try make(Types.keyError, [])) == "KeyError\n")
        }

        @Test func stopIterationAndSystemExitCarryTheirValue() throws {
            #expect(try attr(try make(Types.stopIteration, [.int(5)]), "value").isIdentical(to: .int(5)))
            #expect(try attr(try make(Types.stopIteration, []), "value").isNone)
            #expect(try attr(PyException.stopIteration(.int(7)).value, "value").isIdentical(to: .int(7)))
            #expect(try attr(try make(Types.systemExit, [.int(3)]), "code").isIdentical(to: .int(3)))
            #expect(try attr(try make(Types.systemExit, []), "code").isNone)
            // Made in Swift with only args, the attribute still follows them.
            #expect(try attr(PyException(Types.systemExit, args: [.int(2)]).value, "code").isIdentical(to: .int(2)))
            #expect(Output.exitStatus(forSystemExit: try make(Types.systemExit, [.int(4)])) == 4)
            #expect(Output.exitStatus(forSystemExit: try make(Types.systemExit, [])) == 0)
        }

        @Test func osErrorPicksTheSubclassAndFormats() throws {
            let e = try make(Types.osError, [.int(2), .str("No such file or directory"), .str("x.txt")])
            #expect(e.type === Types.fileNotFoundError)
            #expect(try str(.object(e)) == "[Errno 2] No such file or directory: 'x.txt'")
            #expect(try attr(e, "errno").isIdentical(to: .int(2)))
            #expect(try str(attr(e, "filename")) == "x.txt")
            #expect(e.args.count == 2)
            let plain = try make(Types.osError, [.str("plain")])
            #expect(plain.type === Types.osError)
            #expect(try str(.object(plain)) == "plain")
            #expect(try attr(plain, "errno").isNone)
            let two = try make(Types.osError, [.int(13), .str("Permission denied")])
            #expect(two.type === Types.permissionError)
            #expect(try str(.object(two)) == "[Errno 13] Permission denied")
            let fromErrno = Runtime.osError(errno: 2, filename: "nope.txt").value
            #expect(TracebackPrinter.formatException(fromErrno)
                    == "FileNotFoundError: [Errno 2] No such file or directory: 'nope.txt'\n")
        }

        @Test func importAndNameErrorAttributes() throws {
            let e = try make(Types.importError, [.str("boom")], [("name", .str("m")), ("path", .str("/p"))])
            #expect(try str(attr(e, "name")) == "m")
            #expect(try str(attr(e, "msg")) == "boom")
            #expect(try str(.object(e)) == "boom")
            do {
                _ = try make(Types.importError, [], [("nope", .int(1))])
                Issue.record("expected TypeError")
            } catch let err as PyException {
                #expect(try str(err.value.args[0]) == "'nope' is an invalid keyword argument for ImportError()")
            }
            let m = Runtime.moduleNotFoundError("numpyy").value
            #expect(m.type === Types.moduleNotFoundError)
            #expect(TracebackPrinter.formatException(m) == "ModuleNotFoundError: No module named 'numpyy'\n")
            #expect(try str(attr(m, "name")) == "numpyy")
            let n = try make(Types.nameError, [.str("x")], [("name", .str("x"))])
            #expect(try str(attr(n, "name")) == "x")
            #expect(try attr(try make(Types.nameError, [.str("y")]), "name").isNone)
            #expect(try attr(try make(Types.attributeError, [.str("y")]), "obj").isNone)
        }

        @Test func nameErrorSuggestsFromItsScope() {
            let globals = PyDict()
            globals.setItem("counter", .int(1))
            let builtins = PyDict()
            builtins.setItem("print", .none)
            let e = Runtime.nameError("countr", scope: NameErrorScope(varnames: [], globals: globals,
                                                                      builtins: builtins)).value
            e.traceback = [TracebackEntry(filename: "<x>", name: "<module>", lineno: 1, range: nil)]
            #expect(TracebackPrinter.formatException(e)
                    == "NameError: name 'countr' is not defined. Did you mean: 'counter'?\n")
            let p = Runtime.nameError("prnt", scope: NameErrorScope(varnames: [], globals: globals,
                                                                    builtins: builtins)).value
            p.traceback = e.traceback
            #expect(TracebackPrinter.formatException(p).hasSuffix("Did you mean: 'print'?\n"))
            // No traceback, no suggestion (CPython reads the names from the traceback's frame).
            let q = Runtime.nameError("prnt", scope: NameErrorScope(varnames: [], globals: globals,
                                                                    builtins: builtins)).value
            #expect(TracebackPrinter.formatException(q) == "NameError: name 'prnt' is not defined\n")
        }

        @Test func syntaxErrorFieldsStrAndBlock() throws {
            let info = PyValue.object(PyTuple([.str("dir/x.py"), .int(3), .int(5), .str("y = x +* 2\n"),
                                               .int(3), .int(6)]))
            let e = try make(Types.syntaxError, [.str("invalid syntax"), info])
            #expect(try str(.object(e)) == "invalid syntax (x.py, line 3)")
            #expect(try attr(e, "lineno").isIdentical(to: .int(3)))
            #expect(try attr(e, "offset").isIdentical(to: .int(5)))
            #expect(try str(attr(e, "text")) == "y = x +* 2\n")
            #expect(try attr(e, "print_file_and_line").isNone)
            #expect(TracebackPrinter.format(e) == """
                  File "dir/x.py", line 3
                    y = x +* 2
                        ^
                SyntaxError: invalid syntax

                """)
            let made = Runtime.makeSyntaxError(kind: .indentation, message: "unexpected indent",
                                               filename: "t.py", lineno: 2, offset: 3,
                                               text: "  x = 1\n", endLineno: 2, endOffset: 4).value
            #expect(made.type === Types.indentationError)
            #expect(try str(.object(made)) == "unexpected indent (t.py, line 2)")
            #expect(try str(.object(try make(Types.syntaxError, [.str("m")]))) == "m")
        }

        @Test func chainingAttributes() throws {
            let a = try make(Types.valueError, [.str("a")])
            let b = try make(Types.typeError, [.str("b")])
            #expect(b.suppressContext == false)
            try Protocol.setAttr(.object(b), Names.__cause__, .object(a))
            #expect(b.cause === a)
            #expect(b.suppressContext)
            try Protocol.setAttr(.object(b), Names.__context__, .object(a))
            #expect(b.context === a)
            #expect(throws: PyException.self) {
                try Protocol.setAttr(.object(b), Names.__cause__, .int(1))
            }
            try Protocol.setAttr(.object(b), Names.__cause__, .none)
            #expect(b.cause == nil)
            #expect(try attr(b, "__suppress_context__").isIdentical(to: .true))
        }

        @Test func tracebackObjectsAndWithTraceback() throws {
            let e = try make(Types.valueError, [.str("x")])
            #expect(try attr(e, "__traceback__").isNone)
            e.traceback = [TracebackEntry(filename: "a.py", name: "<module>", lineno: 1, range: nil),
                           TracebackEntry(filename: "a.py", name: "f", lineno: 7, range: nil)]
            let tb = try attr(e, "__traceback__")
            #expect(try Protocol.getAttr(tb, Names.intern("tb_lineno")).isIdentical(to: .int(1)))
            let next = try Protocol.getAttr(tb, Names.intern("tb_next"))
            #expect(try Protocol.getAttr(next, Names.intern("tb_lineno")).isIdentical(to: .int(7)))
            #expect(try Protocol.getAttr(next, Names.intern("tb_next")).isNone)
            let other = try make(Types.typeError, [])
            let withTB = try Protocol.getAttr(.object(other), Names.intern("with_traceback"))
            #expect(try Protocol.call(withTB, [next]).isIdentical(to: .object(other)))
            #expect(other.traceback.count == 1 && other.traceback[0].lineno == 7)
            _ = try Protocol.call(Protocol.getAttr(.object(e), Names.intern("with_traceback")), [.none])
            #expect(e.traceback.isEmpty)
        }

        @Test func notesArePrintedAfterTheMessage() throws {
            let e = try make(Types.typeError, [.str("bad")])
            let addNote = try Protocol.getAttr(.object(e), Names.intern("add_note"))
            _ = try Protocol.call(addNote, [.str("first")])
            _ = try Protocol.call(addNote, [.str("second\nline")])
            #expect(TracebackPrinter.formatException(e) == "TypeError: bad\nfirst\nsecond\nline\n")
            #expect(throws: PyException.self) { try Protocol.call(addNote, [.int(1)]) }
        }

        @Test func everyExceptionIsABuiltin() {
            for t in Types.allExceptions + Types.extraExceptions {
                #expect(Runtime.builtins.lookup(t.name)?.object === t, "\(t.name)")
            }
            #expect(Runtime.builtins.lookup("IOError")?.object === Types.osError)
            #expect(Types.brokenPipeError.isSubtype(of: Types.osError))
        }
    }
}
