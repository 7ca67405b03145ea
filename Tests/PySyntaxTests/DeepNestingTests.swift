import Testing
import PySyntax

/// Pathological nesting ends in the error CPython gives (or parses, where CPython's parser
/// does) without overflowing the stack. Where CPython 3.11 raises MemoryError from its parser
/// (MAXSTACK), we raise a SyntaxError "Parser stack overflowed - Python source too complex to
/// parse", the text CPython 3.12 uses.
@Suite struct DeepNestingTests {
    static let tooComplex = "Parser stack overflowed - Python source too complex to parse"

    func error(_ source: String, mode: ParseMode = .exec) -> SyntaxError? {
        do {
            _ = try parse(source, filename: "deep.py", mode: mode)
            return nil
        } catch {
            return error
        }
    }

    @Test func manyOpenParenthesesHitTheTokenizerLimit() throws {
        for open in ["(", "[", "{"] {
            let e = try #require(error(String(repeating: open, count: 300)))
            #expect(e.message == "too many nested parentheses")
            #expect(e.lineno == 1 && e.offset == 201 && e.endOffset == 201)
        }
        let e = try #require(error(String(repeating: "(", count: 100_000)))
        #expect(e.message == "too many nested parentheses")
    }

    @Test func twoHundredParenthesesStillParse() throws {
        let source = String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)
        let mod = try parse(source, filename: "deep.py")
        #expect(dumpAST(mod, includeAttributes: false)
            == "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])")
    }

    @Test func deepPrefixOperatorsAreTooComplex() throws {
        for prefix in ["-", "+", "~", "not "] {
            let e = try #require(error(String(repeating: prefix, count: 100_000) + "1"))
            #expect(e.message == Self.tooComplex, "\(prefix)")
        }
        let power = "x" + String(repeating: "**x", count: 100_000)
        #expect(error(power)?.message == Self.tooComplex)
        let lambdas = "x = " + String(repeating: "lambda: ", count: 3000) + "1"
        #expect(error(lambdas)?.message == Self.tooComplex)
    }

    @Test func moderatePrefixNestingParses() throws {
        // CPython's parser accepts these (it fails later, building Python objects).
        #expect(error(String(repeating: "-", count: 5000) + "1") == nil)
        #expect(error(String(repeating: "not ", count: 5000) + "x") == nil)
        #expect(error(String(repeating: "1 if x else ", count: 3000) + "2") == nil)
    }

    @Test func longChainsParseIteratively() throws {
        let sum = Array(repeating: "1", count: 100_000).joined(separator: "+")
        let attrs = "a" + String(repeating: ".b", count: 100_000)
        let calls = "f" + String(repeating: "()", count: 100_000)
        let subscripts = "a" + String(repeating: "[1]", count: 100_000)
        for source in [sum, attrs, calls, subscripts] {
            // Such trees are 100,000 levels deep: dump and release them on a large stack.
            let ok = runWithLargeStack { () -> Bool in
                guard let mod = try? parse(source, filename: "long.py") else { return false }
                return dumpAST(mod, includeAttributes: false).hasPrefix("Module(body=[Expr(")
            }
            #expect(ok, "\(source.prefix(20))")
        }
    }

    @Test func deeplyNestedBlocksHitTheIndentationLimit() throws {
        // 10,000 levels, one more space each: 50 MB of source.
        var source = ""
        source.reserveCapacity(50_100_000)
        for i in 0..<10_000 {
            source += String(repeating: " ", count: i)
            source += "if x:\n"
        }
        source += String(repeating: " ", count: 10_000) + "pass\n"
        let e = try #require(error(source))
        #expect(e.kind == .indentationError)
        #expect(e.message == "too many levels of indentation")
        #expect(e.lineno == 101 && e.offset == 1)
    }

    @Test func longElifChainIsTooComplexButAThousandParses() throws {
        func chain(_ n: Int) -> String {
            "if x:\n    pass\n" + String(repeating: "elif x:\n    pass\n", count: n)
        }
        #expect(error(chain(10_000))?.message == Self.tooComplex)
        #expect(error(chain(1_000)) == nil)
    }

    @Test func nestedListsAndCallsWithinTheLimit() throws {
        let lists = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        #expect(error(lists) == nil)
        let calls = String(repeating: "f(", count: 150) + String(repeating: ")", count: 150)
        #expect(error(calls) == nil)
        let fstrings = "f'{" + String(repeating: "(", count: 150) + "x"
            + String(repeating: ")", count: 150) + "}'"
        #expect(error(fstrings) == nil)
    }
}
