import Foundation
import Testing
@testable import PyBytecode
import PySyntax

/// Compiles every fixture program (from python3's own AST, so parser bugs cannot hide or
/// cause differences) and compares `dis` output and code-object metadata with python3.11's.
@Suite struct DisFixtureTests {
    @Test(arguments: DisFixtures.names)
    func moduleDisassemblyMatchesCPython(_ name: String) throws {
        let expected = try DisFixtures.expected(name)
        let co = try compile(try DisFixtures.ast(name), filename: name, mode: .exec)
        let actual = Disassembler.dis(co, codeAddress: DisFixtures.address)
        let want = expected["module_dis"] as! String
        if let diff = DisFixtures.firstDifference(want, actual) {
            let out = FileManager.default.temporaryDirectory
                .appendingPathComponent("jitbook-dis-" + name + ".actual.txt")
            try? actual.write(to: out, atomically: true, encoding: .utf8)
            Issue.record("\(name): dis differs (full output in \(out.path))\n\(diff)")
        }
    }

    @Test(arguments: DisFixtures.names)
    func topLevelUnitsMatchCPython(_ name: String) throws {
        let expected = try DisFixtures.expected(name)
        let co = try compile(try DisFixtures.ast(name), filename: name, mode: .exec)
        let units = co.consts.compactMap(\.codeObject)
        let wantUnits = expected["units"] as! [[String: Any]]
        #expect(units.count == wantUnits.count, "\(name): number of top-level code objects")
        for (unit, want) in zip(units, wantUnits) {
            let text = Disassembler.dis(unit, codeAddress: DisFixtures.address)
            if let diff = DisFixtures.firstDifference(want["dis"] as! String, text) {
                Issue.record("\(name): \(unit.name) differs\n\(diff)")
            }
        }
    }

    @Test(arguments: DisFixtures.names)
    func codeObjectMetadataMatchesCPython(_ name: String) throws {
        let expected = try DisFixtures.expected(name)
        let co = try compile(try DisFixtures.ast(name), filename: name, mode: .exec)
        var codes: [(String, CodeObject)] = []
        DisFixtures.walk(co, "<module>", into: &codes)
        let wantCodes = expected["codes"] as! [[String: Any]]
        #expect(codes.count == wantCodes.count, "\(name): number of code objects")
        for ((path, c), want) in zip(codes, wantCodes) {
            let at = "\(name): \(path)"
            #expect(path == want["path"] as! String, "\(at): order of code objects")
            #expect(c.qualname == want["qualname"] as! String, "\(at): co_qualname")
            #expect(c.firstlineno == want["firstlineno"] as! Int, "\(at): co_firstlineno")
            #expect(c.argcount == want["argcount"] as! Int, "\(at): co_argcount")
            #expect(c.posonlyargcount == want["posonlyargcount"] as! Int, "\(at): posonly")
            #expect(c.kwonlyargcount == want["kwonlyargcount"] as! Int, "\(at): kwonly")
            #expect(c.stacksize == want["stacksize"] as! Int, "\(at): co_stacksize")
            #expect(c.flags.rawValue == want["flags"] as! Int, "\(at): co_flags")
            #expect(c.consts.map { $0.pythonRepr(codeAddress: DisFixtures.address) }
                    == want["consts"] as! [String], "\(at): co_consts")
            #expect(c.names == want["names"] as! [String], "\(at): co_names")
            #expect(c.varnames == want["varnames"] as! [String], "\(at): co_varnames")
            #expect(c.cellvars == want["cellvars"] as! [String], "\(at): co_cellvars")
            #expect(c.freevars == want["freevars"] as! [String], "\(at): co_freevars")
            let hex = c.code.map { u in
                String(format: "%02x%02x", u & 0xFF, u >> 8)
            }.joined()
            #expect(hex == want["code"] as! String, "\(at): co_code")
            let positions = c.positions.map { p in
                [p.lineno, p.endLineno, p.colOffset, p.endColOffset]
            }
            let wantPositions = (want["positions"] as! [[Any]]).map { row in
                row.map { $0 as? Int }
            }
            #expect(positions == wantPositions, "\(at): co_positions")
            let lines = c.lineRanges().map { [$0.start, $0.end, $0.line] }
            let wantLines = (want["lines"] as! [[Any]]).map { row in row.map { $0 as? Int } }
            #expect(lines == wantLines, "\(at): co_lines")
            let table = c.exceptionTable.map {
                [2 * $0.start, 2 * $0.end, 2 * $0.target, $0.depth, $0.lasti ? 1 : 0]
            }
            let wantTable = (want["exceptiontable"] as! [[Any]]).map { row in
                row.map { ($0 as? Int) ?? (($0 as? Bool) == true ? 1 : 0) }
            }
            #expect(table == wantTable, "\(at): exception table")
        }
    }
}

/// The invariants of CodeObject+Invariants.swift hold for every fixture code object.
@Suite struct CodeObjectInvariantTests {
    @Test(arguments: DisFixtures.names)
    func fixtureCodeObjectsAreWellFormed(_ name: String) throws {
        let co = try compile(try DisFixtures.ast(name), filename: name, mode: .exec)
        var codes: [(String, CodeObject)] = []
        DisFixtures.walk(co, "<module>", into: &codes)
        for (path, c) in codes {
            let problems = c.invariantViolations()
            let detail = problems.joined(separator: "\n")
            #expect(problems.isEmpty, "\(name): \(path)\n\(detail)")
        }
    }
}
