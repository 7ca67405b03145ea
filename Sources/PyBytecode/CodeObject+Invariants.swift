// Structural invariants of a code object (style rule 10). `compile` runs them on every code
// object it produces when built with `-Xswiftc -DJITBOOK_CHECKS`; the tests run them on every
// fixture. They check what the eval loop and the JIT rely on without re-checking at run time.

extension CodeObject {
    /// Violations of the invariants, empty when the code object is well formed:
    /// one position per code unit; opargs index existing constants, names and slots; jump and
    /// handler targets are instruction starts; exception-table rows are ordered and disjoint;
    /// and along every path the stack depth stays within `0...stacksize`, using the opcode
    /// table's stack effects.
    /// - Complexity: O(n) in the code length (each instruction is visited once per depth).
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        if positions.count != code.count {
            problems.append("\(positions.count) positions for \(code.count) code units")
        }
        let instrs = instructions()
        // Jumps and handlers land on an instruction or on its first EXTENDED_ARG prefix.
        var starts = Set<Int>()
        for i in instrs { starts.insert(i.startOffset / 2) }
        for i in instrs {
            let at = "\(qualname) @\(i.offset) \(i.opcode.name)"
            guard let arg = i.arg else { continue }
            switch i.opcode.operandKind {
            case .const, .kwNames:
                if arg >= consts.count { problems.append("\(at): no constant \(arg)") }
            case .name:
                if arg >= names.count { problems.append("\(at): no name \(arg)") }
            case .globalName:
                if arg >> 1 >= names.count { problems.append("\(at): no name \(arg >> 1)") }
            case .local, .free:
                if arg >= localsplusNames.count { problems.append("\(at): no slot \(arg)") }
            case .jumpForward, .jumpBackward:
                let t = i.jumpTarget! / 2
                if !starts.contains(t) { problems.append("\(at): jump into nowhere (\(2 * t))") }
            case .none, .number, .compare, .binaryOp, .formatValue, .makeFunctionFlags:
                break
            }
        }
        var lastEnd = 0
        for e in exceptionTable {
            if e.start < lastEnd || e.end <= e.start || e.end > code.count {
                problems.append("\(qualname): exception table row \(e) out of order or range")
            }
            if !starts.contains(e.target) {
                problems.append("\(qualname): handler \(2 * e.target) is not an instruction")
            }
            lastEnd = e.end
        }
        problems += stackDepthViolations(instrs)
        return problems
    }

    /// Simulates stack depth over the control-flow graph, entering handlers at their table
    /// depth (+1 for the exception, +1 more with `lasti`).
    private func stackDepthViolations(_ instrs: [Instruction]) -> [String] {
        var index: [Int: Int] = [:]
        for (k, i) in instrs.enumerated() { index[i.startOffset] = k }
        var depthAt = Array(repeating: -1, count: instrs.count)
        var work: [(Int, Int)] = []
        let generator = !flags.intersection([.generator, .coroutine, .asyncGenerator]).isEmpty
        if !instrs.isEmpty { work.append((0, generator ? 1 : 0)) }
        for e in exceptionTable {
            if let k = index[2 * e.target] { work.append((k, e.depth + 1 + (e.lasti ? 1 : 0))) }
        }
        var problems: [String] = []
        while let (k, depth) = work.popLast() {
            guard k < instrs.count else { continue }
            if depthAt[k] >= 0 {
                if depthAt[k] != depth {
                    problems.append("\(qualname) @\(instrs[k].offset): depth \(depth) and "
                                    + "\(depthAt[k]) meet")
                }
                continue
            }
            depthAt[k] = depth
            let i = instrs[k]
            let op = i.opcode
            let arg = i.arg ?? 0
            let fall = depth + op.stackEffect(oparg: arg, jump: false)
            if fall < 0 || fall > stacksize {
                problems.append("\(qualname) @\(i.offset) \(op.name): depth \(fall) outside "
                                + "0...\(stacksize)")
                continue
            }
            if let t = i.jumpTarget, let tk = index[t] {
                work.append((tk, depth + op.stackEffect(oparg: arg, jump: true)))
            }
            if op.jumpKind == .none || op.jumpKind == .conditional {
                if k + 1 < instrs.count { work.append((k + 1, fall)) }
            }
        }
        return problems
    }
}
