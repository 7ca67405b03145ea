// Turning the CFG into a code object: CPython 3.11's `assemble()` and what it calls
// (prefix instructions, cell offsets, stack depth, exception-table labelling, jump
// normalisation and offsets, and the encoding of code units, positions and the table).

/// What `assemble` needs to know about the unit besides its instructions.
struct AssemblyInfo {
    var name: String
    var qualname: String
    var filename: String
    var argcount: Int
    var posonlyargcount: Int
    var kwonlyargcount: Int
    var flags: CodeFlags
    var firstLineno: Int
    /// Append `LOAD_CONST None` before the implicit RETURN_VALUE.
    var addNone: Bool
}

extension CodeBuilder {
    /// Finishes the unit and produces its code object (`assemble` in Python/compile.c).
    /// - Complexity: roughly linear in the number of instructions; the jump-offset loop
    ///   repeats only while EXTENDED_ARG prefixes keep appearing.
    func assemble(_ info: AssemblyInfo) -> CodeObject {
        // Every block that falls off the end returns None.
        if !current.returns {
            loc = .none
            if info.addNone { loadConst(.none) }
            addOp(.returnValue)
        }
        for b in blocks.reversed() { normalizeBasicBlock(b) }
        for b in blocks.reversed() { extendBlock(b) }
        let entry = blocks[0]

        let nlocals = varnames.count
        let ncells = cellvars.count
        let nfree = freevars.count
        var fixed = Array(0..<(ncells + nfree)).map { nlocals + $0 }
        for (ci, name) in cellvars.enumerated() {
            if let vi = varnameIndexOf(name) { fixed[ci] = vi }
        }

        insertPrefixInstructions(entry: entry, info: info, fixed: fixed, nfree: nfree)
        let numDropped = fixCellOffsets(entry: entry, nlocals: nlocals, fixed: &fixed)
        let nlocalsplus = nlocals + ncells + nfree - numDropped

        var consts = self.consts
        optimizeCFG(entry: entry, consts: &consts)
        duplicateExitsWithoutLineno()
        trimUnusedConsts(entry: entry, consts: &consts)
        propagateLineNumbers(entry: entry)
        guaranteeLinenoForExits(entry: entry, firstLineno: info.firstLineno)
        let generatorLike = !info.flags.intersection([.generator, .coroutine, .asyncGenerator])
            .isEmpty
        let maxDepth = stackDepth(entry: entry, startDepth: generatorLike ? 1 : 0)
        labelExceptionTargets(entry: entry)
        for b in chain(from: entry) {
            for i in b.instrs.indices
            where b.instrs[i].op.isBlockPush || b.instrs[i].op == .popBlock {
                b.instrs[i].op = .real(.nop)
            }
        }
        for b in chain(from: entry) { cleanBasicBlock(b) }
        normalizeJumps(entry: entry)
        assembleJumpOffsets(entry: entry)

        // Emit code units and their positions.
        var code: [UInt16] = []
        var positions: [SourcePosition] = []
        for b in chain(from: entry) {
            for instr in b.instrs {
                let op = instr.op.opcode!
                let oparg = op.hasArgument ? instr.oparg : 0
                let size = instrSize(instr)
                let ext = size - 1 - op.inlineCacheEntries
                for k in stride(from: ext, to: 0, by: -1) {
                    code.append(unit(.extendedArg, (oparg >> (8 * k)) & 0xFF))
                }
                code.append(unit(op, oparg & 0xFF))
                for _ in 0..<op.inlineCacheEntries { code.append(unit(.cache, 0)) }
                let p = position(instr.loc)
                for _ in 0..<size { positions.append(p) }
            }
        }
        let table = exceptionTable(entry: entry)

        // Localsplus: locals (cells among them flagged), then other cells, then frees.
        var lpNames = Array(repeating: "", count: nlocalsplus)
        var lpKinds = Array(repeating: LocalKind(), count: nlocalsplus)
        for (i, n) in varnames.enumerated() {
            lpNames[i] = n
            lpKinds[i] = cellvars.contains(n) ? [.local, .cell] : .local
        }
        var dropped = 0
        for (ci, n) in cellvars.enumerated() {
            if varnameIndexOf(n) != nil {
                dropped += 1
                continue
            }
            lpNames[ci + nlocals - dropped] = n
            lpKinds[ci + nlocals - dropped] = .cell
        }
        for (fi, n) in freevars.enumerated() {
            lpNames[ncells + fi + nlocals - dropped] = n
            lpKinds[ncells + fi + nlocals - dropped] = .free
        }

        let co = CodeObject(
            argcount: info.argcount + info.posonlyargcount, posonlyargcount: info.posonlyargcount,
            kwonlyargcount: info.kwonlyargcount, stacksize: maxDepth, flags: info.flags,
            firstlineno: info.firstLineno, code: code, consts: consts, names: names,
            localsplusNames: lpNames, localsplusKinds: lpKinds, filename: info.filename,
            name: info.name, qualname: info.qualname, positions: positions,
            exceptionTable: table)
        // Blocks point at each other; break the cycles so the graph is freed.
        for b in blocks {
            b.instrs = []
            b.next = nil
            b.exceptStack = nil
        }
        return co
    }

    private func unit(_ op: Opcode, _ arg: Int) -> UInt16 {
        UInt16(op.rawValue) | UInt16(arg & 0xFF) << 8
    }

    /// What `co_positions()` reports for an instruction at `loc`, following how 3.11's
    /// location table encodes it (`write_location_info_entry`): no line gives all None, and a
    /// missing column on a one-line location gives (line, line, None, None).
    private func position(_ loc: Loc) -> SourcePosition {
        if loc.lineno < 0 {
            return SourcePosition(lineno: nil, endLineno: nil, colOffset: nil, endColOffset: nil)
        }
        if loc.col < 0 || loc.endCol < 0 {
            if loc.endLineno == loc.lineno || loc.endLineno == -1 {
                return SourcePosition(lineno: loc.lineno, endLineno: loc.lineno, colOffset: nil,
                                      endColOffset: nil)
            }
        }
        return SourcePosition(lineno: loc.lineno, endLineno: loc.endLineno,
                              colOffset: loc.col >= 0 ? loc.col : nil,
                              endColOffset: loc.endCol >= 0 ? loc.endCol : nil)
    }

    /// Code units an instruction occupies: EXTENDED_ARG prefixes, itself, its caches.
    func instrSize(_ instr: Instr) -> Int {
        let op = instr.op.opcode!
        let oparg = op.hasArgument ? instr.oparg : 0
        let ext = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0)
        return ext + 1 + op.inlineCacheEntries
    }

    // MARK: insert_prefix_instructions, fix_cell_offsets

    /// COPY_FREE_VARS, MAKE_CELL for each cell (in slot order), and RETURN_GENERATOR; POP_TOP
    /// for generators, at the start of the entry block.
    private func insertPrefixInstructions(entry: BasicBlock, info: AssemblyInfo, fixed: [Int],
                                          nfree: Int) {
        if !info.flags.intersection([.generator, .coroutine, .asyncGenerator]).isEmpty {
            entry.instrs.insert(Instr(op: .real(.returnGenerator), oparg: 0, target: nil,
                                      except: nil,
                                      loc: Loc(lineno: info.firstLineno,
                                               endLineno: info.firstLineno, col: -1, endCol: -1)),
                                at: 0)
            entry.instrs.insert(Instr(op: .real(.popTop), oparg: 0, target: nil, except: nil,
                                      loc: .none), at: 1)
        }
        let ncells = cellvars.count
        if ncells > 0 {
            var sorted = Array(repeating: 0, count: ncells + varnames.count)
            for i in 0..<ncells { sorted[fixed[i]] = i + 1 }
            var used = 0
            var i = 0
            while used < ncells {
                let old = sorted[i] - 1
                i += 1
                if old == -1 { continue }
                entry.instrs.insert(Instr(op: .real(.makeCell), oparg: old, target: nil,
                                          except: nil, loc: .none), at: used)
                used += 1
            }
        }
        if nfree > 0 {
            entry.instrs.insert(Instr(op: .real(.copyFreeVars), oparg: nfree, target: nil,
                                      except: nil, loc: .none), at: 0)
        }
    }

    /// Rewrites cell/free opargs from table indices to localsplus slots, dropping the slots of
    /// cells that are parameters (`fix_cell_offsets`). Returns how many were dropped.
    private func fixCellOffsets(entry: BasicBlock, nlocals: Int, fixed: inout [Int]) -> Int {
        var numDropped = 0
        for i in fixed.indices {
            if fixed[i] == i + nlocals {
                fixed[i] -= numDropped
            } else {
                numDropped += 1
            }
        }
        for b in chain(from: entry) {
            for i in b.instrs.indices {
                switch b.instrs[i].op {
                case .real(.makeCell), .real(.loadClosure), .real(.loadDeref),
                     .real(.storeDeref), .real(.deleteDeref), .real(.loadClassderef):
                    b.instrs[i].oparg = fixed[b.instrs[i].oparg]
                default:
                    break
                }
            }
        }
        return numDropped
    }

    // MARK: stackdepth

    /// The largest stack depth on any path (`stackdepth`). Generators start at depth 1, as in
    /// CPython 3.11.
    private func stackDepth(entry: BasicBlock, startDepth: Int) -> Int {
        for b in blocks { b.startDepth = Int.min }
        var stack: [BasicBlock] = []
        var maxDepth = 0
        func push(_ b: BasicBlock, _ depth: Int) {
            if b.startDepth < depth && b.startDepth < 100 {
                b.startDepth = depth
                stack.append(b)
            }
        }
        push(entry, startDepth)
        while let b = stack.popLast() {
            var depth = b.startDepth
            var next = b.next
            for instr in b.instrs {
                let effect = instr.op.stackEffect(oparg: instr.oparg, jump: false)
                let newDepth = depth + effect
                maxDepth = max(maxDepth, newDepth)
                if instr.op.isJump || instr.op.isBlockPush {
                    let targetDepth = depth + instr.op.stackEffect(oparg: instr.oparg, jump: true)
                    maxDepth = max(maxDepth, targetDepth)
                    push(instr.target!, targetDepth)
                }
                depth = newDepth
                var deadAfter = false
                switch instr.op {
                case .jumpNoInterrupt, .jump, .real(.returnValue), .real(.raiseVarargs),
                     .real(.reraise):
                    deadAfter = true
                default:
                    break
                }
                if deadAfter {
                    next = nil
                    break
                }
            }
            if let n = next { push(n, depth) }
        }
        return maxDepth
    }

    // MARK: label_exception_targets

    /// Gives every instruction its innermost handler by walking the graph with a stack of
    /// handlers per block (`label_exception_targets`).
    private func labelExceptionTargets(entry: BasicBlock) {
        for b in chain(from: entry) { b.visited = false }
        var todo: [BasicBlock] = [entry]
        entry.visited = true
        entry.exceptStack = [nil]
        while let b = todo.popLast() {
            var stack: [BasicBlock?]? = b.exceptStack!
            b.exceptStack = nil
            var handler = stack!.last!
            for i in b.instrs.indices {
                let instr = b.instrs[i]
                if instr.op.isBlockPush {
                    let t = instr.target!
                    if !t.visited {
                        t.exceptStack = stack
                        todo.append(t)
                        t.visited = true
                    }
                    if instr.op == .setupWith || instr.op == .setupCleanup {
                        t.preserveLasti = true
                    }
                    stack!.append(t)
                    handler = t
                } else if instr.op == .popBlock {
                    stack!.removeLast()
                    handler = stack!.last!
                } else if instr.op.isJump {
                    b.instrs[i].except = handler
                    let t = instr.target!
                    if !t.visited {
                        t.exceptStack = stack
                        if b.noFallthrough { stack = nil }
                        todo.append(t)
                        t.visited = true
                    }
                } else {
                    b.instrs[i].except = handler
                }
            }
            if !b.noFallthrough, let n = b.next, !n.visited {
                n.exceptStack = stack
                todo.append(n)
                n.visited = true
            }
        }
    }

    // MARK: normalize_jumps, assemble_jump_offsets

    /// Chooses FORWARD or BACKWARD forms now that block order is final (`normalize_jumps`).
    private func normalizeJumps(entry: BasicBlock) {
        let order = chain(from: entry)
        for b in order { b.visited = false }
        for b in order {
            b.visited = true
            guard let last = b.last, last.op.isJump else { continue }
            let forward = !last.target!.visited
            let op: BuilderOp
            switch last.op {
            case .jump: op = .real(forward ? .jumpForward : .jumpBackward)
            case .jumpNoInterrupt: op = .real(forward ? .jumpForward : .jumpBackwardNoInterrupt)
            case .popJumpIfNotNone:
                op = .real(forward ? .popJumpForwardIfNotNone : .popJumpBackwardIfNotNone)
            case .popJumpIfNone:
                op = .real(forward ? .popJumpForwardIfNone : .popJumpBackwardIfNone)
            case .popJumpIfFalse:
                op = .real(forward ? .popJumpForwardIfFalse : .popJumpBackwardIfFalse)
            case .popJumpIfTrue:
                op = .real(forward ? .popJumpForwardIfTrue : .popJumpBackwardIfTrue)
            default: op = last.op
            }
            b.instrs[b.instrs.count - 1].op = op
        }
    }

    /// Lays blocks out and sets relative jump opargs, repeating while a jump's size changes
    /// (`assemble_jump_offsets`).
    private func assembleJumpOffsets(entry: BasicBlock) {
        let order = chain(from: entry)
        var again = true
        while again {
            var total = 0
            for b in order {
                b.offset = total
                total += b.instrs.reduce(0) { $0 + instrSize($1) }
            }
            again = false
            for b in order {
                var end = b.offset
                for i in b.instrs.indices {
                    let isize = instrSize(b.instrs[i])
                    end += isize
                    guard b.instrs[i].op.isJump else { continue }
                    let t = b.instrs[i].target!.offset
                    b.instrs[i].oparg = t < end ? end - t : t - end
                    if instrSize(b.instrs[i]) != isize { again = true }
                }
            }
        }
    }

    // MARK: Exception table

    /// One row per run of instructions sharing a handler (`assemble_exception_table`).
    private func exceptionTable(entry: BasicBlock) -> [ExceptionTableEntry] {
        var rows: [ExceptionTableEntry] = []
        var handler: BasicBlock? = nil
        var start = -1
        var offset = 0
        func emit(_ end: Int) {
            guard let h = handler else { return }
            var depth = h.startDepth - 1
            if h.preserveLasti { depth -= 1 }
            rows.append(ExceptionTableEntry(start: start, end: end, target: h.offset,
                                            depth: depth, lasti: h.preserveLasti))
        }
        for b in chain(from: entry) {
            offset = b.offset
            for instr in b.instrs {
                if instr.except !== handler {
                    emit(offset)
                    start = offset
                    handler = instr.except
                }
                offset += instrSize(instr)
            }
        }
        emit(offset)
        return rows
    }
}
