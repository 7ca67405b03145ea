import Foundation
import Testing
@testable import PyBytecode
import PySyntax

/// The whole front end: source text through PySyntax's `parse`, then `compile`, then `dis`,
/// compared byte for byte with python3.11 (the same fixtures as DisFixtureTests, which compile
/// python3's own AST instead).
@Suite struct ParsedSourceTests {
    @Test(arguments: DisFixtures.names)
    func parsedFixtureDisassemblyMatchesCPython(_ name: String) throws {
        let source = try DisFixtures.source(name)
        let expected = try DisFixtures.expected(name)
        let mod = try parse(source, filename: name, mode: .exec)
        let co = try compile(mod, filename: name, mode: .exec, source: source)
        let text = Disassembler.dis(co, codeAddress: DisFixtures.address)
        if let diff = DisFixtures.firstDifference(expected["module_dis"] as! String, text) {
            Issue.record("\(name)\n\(diff)")
        }
        var codes: [(String, CodeObject)] = []
        DisFixtures.walk(co, "<module>", into: &codes)
        let want = expected["codes"] as! [[String: Any]]
        #expect(codes.map { $0.1.stacksize } == want.map { $0["stacksize"] as! Int })
        #expect(codes.map { $0.1.consts.map { $0.pythonRepr(codeAddress: DisFixtures.address) } }
                == want.map { $0["consts"] as! [String] })
        let positions = codes.map { $0.1.positions.map { [$0.lineno, $0.endLineno, $0.colOffset, $0.endColOffset] } }
        let wantPositions = want.map { ($0["positions"] as! [[Any]]).map { $0.map { $0 as? Int } } }
        #expect(positions == wantPositions, "co_positions")
    }

    @Test(arguments: CompileErrorTests.cases)
    func parsedErrorCaseMatchesCPython(_ c: CompileErrorTests.Case) throws {
        let row = CompileErrorTests.rows[c.index]
        do {
            let mod = try parse(c.source, filename: "<case>", mode: .exec)
            _ = try compile(mod, filename: "<case>", mode: .exec, source: c.source)
            Issue.record("compiled without error")
        } catch {
            #expect(error.message == row["message"] as! String)
            #expect(error.lineno == row["lineno"] as! Int, "lineno")
            #expect(error.offset == row["offset"] as! Int, "offset")
            #expect(error.endLineno == row["end_lineno"] as! Int, "end_lineno")
            // CPython's None (no end column) is -1 here.
            #expect(error.endOffset == (row["end_offset"] as? Int ?? -1), "end_offset")
        }
    }

    @Test(arguments: CompileModeTests.cases)
    func parsedModeCaseMatchesCPython(_ c: CompileModeTests.Case) throws {
        let row = CompileModeTests.rows[c.index]
        let mode: ParseMode = c.mode == "eval" ? .eval : c.mode == "single" ? .single : .exec
        let mod = try parse(c.source, filename: "<\(c.mode)>", mode: mode)
        let co = try compile(mod, filename: "<\(c.mode)>", mode: mode,
                             optimize: row["optimize"] as? Int ?? 0)
        let text = Disassembler.dis(co, codeAddress: DisFixtures.address)
        if let diff = DisFixtures.firstDifference(row["dis"] as! String, text) {
            Issue.record("\(diff)")
        }
    }

    /// The tutorial's first `dis` cell, as python3 prints it (../shared/reference).
    @Test func tutorialAddDisassembly() throws {
        let source = "def add(a, b):\n    return a + b\n"
        let mod = try parse(source, filename: "<stdin>", mode: .exec)
        let module = try compile(mod, filename: "<stdin>", mode: .exec)
        let add = try #require(module.consts.compactMap(\.codeObject).first)
        let expected = """
              1           0 RESUME                   0

              2           2 LOAD_FAST                0 (a)
                          4 LOAD_FAST                1 (b)
                          6 BINARY_OP                0 (+)
                         10 RETURN_VALUE

            """
        #expect(Disassembler.dis(add) == expected)
    }
}

@Suite struct DeepNestingTests {
    private func chain(_ n: Int) -> String {
        "x = " + Array(repeating: "a", count: n).joined(separator: " + ") + "\n"
    }

    /// 2,900 nested additions compile, as in CPython 3.11.
    @Test func longChainCompiles() throws {
        let mod = try parse(chain(2_900), filename: "<deep>", mode: .exec)
        let co = try compile(mod, filename: "<deep>", mode: .exec)
        #expect(co.stacksize == 2)
        #expect(co.code.count > 2_900)
    }

    /// Deeper trees fail as CPython's do ("maximum recursion depth exceeded during
    /// compilation", a RecursionError there) instead of exhausting the stack.
    @Test func tooDeepChainIsRejected() throws {
        let mod = try parse(chain(20_000), filename: "<deep>", mode: .exec)
        #expect(throws: SyntaxError.self) {
            try compile(mod, filename: "<deep>", mode: .exec)
        }
        do {
            _ = try compile(mod, filename: "<deep>", mode: .exec)
        } catch {
            #expect(error.message == compilationRecursionMessage)
        }
    }
}

extension DeepNestingTests {
    /// A thousand `elif`s (nested If statements, as deep as the parser allows) compile.
    @Test func thousandElifsCompile() throws {
        var source = "if x == 0:\n    y = 0\n"
        for i in 1..<1000 { source += "elif x == \(i):\n    y = \(i)\n" }
        let mod = try parse(source, filename: "<elif>", mode: .exec)
        let co = try compile(mod, filename: "<elif>", mode: .exec)
        #expect(co.invariantViolations().isEmpty)
    }
}
