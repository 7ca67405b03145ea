import Foundation
import Testing
@testable import PyBytecode

/// Opcode.swift against CPython 3.11's own table (opcodes.json, from Lib/opcode.py and
/// `dis.stack_effect`): same names and numbers, same cache sizes, operand kinds consistent
/// with `hasconst`/`hasname`/`hasjrel`/..., and identical stack effects.
@Suite struct OpcodeTableTests {
    static let rows: [[String: Any]] = {
        let url = DisFixtures.directory.appendingPathComponent("opcodes.json")
        let data = (try? Data(contentsOf: url)) ?? Data("[]".utf8)
        return (try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    }()

    @Test func everyCPythonOpcodeIsInTheTable() {
        #expect(Self.rows.count == 110)
        for row in Self.rows {
            let number = row["opcode"] as! Int
            guard let op = Opcode(rawValue: UInt8(number)) else {
                Issue.record("missing opcode \(row["name"]!) (\(number))")
                continue
            }
            #expect(op.name == row["name"] as! String)
        }
        #expect(Opcode.allCases.count == Self.rows.count, "no opcodes beyond CPython's")
    }

    @Test func everyOpcodeHasAnOperandKindAndStackEffect() {
        // Walks the whole table: an opcode without an answer would trap or disagree here.
        for op in Opcode.allCases {
            #expect(!op.name.isEmpty)
            #expect(op.hasArgument == (op.operandKind != .none), "\(op.name): operand kind")
            for arg in [0, 1, 2, 3] {
                let fall = op.stackEffect(oparg: arg, jump: false)
                let taken = op.stackEffect(oparg: arg, jump: true)
                #expect(abs(fall) < 1000 && abs(taken) < 1000, "\(op.name): stack effect")
            }
            if op.isJump { #expect(op.jumpKind != .none, "\(op.name): jump kind") }
        }
    }

    @Test func cachesOperandKindsAndStackEffectsMatchCPython() {
        for row in Self.rows {
            let op = Opcode(rawValue: UInt8(row["opcode"] as! Int))!
            let name = op.name
            #expect(op.inlineCacheEntries == row["caches"] as! Int, "\(name): caches")
            #expect(op.hasArgument == row["hasarg"] as! Bool, "\(name): HAS_ARG")
            let kind = op.operandKind
            #expect((kind == .const || kind == .kwNames) == row["hasconst"] as! Bool,
                    "\(name): hasconst")
            #expect((kind == .name || kind == .globalName) == row["hasname"] as! Bool,
                    "\(name): hasname")
            #expect(op.isJump == row["hasjrel"] as! Bool, "\(name): hasjrel")
            #expect((kind == .jumpBackward) == row["backward"] as! Bool, "\(name): backward")
            #expect((kind == .local) == row["haslocal"] as! Bool, "\(name): haslocal")
            #expect((kind == .free) == row["hasfree"] as! Bool, "\(name): hasfree")
            #expect((kind == .compare) == row["hascompare"] as! Bool, "\(name): hascompare")
            let effects = row["stack_effects"] as! [String: Int]
            #expect(!effects.isEmpty, "\(name): CPython gives a stack effect")
            for (key, want) in effects {
                let parts = key.split(separator: "/").map { Int($0)! }
                let got = op.stackEffect(oparg: parts[0], jump: parts[1] == 1)
                #expect(got == want, "\(name) oparg \(parts[0]) jump \(parts[1])")
            }
        }
    }
}
