import Testing
import PySyntax

/// The public entry points as the REPL and the compiler use them.
@Suite struct ParseAPITests {
    func syntaxError(_ source: String, mode: ParseMode = .exec) -> SyntaxError? {
        do {
            _ = try parse(source, filename: "<stdin>", mode: mode)
            return nil
        } catch {
            return error
        }
    }

    @Test func modesGiveModuleOrExpression() throws {
        let exec = try parse("x = 1\n", filename: "m.py")
        guard case .module(let body) = exec, body.count == 1 else {
            Issue.record("exec mode should give one statement")
            return
        }
        let eval = try parse("1 + 2", filename: "e", mode: .eval)
        guard case .expression(let e) = eval, case .binOp(_, .add, _) = e.kind else {
            Issue.record("eval mode should give a BinOp")
            return
        }
        let single = try parse("for i in x:\n    pass\n", filename: "s", mode: .single)
        guard case .module(let stmts) = single, case .for = stmts.first?.kind else {
            Issue.record("single mode should give the for statement")
            return
        }
    }

    @Test func incompleteInputIsFlaggedForTheREPL() throws {
        // What `compile(src, "<stdin>", mode, flags=PyCF_ALLOW_INCOMPLETE_INPUT)` calls
        // "incomplete input" in CPython 3.11 (the codeop rule), checked with python3.
        let cases: [(String, ParseMode, Bool)] = [
            ("if x:", .single, true), ("def f():\n", .single, true), ("x = (1,", .single, true),
            ("foo(a,\n b", .exec, true), ("s = '''abc", .exec, true), ("x = [\n", .single, true),
            ("class A:\n    def f(self):", .single, true), ("x = 1 + \\", .exec, true),
            ("x = 1 + \\\n", .single, true), ("x = 'abc", .single, true), ("1 2", .single, true),
            ("1 +\n", .single, false), ("x = )", .single, false), ("if x y:", .exec, false),
            ("x = 'abc", .exec, false), ("x = 'abc\n", .single, false), ("1 2\n", .single, false),
            ("print 'x'\n", .single, false), ("x = 1 + \\", .single, false),
        ]
        for (source, mode, incomplete) in cases {
            let e = try #require(syntaxError(source, mode: mode), "\(source)")
            #expect(e.isAtEndOfInput == incomplete, "\(source): \(e.message)")
        }
    }

    @Test func errorKindsAndDescription() throws {
        let indent = try #require(syntaxError("x = 1\n  y = 2\n"))
        #expect(indent.kind == .indentationError && indent.className == "IndentationError")
        #expect(indent.message == "unexpected indent")
        let tab = try #require(syntaxError("if x:\n\tif y:\n        pass\n"))
        #expect(tab.kind == .tabError && tab.className == "TabError")
        let plain = try #require(syntaxError("x = = 1"))
        #expect(plain.className == "SyntaxError")
        #expect(plain.description == "invalid syntax (<stdin>, line 1)")
    }

    @Test func offsetsCountCharactersNotBytes() throws {
        let e = try #require(syntaxError("é = (1 2)\n"))
        #expect(e.message == "invalid syntax. Perhaps you forgot a comma?")
        #expect(e.offset == 6 && e.endOffset == 9)
        // AST columns stay in UTF-8 bytes, as CPython's do.
        let mod = try parse("é = 1\n", filename: "u.py")
        guard case .module(let body) = mod, case .assign(let targets, let value) = body[0].kind
        else {
            Issue.record("expected an assignment")
            return
        }
        #expect(targets[0].range.endColOffset == 2)
        #expect(value.range.colOffset == 5)
    }

    @Test func byteOrderMarkAndNewlineStyles() throws {
        let a = dumpAST(try parse("\u{FEFF}x = 1\r\ny = 2\rz = 3", filename: "b"),
                        includeAttributes: true)
        let b = dumpAST(try parse("x = 1\ny = 2\nz = 3\n", filename: "b"), includeAttributes: true)
        #expect(a == b)
    }

    @Test func dumpWithoutAttributes() throws {
        let mod = try parse("f(*a, k=1)\n", filename: "d")
        #expect(dumpAST(mod, includeAttributes: false) ==
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred("
            + "value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', "
            + "value=Constant(value=1))]))], type_ignores=[])")
    }

    @Test func constantsPrintAsPythonRepr() {
        #expect(PythonRepr.float(1e16) == "1e+16")
        #expect(PythonRepr.float(1e15) == "1000000000000000.0")
        #expect(PythonRepr.float(0.0001) == "0.0001")
        #expect(PythonRepr.float(0.00001) == "1e-05")
        #expect(PythonRepr.float(-2.5) == "-2.5")
        #expect(PythonRepr.float(.infinity) == "inf")
        #expect(PythonRepr.complex(0, 1) == "1j")
        #expect(PythonRepr.complex(1, -2.5) == "(1-2.5j)")
        #expect(PythonRepr.string("it's") == "\"it's\"")
        #expect(PythonRepr.string("a'b\"c") == "'a\\'b\"c'")
        #expect(PythonRepr.string("\u{7}\u{AD}é") == "'\\x07\\xadé'")
        #expect(PythonRepr.bytes([0, 39, 255]) == "b\"\\x00'\\xff\"")
    }

    @Test func bigIntegersBecomeBigInt() throws {
        let digits = String(repeating: "9", count: 60)
        let mod = try parse(digits, filename: "n", mode: .eval)
        guard case .expression(let e) = mod, case .constant(.int(let v)) = e.kind else {
            Issue.record("expected an int constant")
            return
        }
        #expect(v.description == digits)
        // CPython's int max str digits (4300) applies to decimal literals.
        let limit = try #require(syntaxError("x = " + String(repeating: "1", count: 4301)))
        #expect(limit.message.hasPrefix("Exceeds the limit (4300 digits)"))
    }
}

/// Constructs of Python 3.11 this parser leaves out (there are no AST nodes for them) give a
/// SyntaxError that says so, at the keyword.
@Suite struct UnsupportedConstructTests {
    func message(_ source: String) -> String? {
        do {
            _ = try parse(source, filename: "u.py")
            return nil
        } catch {
            return "\(error.message) @\(error.lineno):\(error.offset)"
        }
    }

    @Test func asyncAwaitMatchAndExceptStar() {
        #expect(message("async def f():\n    pass\n") == "'async def' statements are not supported @1:1")
        #expect(message("def f():\n    async for x in y: pass\n")
            == "'async for' statements are not supported @2:5")
        #expect(message("x = await y\n") == "'await' expressions are not supported @1:5")
        #expect(message("match x:\n    case 1:\n        pass\n")
            == "'match' statements are not supported @1:1")
        #expect(message("try:\n    pass\nexcept* E:\n    pass\n")
            == "'except*' clauses are not supported @3:1")
    }

    @Test func softKeywordsStayNames() {
        #expect(message("match = case = _ = 1\nmatch(case)\n") == nil)
        // CPython's error rules for a broken match header still apply.
        #expect(message("match x\n    pass\n") == "expected ':' @1:8")
        #expect(message("async = 1\n") == "invalid syntax @1:7")
    }
}
