// `dis`, CPython 3.11 layout (Lib/dis.py: `_disassemble_bytes`, `Instruction._disassemble`,
// `_disassemble_recursive`). Formatting is by operand kind (Instruction.swift resolves the
// argrepr), never by opcode: a new opcode needs only its table entries.

/// Renders code objects exactly as python3.11's `dis.dis` prints them.
public enum Disassembler {
    /// `dis.dis(code)`: the code object, then each nested code object in `co_consts` order,
    /// recursively, each under a "Disassembly of <code object ...>:" header.
    ///
    /// - Parameter codeAddress: the text after "at" in a code object's repr (`0x7f...`); the
    ///   runtime supplies real identities, tests a fixed token.
    /// - Returns: the text, each line ending in a newline.
    /// - Complexity: O(n) in the total code size.
    public static func dis(_ code: CodeObject,
                           codeAddress: (CodeObject) -> String = { _ in "0x0" }) -> String {
        var out = ""
        disassembleRecursive(code, into: &out, codeAddress: codeAddress)
        return out
    }

    /// `dis.disassemble(code)`: one code object without its nested ones.
    public static func disassemble(_ code: CodeObject,
                                   codeAddress: (CodeObject) -> String = { _ in "0x0" })
        -> String
    {
        var out = ""
        disassembleOne(code, into: &out, codeAddress: codeAddress)
        return out
    }

    private static func disassembleRecursive(_ code: CodeObject, into out: inout String,
                                             codeAddress: (CodeObject) -> String) {
        disassembleOne(code, into: &out, codeAddress: codeAddress)
        for c in code.consts {
            guard let nested = c.codeObject else { continue }
            out += "\n"
            out += "Disassembly of \(c.pythonRepr(codeAddress: codeAddress)):\n"
            disassembleRecursive(nested, into: &out, codeAddress: codeAddress)
        }
    }

    private static func disassembleOne(_ code: CodeObject, into out: inout String,
                                       codeAddress: (CodeObject) -> String) {
        let starts = code.lineStarts()
        let linenoWidth: Int
        if let maxLine = starts.map(\.line).max() {
            linenoWidth = maxLine >= 1000 ? String(maxLine).count : 3
        } else {
            linenoWidth = 0
        }
        let maxOffset = 2 * code.code.count - 2
        let offsetWidth = maxOffset >= 10000 ? String(maxOffset).count : 4
        for instr in code.instructions(includeExtendedArg: true, codeAddress: codeAddress) {
            if linenoWidth > 0 && instr.startsLine != nil && instr.offset > 0 { out += "\n" }
            out += line(instr, linenoWidth: linenoWidth, offsetWidth: offsetWidth) + "\n"
        }
        if !code.exceptionTable.isEmpty {
            out += "ExceptionTable:\n"
            for e in code.exceptionTable {
                out += "  \(2 * e.start) to \(2 * e.end - 2) -> \(2 * e.target) [\(e.depth)]"
                    + (e.lasti ? " lasti" : "") + "\n"
            }
        }
    }

    /// `Instruction._disassemble`.
    static func line(_ instr: Instruction, linenoWidth: Int, offsetWidth: Int) -> String {
        var fields: [String] = []
        if linenoWidth > 0 {
            if let l = instr.startsLine {
                fields.append(pad(String(l), linenoWidth))
            } else {
                fields.append(String(repeating: " ", count: linenoWidth))
            }
        }
        fields.append("   ")
        fields.append(instr.isJumpTarget ? ">>" : "  ")
        fields.append(pad(String(instr.offset), offsetWidth))
        fields.append(instr.opcode.name.padding(toLength: max(20, instr.opcode.name.count),
                                                withPad: " ", startingAt: 0))
        if let arg = instr.arg {
            fields.append(pad(String(arg), 5))
            if !instr.argrepr.isEmpty { fields.append("(" + instr.argrepr + ")") }
        }
        var s = fields.joined(separator: " ")
        while s.last == " " { s.removeLast() }
        return s
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
