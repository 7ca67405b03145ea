/// The resolved meaning of an instruction's oparg (`dis.Instruction.argval`).
public enum ArgValue {
    /// No argument.
    case none
    /// A number with no further meaning (counts, flags, depths).
    case number(Int)
    /// A constant from `co_consts`.
    case constant(CodeConstant)
    /// A name from `co_names` or localsplus.
    case name(String)
    /// A jump target, as a byte offset.
    case jumpTarget(Int)
    /// A comparison operator symbol (`<`, `==`, ...).
    case compare(String)
}

/// One decoded instruction, like `dis.Instruction`: what the JIT's bytecode reader and `dis` use.
public struct Instruction {
    /// Byte offset of the instruction (its EXTENDED_ARG prefixes, if any, come before it).
    public let offset: Int
    /// Byte offset of the first EXTENDED_ARG prefix, or `offset` when there is none. Jumps
    /// land here (CPython jumps to the prefix), so a reader that folds prefixes away should
    /// label blocks by `startOffset`.
    public let startOffset: Int
    public let opcode: Opcode
    /// The oparg with EXTENDED_ARG prefixes folded in; nil when the opcode takes none.
    public let arg: Int?
    public let argval: ArgValue
    /// The text `dis` shows in parentheses (empty for none).
    public let argrepr: String
    /// The line this instruction starts, if it starts one (`dis` line-number column).
    public let startsLine: Int?
    /// The line the instruction belongs to (nil for artificial code).
    public let line: Int?
    /// Whether some jump or exception handler targets this offset.
    public let isJumpTarget: Bool
    public let position: SourcePosition

    /// Byte offset of the next instruction (past inline caches).
    public var nextOffset: Int { offset + 2 + 2 * opcode.inlineCacheEntries }

    /// Byte offset of the jump target, for jumps.
    public var jumpTarget: Int? {
        if case .jumpTarget(let t) = argval { return t }
        return nil
    }
}

extension CodeObject {
    /// Decodes the instructions, like `dis.get_instructions` (caches skipped).
    ///
    /// - Parameters:
    ///   - includeExtendedArg: yield EXTENDED_ARG prefixes as instructions of their own, as `dis`
    ///     does. When false (the JIT's view, as Numba reads bytecode) they are only folded into
    ///     the following instruction's `arg`.
    ///   - codeAddress: renders the address in a nested code object's repr.
    /// - Complexity: O(n) in the code length.
    public func instructions(includeExtendedArg: Bool = false,
                             codeAddress: (CodeObject) -> String = { _ in "0x0" })
        -> [Instruction]
    {
        let starts = Dictionary(lineStarts().map { ($0.offset, $0.line) },
                                uniquingKeysWith: { a, _ in a })
        var labels = Set<Int>()
        var decoded: [(offset: Int, start: Int, op: Opcode, arg: Int?)] = []
        var extended = 0
        var prefixStart: Int? = nil
        var i = 0
        while i < code.count {
            let unit = code[i]
            guard let op = Opcode(rawValue: UInt8(unit & 0xFF)) else { i += 1; continue }
            var arg: Int? = nil
            if op.hasArgument {
                let a = Int(unit >> 8) | extended
                arg = a
                extended = op == .extendedArg ? a << 8 : 0
            } else {
                extended = 0
            }
            decoded.append((offset: 2 * i, start: op == .extendedArg ? 2 * i : prefixStart ?? 2 * i,
                            op: op, arg: arg))
            if op == .extendedArg {
                if prefixStart == nil { prefixStart = 2 * i }
            } else {
                prefixStart = nil
            }
            if let a = arg, op.isJump {
                labels.insert(Opcode.jumpTarget(op: op, offset: 2 * i, arg: a))
            }
            i += 1 + op.inlineCacheEntries
        }
        for e in exceptionTable where e.end > e.start { labels.insert(2 * e.target) }

        var result: [Instruction] = []
        result.reserveCapacity(decoded.count)
        for d in decoded {
            if d.op == .extendedArg && !includeExtendedArg { continue }
            let (val, repr) = resolve(op: d.op, arg: d.arg, offset: d.offset,
                                      codeAddress: codeAddress)
            let unitIndex = d.offset / 2
            let pos = unitIndex < positions.count
                ? positions[unitIndex]
                : SourcePosition(lineno: nil, endLineno: nil, colOffset: nil, endColOffset: nil)
            result.append(Instruction(offset: d.offset, startOffset: d.start, opcode: d.op,
                                      arg: d.arg, argval: val,
                                      argrepr: repr, startsLine: starts[d.offset],
                                      line: pos.lineno, isJumpTarget: labels.contains(d.offset),
                                      position: pos))
        }
        return result
    }

    /// `_get_instructions_bytes`: the argval and argrepr for one oparg, chosen by operand kind.
    private func resolve(op: Opcode, arg: Int?, offset: Int,
                         codeAddress: (CodeObject) -> String) -> (ArgValue, String) {
        guard let arg else { return (.none, "") }
        switch op.operandKind {
        case .none:
            return (.none, "")
        case .number:
            return (.number(arg), "")
        case .const:
            guard arg < consts.count else { return (.number(arg), "") }
            return (.constant(consts[arg]), consts[arg].pythonRepr(codeAddress: codeAddress))
        case .kwNames:
            // CPython 3.11's dis resolves only LOAD_CONST among the hasconst opcodes.
            return (arg < consts.count ? .constant(consts[arg]) : .number(arg), "")
        case .name:
            guard arg < names.count else { return (.number(arg), "") }
            return (.name(names[arg]), names[arg])
        case .globalName:
            guard arg >> 1 < names.count else { return (.number(arg), "") }
            let n = names[arg >> 1]
            return (.name(n), arg & 1 == 1 ? "NULL + " + n : n)
        case .local, .free:
            guard let n = localsplusName(arg) else { return (.number(arg), "") }
            return (.name(n), n)
        case .jumpForward, .jumpBackward:
            let t = Opcode.jumpTarget(op: op, offset: offset, arg: arg)
            return (.jumpTarget(t), "to \(t)")
        case .compare:
            guard arg < comparisonOperatorSymbols.count else { return (.number(arg), "") }
            let s = comparisonOperatorSymbols[arg]
            return (.compare(s), s)
        case .binaryOp:
            let symbol = arg < binaryOperatorSymbols.count ? binaryOperatorSymbols[arg] : ""
            return (.number(arg), symbol)
        case .formatValue:
            var s = ["", "str", "repr", "ascii"][arg & 0x3]
            if arg & 0x4 != 0 {
                if !s.isEmpty { s += ", " }
                s += "with format"
            }
            return (.number(arg), s)
        case .makeFunctionFlags:
            let s = makeFunctionFlagNames.enumerated()
                .filter { arg & (1 << $0.offset) != 0 }.map(\.element).joined(separator: ", ")
            return (.number(arg), s)
        }
    }
}

extension Opcode {
    /// Byte offset a relative jump at `offset` with oparg `arg` lands on (as `dis` computes it:
    /// 3.11's jumping instructions have no inline caches).
    static func jumpTarget(op: Opcode, offset: Int, arg: Int) -> Int {
        op.operandKind == .jumpBackward ? offset + 2 - 2 * arg : offset + 2 + 2 * arg
    }
}
