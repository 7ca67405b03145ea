/// Numba's `ReconstructSSA` and `PostProcessor` dels, on our IR:
/// - a variable assigned more than once gets one name per assignment (`total`, `total.1`),
///   and where different assignments meet a new name (`total.2`) assigned at the end of each
///   predecessor, as Numba's phis are;
/// - `del x` after the statement that uses `x` last, or at the start of a successor when it
///   dies on the way there, sorted as Numba sorts them (names descending).
extension NumbaIR {
    var predecessors: [Int: [Int]] {
        var preds: [Int: [Int]] = [:]
        for b in blocks { for s in b.successors { preds[s, default: []].append(b.label) } }
        return preds
    }

    mutating func reconstructSSA() {
        var definitions: [String: Int] = [:]
        for b in blocks { for case .assign(let t, _, _) in b.statements { definitions[t, default: 0] += 1 } }
        // Stack phis are meant to be assigned on several paths.
        for (name, count) in definitions.sorted(by: { $0.key < $1.key }) where count > 1 && !name.hasPrefix("$phi") {
            renameDefinitions(of: name)
        }
    }

    private mutating func renameDefinitions(of name: String) {
        var version = 0
        func isVersion(_ t: String) -> Bool {
            t == name || (t.hasPrefix(name + ".") && Int(t.dropFirst(name.count + 1)) != nil)
        }
        // The reaching name at each block's end, and at each statement.
        for b in blocks.indices {
            for i in blocks[b].statements.indices {
                if case .assign(let t, let e, let l) = blocks[b].statements[i], t == name {
                    let fresh = version == 0 ? name : "\(name).\(version)"
                    version += 1
                    blocks[b].statements[i] = .assign(target: fresh, value: e, line: l)
                }
            }
        }
        let preds = predecessors
        // Where the variable is live on entry (read before any assignment in the block, or
        // passed through to a block that reads it): only there can a phi be needed (Numba's
        // SSA has no phi for a value nobody reads).
        var liveIn: [Int: Bool] = [:]
        var changedLive = true
        while changedLive {
            changedLive = false
            for b in blocks.reversed() {
                var live = b.successors.contains { liveIn[$0] ?? false }
                for st in b.statements.reversed() {
                    if case .assign(let t, _, _) = st, isVersion(t) { live = false }
                    if st.uses.contains(name) { live = true }
                }
                if liveIn[b.label] != live {
                    liveIn[b.label] = live
                    changedLive = true
                }
            }
        }
        // Phis first get a placeholder per block; they are numbered in label order after.
        var phis: [Int: String] = [:]
        var reachIn: [Int: String?] = [:]
        var reachOut: [Int: String?] = [:]
        func lastDefinition(_ b: Block) -> String? {
            for case .assign(let t, _, _) in b.statements.reversed() where isVersion(t) { return t }
            return nil
        }
        var changed = true
        while changed {
            changed = false
            for b in blocks {
                // Where different names arrive, a new one stands for whichever came.
                let known = Set((preds[b.label] ?? []).compactMap { reachOut[$0] ?? nil })
                var entry: String?
                if let phi = phis[b.label] {
                    entry = phi
                } else if known.count > 1 && liveIn[b.label] == true {
                    let phi = "\u{0}phi\(b.label)"
                    phis[b.label] = phi
                    entry = phi
                } else {
                    entry = liveIn[b.label] == true ? known.first : nil
                }
                let exit = lastDefinition(b) ?? entry
                if reachIn[b.label] != .some(entry) || reachOut[b.label] != .some(exit) {
                    reachIn[b.label] = entry
                    reachOut[b.label] = exit
                    changed = true
                }
            }
        }
        var final: [String: String] = [:]
        for label in phis.keys.sorted() {
            final[phis[label]!] = "\(name).\(version)"
            version += 1
        }
        func named(_ v: String?) -> String? { v.map { final[$0] ?? $0 } }
        phis = phis.mapValues { final[$0]! }
        reachIn = reachIn.mapValues(named)
        reachOut = reachOut.mapValues(named)
        // Uses read the reaching name; phis are assigned at the end of each predecessor.
        for b in blocks.indices {
            var current = reachIn[blocks[b].label] ?? nil
            var out: [Statement] = []
            for s in blocks[b].statements {
                let renamed = s.renamingUses { $0 == name ? (current ?? name) : $0 }
                out.append(renamed)
                if case .assign(let t, _, _) = s, isVersion(t) { current = t }
            }
            blocks[b].statements = out
        }
        for b in blocks.indices {
            let label = blocks[b].label
            for s in blocks[b].successors {
                guard let phi = phis[s], let value = reachOut[label] ?? nil, value != phi else { continue }
                let last = blocks[b].statements.removeLast()
                // Numba gives the assignment the line of the definition it copies.
                var line = last.line
                for case .assign(let t, _, let l) in blocks[b].statements where t == value { line = l }
                blocks[b].statements.append(.assign(target: phi, value: .variable(value), line: line))
                blocks[b].statements.append(last)
            }
        }
    }

    /// Inserts Numba's `del` statements.
    mutating func insertDels() {
        let preds = predecessors
        // Live variables at each block's start, to a fixed point.
        var liveIn: [Int: Set<String>] = [:]
        var liveOut: [Int: Set<String>] = [:]
        var changed = true
        while changed {
            changed = false
            for b in blocks.reversed() {
                var live = Set(b.successors.flatMap { liveIn[$0] ?? [] })
                let out = live
                for s in b.statements.reversed() {
                    if case .assign(let t, _, _) = s { live.remove(t) }
                    live.formUnion(s.uses)
                }
                if liveIn[b.label] != live || liveOut[b.label] != out {
                    liveIn[b.label] = live
                    liveOut[b.label] = out
                    changed = true
                }
            }
        }
        for b in blocks.indices {
            let block = blocks[b]
            let out = liveOut[block.label] ?? []
            // What dies between a predecessor and this block: live out of it (or read by its
            // jump or branch) but not live here.
            var dying = Set<String>()
            for p in preds[block.label] ?? [] {
                let pb = blocks.first { $0.label == p }!
                dying.formUnion((liveOut[p] ?? []).union(pb.statements.last?.uses ?? []))
            }
            dying.subtract(liveIn[block.label] ?? [])
            var result: [Statement] = dying.sorted(by: >).map { .del($0, line: block.statements.first?.line ?? 0) }
            let terminator = block.statements.last
            // What each statement leaves dead, from one backward scan (the variables read
            // after it are gathered as the scan goes).
            var deadAfter = [[String]](repeating: [], count: block.statements.count)
            var later = Set<String>()
            let keep = Set(terminator?.isTerminator == true ? terminator!.uses : []).union(out)
            for i in block.statements.indices.reversed() {
                let s = block.statements[i]
                if !(i == block.statements.count - 1 && terminator?.isTerminator == true) {
                    var dead = Set(s.uses).subtracting(later).subtracting(keep)
                    if case .assign(let t, _, _) = s, !later.contains(t), !keep.contains(t) { dead.insert(t) }
                    deadAfter[i] = dead.sorted(by: >)
                }
                later.formUnion(s.uses)
            }
            for (i, s) in block.statements.enumerated() {
                result.append(s)
                result += deadAfter[i].map { .del($0, line: s.line) }
            }
            blocks[b].statements = result
        }
    }
}

extension NumbaIR.Block {
    var successors: [Int] {
        switch statements.last {
        case .jump(let t, _)?: return [t]
        case .branch(_, let t, let f, _)?: return [t, f]
        default: return []
        }
    }
}

extension NumbaIR.Statement {
    var uses: [String] {
        switch self {
        case .assign(_, let e, _): return e.operands
        case .del: return []
        case .ret(let v, _): return [v]
        case .jump: return []
        case .branch(let c, _, _, _): return [c]
        case .print(let args, _): return args
        case .setitem(let t, let i, let v, _): return [t, i, v]
        }
    }

    var isTerminator: Bool {
        switch self {
        case .ret, .jump, .branch: return true
        default: return false
        }
    }

    func renamingUses(_ r: (String) -> String) -> NumbaIR.Statement {
        switch self {
        case .assign(let t, let e, let l): return .assign(target: t, value: e.renaming(r), line: l)
        case .del: return self
        case .ret(let v, let l): return .ret(r(v), line: l)
        case .jump: return self
        case .branch(let c, let t, let f, let l): return .branch(condition: r(c), truebr: t, falsebr: f, line: l)
        case .print(let args, let l): return .print(args.map(r), line: l)
        case .setitem(let t, let i, let v, let l): return .setitem(target: r(t), index: r(i), value: r(v), line: l)
        }
    }
}
