// CPython 3.11's flowgraph passes (the "assembler section" of Python/compile.c), in the order
// `assemble()` runs them. Each function names the C function it mirrors; where the C code has a
// quirk that shapes the output, the quirk is kept and noted.

/// Blocks copied into their predecessors by `extendBlock` have at most this many instructions.
private let maxCopySize = 4

extension CodeBuilder {
    /// The blocks in emission order, from the entry block along `next` (CPython's
    /// `for (b = a->a_entry; b != NULL; b = b->b_next)`).
    func chain(from entry: BasicBlock) -> [BasicBlock] {
        var result: [BasicBlock] = []
        var b: BasicBlock? = entry
        while let block = b {
            result.append(block)
            b = block.next
        }
        return result
    }

    // MARK: normalize_basic_block, extend_block

    /// Marks exit and no-fall-through blocks; retargets jumps past empty blocks.
    func normalizeBasicBlock(_ bb: BasicBlock) {
        for i in bb.instrs.indices {
            switch bb.instrs[i].op {
            case .real(.returnValue), .real(.raiseVarargs), .real(.reraise):
                bb.exit = true
                bb.noFallthrough = true
            case .jump, .jumpNoInterrupt:
                bb.noFallthrough = true
                skipEmptyTarget(bb, i)
            case .popJumpIfNotNone, .popJumpIfNone, .popJumpIfFalse, .popJumpIfTrue,
                 .real(.jumpIfFalseOrPop), .real(.jumpIfTrueOrPop), .real(.forIter):
                skipEmptyTarget(bb, i)
            default:
                break
            }
        }
    }

    private func skipEmptyTarget(_ bb: BasicBlock, _ i: Int) {
        while let t = bb.instrs[i].target, t.instrs.isEmpty, let n = t.next {
            bb.instrs[i].target = n
        }
    }

    /// If the block ends with an unconditional jump to a small exit block without line
    /// numbers (an implicit `return None`), copies that block in place of the jump.
    func extendBlock(_ bb: BasicBlock) {
        guard let last = bb.last else { return }
        guard last.op == .jump || last.op == .real(.jumpForward) || last.op == .real(.jumpBackward)
        else { return }
        guard let target = last.target, target.exit, target.instrs.count <= maxCopySize else {
            return
        }
        if target.instrs.contains(where: { $0.loc.lineno > 0 }) { return }
        bb.instrs[bb.instrs.count - 1].op = .real(.nop)
        bb.instrs.append(contentsOf: target.instrs)
        bb.exit = true
    }

    // MARK: optimize_cfg

    /// Jump threading, constant-condition folding, tuple folding, SWAP simplification,
    /// dead-block removal and redundant-jump removal (`optimize_cfg`).
    func optimizeCFG(entry: BasicBlock, consts: inout [CodeConstant]) {
        // Where each constant first appears, for tuple folding to reuse equal constants.
        var index: [ConstantKey: Int] = [:]
        for (i, c) in consts.enumerated() where index[ConstantKey(c)] == nil {
            index[ConstantKey(c)] = i
        }
        for b in chain(from: entry) {
            optimizeBasicBlock(b, consts: &consts, index: &index)
            cleanBasicBlock(b)
        }
        for b in blocks.reversed() { extendBlock(b) }
        markReachable(entry: entry)
        for b in chain(from: entry) where b.predecessors == 0 {
            b.instrs = []
            b.noFallthrough = false
        }
        eliminateEmptyBasicBlocks(entry: entry)
        for b in chain(from: entry) { cleanBasicBlock(b) }
        // Jumps to the very next block are redundant once dead code is gone.
        var maybeEmpty = false
        for b in chain(from: entry) {
            guard let last = b.last else { continue }
            if (last.op == .jump || last.op == .jumpNoInterrupt) && last.target === b.next {
                b.noFallthrough = false
                b.instrs[b.instrs.count - 1].op = .real(.nop)
                maybeEmpty = true
            }
        }
        if maybeEmpty { eliminateEmptyBasicBlocks(entry: entry) }
    }

    /// `optimize_basic_block`: the peephole rewrites of one block.
    private func optimizeBasicBlock(_ bb: BasicBlock, consts: inout [CodeConstant],
                                    index: inout [ConstantKey: Int]) {
        var i = 0
        while i < bb.instrs.count {
            let inst = bb.instrs[i]
            let oparg = inst.oparg
            let nextop: BuilderOp? = i + 1 < bb.instrs.count ? bb.instrs[i + 1].op : nil
            var target: Instr? = nil
            if inst.op.isJump || inst.op.isBlockPush {
                while let t = bb.instrs[i].target, t.instrs.isEmpty, let n = t.next {
                    bb.instrs[i].target = n
                }
                target = bb.instrs[i].target?.instrs.first
            }
            let targetOp = target?.op
            switch inst.op {
            case .real(.loadConst):
                let cnt = consts[oparg]
                switch nextop {
                case .popJumpIfFalse?, .popJumpIfTrue?:
                    let isTrue = truthiness(cnt)
                    bb.instrs[i].op = .real(.nop)
                    let jumpIfTrue = nextop == .popJumpIfTrue
                    if isTrue == jumpIfTrue {
                        bb.instrs[i + 1].op = .jump
                        bb.noFallthrough = true
                    } else {
                        bb.instrs[i + 1].op = .real(.nop)
                    }
                case .real(.jumpIfFalseOrPop)?, .real(.jumpIfTrueOrPop)?:
                    let isTrue = truthiness(cnt)
                    let jumpIfTrue = nextop == .real(.jumpIfTrueOrPop)
                    if isTrue == jumpIfTrue {
                        bb.instrs[i + 1].op = .jump
                        bb.noFallthrough = true
                    } else {
                        bb.instrs[i].op = .real(.nop)
                        bb.instrs[i + 1].op = .real(.nop)
                    }
                case .real(.isOp)?:
                    let jumpOp: BuilderOp? = i + 2 < bb.instrs.count ? bb.instrs[i + 2].op : nil
                    if case CodeConstant.none = cnt,
                       jumpOp == .popJumpIfFalse || jumpOp == .popJumpIfTrue {
                        let nextarg = bb.instrs[i + 1].oparg
                        bb.instrs[i].op = .real(.nop)
                        bb.instrs[i + 1].op = .real(.nop)
                        let flip = (nextarg ^ (jumpOp == .popJumpIfFalse ? 1 : 0)) != 0
                        bb.instrs[i + 2].op = flip ? .popJumpIfNotNone : .popJumpIfNone
                    }
                default:
                    break
                }
            case .real(.buildTuple):
                // BUILD_TUPLE n; UNPACK_SEQUENCE n is a no-op (n=1) or a SWAP (n=2, 3).
                if nextop == .real(.unpackSequence) && oparg == bb.instrs[i + 1].oparg {
                    if oparg == 1 {
                        bb.instrs[i].op = .real(.nop)
                        bb.instrs[i + 1].op = .real(.nop)
                        i += 1
                        continue
                    } else if oparg == 2 || oparg == 3 {
                        bb.instrs[i].op = .real(.nop)
                        bb.instrs[i + 1].op = .real(.swap)
                        i += 1
                        continue
                    }
                }
                if i >= oparg {
                    foldTupleOnConstants(bb, start: i - oparg, n: oparg, consts: &consts,
                                         index: &index)
                }
            case .real(.jumpIfFalseOrPop):
                switch targetOp {
                case .popJumpIfFalse?:
                    i -= jumpThread(bb, i, target!, .popJumpIfFalse)
                case .jump?, .real(.jumpIfFalseOrPop)?:
                    i -= jumpThread(bb, i, target!, .real(.jumpIfFalseOrPop))
                case .real(.jumpIfTrueOrPop)?, .popJumpIfTrue?:
                    if inst.loc.lineno == target!.loc.lineno {
                        bb.instrs[i].op = .popJumpIfFalse
                        bb.instrs[i].target = bb.instrs[i].target!.next
                        i -= 1
                    }
                default:
                    break
                }
            case .real(.jumpIfTrueOrPop):
                switch targetOp {
                case .popJumpIfTrue?:
                    i -= jumpThread(bb, i, target!, .popJumpIfTrue)
                case .jump?, .real(.jumpIfTrueOrPop)?:
                    i -= jumpThread(bb, i, target!, .real(.jumpIfTrueOrPop))
                case .real(.jumpIfFalseOrPop)?, .popJumpIfFalse?:
                    if inst.loc.lineno == target!.loc.lineno {
                        bb.instrs[i].op = .popJumpIfTrue
                        bb.instrs[i].target = bb.instrs[i].target!.next
                        i -= 1
                    }
                default:
                    break
                }
            case .popJumpIfNotNone, .popJumpIfNone, .popJumpIfFalse, .popJumpIfTrue, .jump:
                if targetOp == .jump {
                    i -= jumpThread(bb, i, target!, inst.op)
                }
            case .real(.swap):
                if oparg == 1 {
                    bb.instrs[i].op = .real(.nop)
                } else {
                    swaptimize(bb, &i)
                    applyStaticSwaps(bb, i)
                }
            case .real(.pushNull):
                // CPython tests `(inst[1].i_opcode & 1) == 0`, which is always true for
                // LOAD_GLOBAL (116): every PUSH_NULL before a LOAD_GLOBAL folds into its low bit.
                if nextop == .real(.loadGlobal) {
                    bb.instrs[i].op = .real(.nop)
                    bb.instrs[i].oparg = 0
                    bb.instrs[i + 1].oparg |= 1
                }
            default:
                break
            }
            i += 1
        }
    }

    /// Redirects the jump at `i` past the jump it targets, when both are on one line
    /// (`jump_thread`). Returns 1 when it changed something, so the caller revisits `i`.
    private func jumpThread(_ bb: BasicBlock, _ i: Int, _ target: Instr, _ op: BuilderOp) -> Int {
        let inst = bb.instrs[i]
        if inst.loc.lineno == target.loc.lineno && inst.target !== target.target {
            bb.instrs[i].target = target.target
            bb.instrs[i].op = op
            return 1
        }
        return 0
    }

    /// Python truth value of a constant (`PyObject_IsTrue`).
    private func truthiness(_ c: CodeConstant) -> Bool {
        switch c {
        case .none: return false
        case .bool(let b): return b
        case .ellipsis: return true
        case .int(let i): return !i.isZero
        case .float(let d): return d != 0
        case .complex(let r, let i): return r != 0 || i != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .frozenset(let s): return !s.isEmpty
        case .code: return true
        }
    }

    /// LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n -> LOAD_CONST (c1, ..., cn)
    /// (`fold_tuple_on_constants`). The tuple reuses an equal constant already in the table.
    private func foldTupleOnConstants(_ bb: BasicBlock, start: Int, n: Int,
                                      consts: inout [CodeConstant],
                                      index: inout [ConstantKey: Int]) {
        for k in 0..<n where bb.instrs[start + k].op != .real(.loadConst) { return }
        let tuple = CodeConstant.tuple((0..<n).map { consts[bb.instrs[start + $0].oparg] })
        let key = ConstantKey(tuple)
        let at: Int
        if let existing = index[key] {
            at = existing
        } else {
            consts.append(tuple)
            at = consts.count - 1
            index[key] = at
        }
        for k in 0..<n { bb.instrs[start + k].op = .real(.nop) }
        bb.instrs[start + n].op = .real(.loadConst)
        bb.instrs[start + n].oparg = at
    }

    /// Replaces a run of SWAPs and NOPs with the shortest run of SWAPs with the same effect
    /// (`swaptimize`).
    private func swaptimize(_ bb: BasicBlock, _ ix: inout Int) {
        let base = ix
        var depth = bb.instrs[base].oparg
        var len = 0
        var more = false
        let limit = bb.instrs.count - base
        while true {
            len += 1
            guard len < limit else { break }
            let op = bb.instrs[base + len].op
            if op == .real(.swap) {
                depth = max(depth, bb.instrs[base + len].oparg)
                more = true
            } else if op != .real(.nop) {
                break
            }
        }
        if !more { return }
        var stack = Array(0..<depth)
        for k in 0..<len where bb.instrs[base + k].op == .real(.swap) {
            let a = bb.instrs[base + k].oparg
            stack.swapAt(0, a - 1)
        }
        let visited = -1
        var current = len - 1
        for i in 0..<depth {
            if stack[i] == visited || stack[i] == i { continue }
            var j = i
            while true {
                if j != 0 {
                    bb.instrs[base + current].op = .real(.swap)
                    bb.instrs[base + current].oparg = j + 1
                    current -= 1
                }
                if stack[j] == visited { break }
                let nextJ = stack[j]
                stack[j] = visited
                j = nextJ
            }
        }
        while current >= 0 {
            bb.instrs[base + current].op = .real(.nop)
            current -= 1
        }
        ix += len - 1
    }

    private func isSwappable(_ op: BuilderOp) -> Bool {
        op == .real(.storeFast) || op == .real(.popTop)
    }

    private func storesTo(_ instr: Instr) -> Int {
        instr.op == .real(.storeFast) ? instr.oparg : -1
    }

    private func nextSwappableInstruction(_ bb: BasicBlock, _ start: Int, _ lineno: Int) -> Int {
        var i = start + 1
        while i < bb.instrs.count {
            let instr = bb.instrs[i]
            if lineno >= 0 && instr.loc.lineno != lineno { return -1 }
            if instr.op == .real(.nop) { i += 1; continue }
            if isSwappable(instr.op) { return i }
            return -1
        }
        return -1
    }

    /// Performs SWAPs statically by reordering the STORE_FAST/POP_TOP instructions that follow
    /// them (`apply_static_swaps`).
    private func applyStaticSwaps(_ bb: BasicBlock, _ start: Int) {
        var i = start
        while i >= 0 {
            let swap = bb.instrs[i]
            if swap.op != .real(.swap) {
                if swap.op == .real(.nop) || isSwappable(swap.op) {
                    i -= 1
                    continue
                }
                return
            }
            let j = nextSwappableInstruction(bb, i, -1)
            if j < 0 { return }
            var k = j
            let lineno = bb.instrs[j].loc.lineno
            var count = swap.oparg - 1
            while count > 0 {
                k = nextSwappableInstruction(bb, k, lineno)
                if k < 0 { return }
                count -= 1
            }
            let storeJ = storesTo(bb.instrs[j])
            let storeK = storesTo(bb.instrs[k])
            if storeJ >= 0 || storeK >= 0 {
                if storeJ == storeK { return }
                for idx in (j + 1)..<k {
                    let s = storesTo(bb.instrs[idx])
                    if s >= 0 && (s == storeJ || s == storeK) { return }
                }
            }
            bb.instrs[i].op = .real(.nop)
            bb.instrs.swapAt(j, k)
            i -= 1
        }
    }

    // MARK: Dead code and NOPs

    /// Removes NOPs that carry no needed line number (`clean_basic_block`).
    func cleanBasicBlock(_ bb: BasicBlock) {
        var dest = 0
        var prevLineno = -1
        let count = bb.instrs.count
        for src in 0..<count {
            let lineno = bb.instrs[src].loc.lineno
            if bb.instrs[src].op == .real(.nop) {
                if lineno < 0 { continue }
                if prevLineno == lineno { continue }
                if src < count - 1 {
                    let nextLineno = bb.instrs[src + 1].loc.lineno
                    if nextLineno == lineno { continue }
                    if nextLineno < 0 {
                        bb.instrs[src + 1].loc = bb.instrs[src].loc
                        continue
                    }
                } else {
                    var next = bb.next
                    while let n = next, n.instrs.isEmpty { next = n.next }
                    if let n = next, lineno == n.instrs[0].loc.lineno { continue }
                }
            }
            if dest != src { bb.instrs[dest] = bb.instrs[src] }
            dest += 1
            prevLineno = lineno
        }
        bb.instrs.removeLast(count - dest)
    }

    /// Counts predecessors of every block reachable from the entry (`mark_reachable`).
    func markReachable(entry: BasicBlock) {
        entry.predecessors = 1
        var stack = [entry]
        while let b = stack.popLast() {
            if let n = b.next, !b.noFallthrough {
                if n.predecessors == 0 { stack.append(n) }
                n.predecessors += 1
            }
            for instr in b.instrs where instr.op.isJump || instr.op.isBlockPush {
                let t = instr.target!
                if t.predecessors == 0 { stack.append(t) }
                t.predecessors += 1
            }
        }
    }

    /// Unlinks empty blocks from the chain and retargets jumps past them
    /// (`eliminate_empty_basic_blocks`).
    func eliminateEmptyBasicBlocks(entry: BasicBlock) {
        var b: BasicBlock? = entry
        while let block = b {
            if var next = block.next {
                while next.instrs.isEmpty, let nn = next.next { next = nn }
                block.next = next
            }
            b = block.next
        }
        for block in chain(from: entry) {
            guard let last = block.last, last.op.isJump else { continue }
            var target = last.target!
            while target.instrs.isEmpty, let n = target.next { target = n }
            block.instrs[block.instrs.count - 1].target = target
        }
    }

    // MARK: Line numbers

    /// Gives every exit block without line numbers a single predecessor by copying it, so it
    /// can inherit that predecessor's line (`duplicate_exits_without_lineno`, PEP 626).
    func duplicateExitsWithoutLineno() {
        func isExitWithoutLineno(_ b: BasicBlock) -> Bool {
            b.exit && !b.instrs.contains { $0.loc.lineno >= 0 }
        }
        let existing = blocks.count
        for idx in stride(from: existing - 1, through: 0, by: -1) {
            let b = blocks[idx]
            guard let last = b.last, last.op.isJump, let target = last.target else { continue }
            if isExitWithoutLineno(target) && target.predecessors > 1 {
                let copy = newBlock()
                copy.instrs = target.instrs
                copy.exit = target.exit
                copy.noFallthrough = true
                copy.instrs[0].loc = last.loc
                b.instrs[b.instrs.count - 1].target = copy
                target.predecessors -= 1
                copy.predecessors = 1
                copy.next = target.next
                target.next = copy
            }
        }
        for b in blocks.reversed() {
            while let n = b.next, n.instrs.isEmpty { b.next = n.next }
        }
        for b in blocks.reversed() {
            if !b.noFallthrough, let n = b.next, let last = b.last, isExitWithoutLineno(n) {
                n.instrs[0].loc = last.loc
            }
        }
    }

    /// Drops constants after the last one any instruction uses; index 0 (a docstring's
    /// place) always stays (`trim_unused_consts`).
    func trimUnusedConsts(entry: BasicBlock, consts: inout [CodeConstant]) {
        var maxIndex = 0
        for b in chain(from: entry) {
            for instr in b.instrs
            where instr.op == .real(.loadConst) || instr.op == .real(.kwNames) {
                maxIndex = max(maxIndex, instr.oparg)
            }
        }
        if maxIndex + 1 < consts.count { consts.removeLast(consts.count - maxIndex - 1) }
    }

    /// Instructions without a line take the previous one's; a block with one predecessor and
    /// no line at its start takes the predecessor's last (`propagate_line_numbers`).
    func propagateLineNumbers(entry: BasicBlock) {
        for b in chain(from: entry) {
            guard !b.instrs.isEmpty else { continue }
            var prev = Loc.none
            for i in b.instrs.indices {
                if b.instrs[i].loc.lineno < 0 {
                    b.instrs[i].loc = prev
                } else {
                    prev = b.instrs[i].loc
                }
            }
            if !b.noFallthrough, let n = b.next, n.predecessors == 1, !n.instrs.isEmpty,
               n.instrs[0].loc.lineno < 0 {
                n.instrs[0].loc = prev
            }
            if let last = b.last, last.op.isJump, let t = last.target, t.predecessors == 1,
               !t.instrs.isEmpty, t.instrs[0].loc.lineno < 0 {
                t.instrs[0].loc = prev
            }
        }
    }

    /// Any return still without a line gets the last line seen (`guarantee_lineno_for_exits`).
    func guaranteeLinenoForExits(entry: BasicBlock, firstLineno: Int) {
        var lineno = firstLineno
        for b in chain(from: entry) {
            guard let last = b.last else { continue }
            if last.loc.lineno < 0 {
                if last.op == .real(.returnValue) {
                    for i in b.instrs.indices { b.instrs[i].loc.lineno = lineno }
                }
            } else {
                lineno = last.loc.lineno
            }
        }
    }
}
