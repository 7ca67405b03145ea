import Testing
@testable import PyBytecode
import PySyntax

/// The JIT's view of a code object: `instructions()` with EXTENDED_ARG folded away, jump
/// targets as byte offsets, lines, and the next-offset arithmetic over inline caches.
@Suite struct InstructionTests {
    private func function(_ source: String) throws -> CodeObject {
        let mod = try parse(source, filename: "<test>", mode: .exec)
        let module = try compile(mod, filename: "<test>", mode: .exec)
        return try #require(module.consts.compactMap(\.codeObject).first)
    }

    @Test func sumSquaredLoop() throws {
        let co = try function("""
            def sum_squared(arr):
                total = 0.0
                for x in arr:
                    total += x * x
                return total
            """)
        let instrs = co.instructions()
        let names = instrs.map { $0.opcode.name }
        #expect(names == [
            "RESUME", "LOAD_CONST", "STORE_FAST", "LOAD_FAST", "GET_ITER", "FOR_ITER",
            "STORE_FAST", "LOAD_FAST", "LOAD_FAST", "LOAD_FAST", "BINARY_OP", "BINARY_OP",
            "STORE_FAST", "JUMP_BACKWARD", "LOAD_FAST", "RETURN_VALUE",
        ])
        let forIter = instrs[5]
        let back = instrs[13]
        #expect(forIter.opcode == .forIter && back.opcode == .jumpBackward)
        #expect(back.jumpTarget == forIter.offset)
        #expect(forIter.jumpTarget == instrs[14].offset)
        #expect(forIter.line == 3 && back.line == 4)
        // Offsets step over inline caches: BINARY_OP has one.
        var steps: [Bool] = []
        for k in 1..<instrs.count { steps.append(instrs[k - 1].nextOffset == instrs[k].offset) }
        #expect(!steps.contains(false))
        #expect(instrs[10].arg == 5 && instrs[11].arg == 13)
        let lines = co.lineStarts().map { $0.line }
        #expect(lines == [1, 2, 3, 4, 5])
    }

    @Test func extendedArgIsFoldedForTheJIT() throws {
        let body = (0..<300).map { "    x\($0) = \($0)" }.joined(separator: "\n")
        let co = try function("def many():\n" + body + "\n    return x299\n")
        let folded = co.instructions()
        #expect(!folded.contains { $0.opcode == .extendedArg })
        let last = try #require(folded.last { $0.opcode == .loadFast })
        #expect(last.arg == 299)
        if case .name(let n) = last.argval { #expect(n == "x299") } else { Issue.record("argval") }
        let withPrefixes = co.instructions(includeExtendedArg: true)
        #expect(withPrefixes.contains { $0.opcode == .extendedArg })
        // The prefix's offset is 2 before the instruction it extends.
        let i = try #require(withPrefixes.firstIndex { $0.offset == last.offset })
        #expect(withPrefixes[i - 1].opcode == .extendedArg)
        #expect(withPrefixes[i - 1].offset == last.offset - 2)
    }

    @Test func decoratedFunctionLines() throws {
        let co = try function("@jit\ndef add(a,b):\n    return a + b\n")
        #expect(co.firstlineno == 1)
        #expect(co.lineStarts().map(\.line) == [1, 3])
        #expect(Disassembler.dis(co) == """
              1           0 RESUME                   0

              3           2 LOAD_FAST                0 (a)
                          4 LOAD_FAST                1 (b)
                          6 BINARY_OP                0 (+)
                         10 RETURN_VALUE

            """)
    }

    @Test func exceptionTableAndPositions() throws {
        let co = try function("""
            def f(g):
                try:
                    return g()
                except ValueError as e:
                    return e
            """)
        #expect(!co.exceptionTable.isEmpty)
        for e in co.exceptionTable {
            #expect(e.start < e.end && e.end <= co.code.count && e.target < co.code.count)
        }
        #expect(co.positions.count == co.code.count)
        #expect(co.varnames == ["g", "e"])
        #expect(co.stacksize == 4)
    }
}

extension InstructionTests {
    /// Jumps may land on an EXTENDED_ARG prefix; the folded view exposes it as `startOffset`.
    @Test func jumpTargetsAreStartOffsets() throws {
        var source = "if x == 0:\n    y = 0\n"
        for i in 1..<300 { source += "elif x == \(i):\n    y = \(i)\n" }
        let mod = try parse(source, filename: "<elif>", mode: .exec)
        let co = try compile(mod, filename: "<elif>", mode: .exec)
        let instrs = co.instructions()
        let starts = Set(instrs.map { $0.startOffset })
        let targets = instrs.compactMap { $0.jumpTarget }
        #expect(!targets.isEmpty)
        #expect(targets.allSatisfy { starts.contains($0) })
        #expect(instrs.contains { $0.startOffset != $0.offset })
        #expect(co.invariantViolations().isEmpty)
    }
}
