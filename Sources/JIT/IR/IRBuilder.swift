import PyBytecode
import PyRuntime

/// Numba's bytecode interpreter (numba.core.byteflow + interpreter): runs the function's
/// bytecode symbolically, one basic block at a time, and writes Numba IR. Values on the stack
/// are variable names; a value left on the stack at a block's end reaches the next block as a
/// `$phi<label>.<k>` variable, assigned at the end of each predecessor.
struct IRBuilder {
    let code: CodeObject
    let globals: PyDict
    private let instructions: [Instruction]
    private var blocks: [Int: NumbaIR.Block] = [:]
    /// For each block: its predecessors' outgoing stacks.
    private var incoming: [Int: [(from: Int, stack: [String])]] = [:]
    private var entryDepth: [Int: Int] = [:]

    /// The dispatcher being compiled: its own name may not be bound yet when an eager
    /// signature compiles it at decoration, so a recursive call finds it here.
    let function: Dispatcher?

    init(code: CodeObject, globals: PyDict, function: Dispatcher? = nil) {
        self.code = code
        self.globals = globals
        self.function = function
        instructions = code.instructions()
    }

    /// Numba labels a block by the offset of its first instruction plus 2 (it prepends a NOP);
    /// the entry block is label 0.
    static func label(_ offset: Int) -> Int { offset == 0 ? 0 : offset + 2 }

    mutating func build() throws(JITError) -> NumbaIR {
        // try/except and with need the exception table, which nopython mode does not run yet.
        if !code.exceptionTable.isEmpty { throw .unsupported("try/except or with blocks in nopython mode") }
        let starts = blockStarts()
        var work = [0]
        entryDepth[0] = 0
        var done = Set<Int>()
        while let start = work.popLast() {
            guard done.insert(start).inserted else { continue }
            let successors = try simulate(blockAt: start, starts: starts)
            for (target, depth) in successors where !done.contains(target) {
                entryDepth[target] = depth
                work.append(target)
            }
        }
        var ir = NumbaIR(blocks: blocks.keys.sorted().map { blocks[$0]! }, argNames: Array(code.varnames.prefix(code.argcount)),
                         firstLine: code.firstlineno)
        resolvePhis(&ir)
        return ir
    }

    /// Offsets where blocks begin: the entry, jump targets, and whatever follows a jump,
    /// branch or return.
    private func blockStarts() -> Set<Int> {
        var starts: Set<Int> = [0]
        for (i, inst) in instructions.enumerated() {
            if let t = inst.jumpTarget { starts.insert(t) }
            if inst.opcode.isBlockEnd, i + 1 < instructions.count { starts.insert(instructions[i + 1].startOffset) }
        }
        return starts
    }

    /// Runs one block; returns its successors (by offset) and the stack depth each receives.
    private mutating func simulate(blockAt start: Int, starts: Set<Int>) throws(JITError) -> [(Int, Int)] {
        let label = Self.label(start)
        var state = BlockState(label: label)
        let depth = entryDepth[start] ?? 0
        // A NULL that CALL will consume passes through as itself (it is no value).
        let first = incoming[start]?.first?.stack ?? []
        state.stack = (0..<depth).map { k in
            let phi = state.temp("$phi\(label)")
            return k < first.count && first[k].hasPrefix("$null") ? first[k] : phi
        }
        var index = instructions.firstIndex { $0.startOffset == start }!
        var successors: [(Int, Int)] = []
        func leave(to target: Int, stack: [String], line: Int) {
            incoming[target, default: []].append((label, stack))
            successors.append((target, stack.count))
        }
        while index < instructions.count {
            let inst = instructions[index]
            if inst.startOffset != start && starts.contains(inst.startOffset) {
                // Falls through into the next block.
                leave(to: inst.startOffset, stack: state.stack, line: state.line)
                state.append(.jump(Self.label(inst.startOffset), line: state.line))
                break
            }
            if let l = inst.line { state.line = l }
            let pc = inst.offset + 2
            switch try step(inst, pc: pc, &state) {
            case .next:
                index += 1
                continue
            case .jump(let target):
                leave(to: target, stack: state.stack, line: state.line)
                state.append(.jump(Self.label(target), line: state.line))
            case .branch(let condition, let whenTrue, let whenFalse, let trueStack, let falseStack):
                leave(to: whenTrue, stack: trueStack, line: state.line)
                leave(to: whenFalse, stack: falseStack, line: state.line)
                state.append(.branch(condition: condition, truebr: Self.label(whenTrue), falsebr: Self.label(whenFalse),
                                     line: state.line))
            case .end:
                break
            }
            break
        }
        blocks[label] = NumbaIR.Block(label: label, statements: state.statements)
        return successors
    }

    private enum Flow {
        case next
        case jump(Int)
        case branch(String, Int, Int, [String], [String])
        case end
    }

    /// One block's symbolic state: the stack of variable names and the temporaries made so far
    /// (Numba names a temporary `$<pc><opname>.<k>`, k counting the block's temporaries).
    struct BlockState {
        let label: Int
        var stack: [String] = []
        var statements: [NumbaIR.Statement] = []
        var count = 0
        var line = 0
        /// The names KW_NAMES gave the next CALL's last arguments.
        var keywordNames: [String] = []

        mutating func temp(_ prefix: String) -> String {
            defer { count += 1 }
            return "\(prefix).\(count)"
        }

        mutating func append(_ s: NumbaIR.Statement) { statements.append(s) }

        mutating func assign(_ target: String, _ value: NumbaIR.Expr) {
            statements.append(.assign(target: target, value: value, line: line))
        }

        mutating func pop() throws(JITError) -> String {
            guard let v = stack.popLast() else { throw .unsupported("stack underflow") }
            return v
        }
    }

    private func opname(_ inst: Instruction) -> String { inst.opcode.name.lowercased() }

    private func step(_ inst: Instruction, pc: Int, _ s: inout BlockState) throws(JITError) -> Flow {
        switch inst.opcode {
        case .resume, .nop, .precall, .cache, .extendedArg:
            return .next
        case .loadFast:
            let name = code.varnames[inst.arg!]
            _ = s.temp("$\(pc)load_fast")
            s.stack.append(name)
        case .storeFast:
            let name = code.varnames[inst.arg!]
            let value = try s.pop()
            // A value still on the stack that reads the old variable keeps the old value.
            if s.stack.contains(name) {
                let saved = s.temp("$\(pc)store_fast")
                s.assign(saved, .variable(name))
                s.stack = s.stack.map { $0 == name ? saved : $0 }
            }
            // A value computed just for this store is assigned directly (`x = const(int, 1)`,
            // `v = n / $const16.1`), as Numba's IR shows it; not when it reads the variable
            // being assigned (`n = n // 2`, `total += x`), which keeps its temporary.
            if value.hasPrefix("$"), case .assign(let t, let e, _)? = s.statements.last, t == value,
               !e.operands.contains(name), !s.stack.contains(value) {
                s.statements.removeLast()
                s.assign(name, e)
            } else {
                s.assign(name, .variable(value))
            }
        case .loadConst:
            let t = s.temp("$const\(pc)")
            s.assign(t, .const(try Self.constant(code.consts[inst.arg!])))
            s.stack.append(t)
        case .loadGlobal:
            let name = code.names[inst.arg! >> 1]
            let t = s.temp("$\(pc)load_global")
            if inst.arg! & 1 == 1 { s.stack.append(s.temp("$null")) }
            let value = globals.lookup(name) ?? Runtime.builtins.lookup(name)
            guard let value = value ?? (name == code.name ? function.map { .object($0) } : nil) else {
                throw .untypedGlobal(name, line: s.line)
            }
            s.assign(t, .global(name: name, value: value))
            s.stack.append(t)
        case .loadAttr:
            let owner = try s.pop()
            let t = s.temp("$\(pc)load_attr")
            s.assign(t, .getattr(value: owner, attr: code.names[inst.arg!]))
            s.stack.append(t)
        case .loadMethod:
            let owner = try s.pop()
            let t = s.temp("$\(pc)load_method")
            s.stack.append(s.temp("$null"))
            s.assign(t, .getattr(value: owner, attr: code.names[inst.arg!]))
            s.stack.append(t)
        case .pushNull:
            s.stack.append(s.temp("$null"))
        case .kwNames:
            guard case .constant(.tuple(let names)) = inst.argval else { throw .unsupported("KW_NAMES") }
            s.keywordNames = names.compactMap { if case .str(let n) = $0 { return n }; return nil }
        case .call:
            let n = inst.arg!
            var args: [String] = []
            for _ in 0..<n { args.insert(try s.pop(), at: 0) }
            let keywordValues = Array(args.suffix(s.keywordNames.count))
            let kws = Array(zip(s.keywordNames, keywordValues))
            args.removeLast(s.keywordNames.count)
            s.keywordNames = []
            var function = try s.pop()
            let below = try s.pop()
            // [NULL, f, args] calls f; [f, self, args] calls a bound method.
            if !below.hasPrefix("$null") {
                args.insert(function, at: 0)
                function = below
            }
            let t = s.temp("$\(pc)call")
            if case .global(let name, let value)? = definition(of: function, in: s), name == "print", kws.isEmpty,
               case .object(let o) = value, o === Runtime.builtins.lookup("print")?.object {
                s.append(.print(args, line: s.line))
                s.assign(t, .const(.none))
            } else {
                s.assign(t, .call(function: function, args: args, kws: kws))
            }
            s.stack.append(t)
        case .binaryOp:
            let rhs = try s.pop(), lhs = try s.pop()
            let (op, inplace) = try Self.binaryOperator(inst.arg!)
            let t = s.temp("$binop_\(inplace ? "i" : "")\(op.functionName)\(pc)")
            s.assign(t, inplace ? .inplaceBinop(op, lhs: lhs, rhs: rhs) : .binop(op, lhs: lhs, rhs: rhs))
            s.stack.append(t)
        case .isOp:
            let rhs = try s.pop(), lhs = try s.pop()
            let t = s.temp("$\(pc)is_op")
            s.assign(t, .binop(inst.arg == 1 ? .isNot : .is, lhs: lhs, rhs: rhs))
            s.stack.append(t)
        case .compareOp:
            let rhs = try s.pop(), lhs = try s.pop()
            guard case .compare(let symbol) = inst.argval, let op = NumbaIR.BinaryOp(rawValue: symbol) else {
                throw .unsupported("comparison \(inst.argrepr)")
            }
            let t = s.temp("$\(pc)compare_op")
            s.assign(t, .binop(op, lhs: lhs, rhs: rhs))
            s.stack.append(t)
        case .unaryNegative, .unaryPositive, .unaryNot, .unaryInvert:
            let v = try s.pop()
            let op: NumbaIR.UnaryOp = inst.opcode == .unaryNegative ? .neg : inst.opcode == .unaryPositive ? .pos
                : inst.opcode == .unaryNot ? .not : .invert
            let t = s.temp("$\(pc)\(opname(inst))")
            s.assign(t, .unary(op, value: v))
            s.stack.append(t)
        case .binarySubscr:
            let index = try s.pop(), value = try s.pop()
            let t = s.temp("$\(pc)binary_subscr")
            if case .int(let i)? = constantDefinition(of: index, in: s) {
                s.assign(t, .staticGetitem(value: value, index: i, indexVar: index))
            } else {
                s.assign(t, .getitem(value: value, index: index))
            }
            s.stack.append(t)
        case .storeSubscr:
            let index = try s.pop(), target = try s.pop(), value = try s.pop()
            s.append(.setitem(target: target, index: index, value: value, line: s.line))
        case .buildTuple:
            var items: [String] = []
            for _ in 0..<inst.arg! { items.insert(try s.pop(), at: 0) }
            let t = s.temp("$\(pc)build_tuple")
            s.assign(t, .buildTuple(items))
            s.stack.append(t)
        case .unpackSequence:
            let n = inst.arg!
            let value = try s.pop()
            // Numba names the items' temporaries before the tuple's.
            let items = (0..<n).map { _ in s.temp("$\(pc)unpack_sequence") }
            let tuple = s.temp("$\(pc)unpack_sequence")
            s.assign(tuple, .exhaustIter(value, count: n))
            for (i, t) in items.enumerated() {
                s.assign(t, .staticGetitem(value: tuple, index: i, indexVar: nil))
            }
            s.stack.append(contentsOf: items.reversed())
        case .popTop:
            _ = try s.pop()
        case .copy:
            let n = inst.arg!
            guard n <= s.stack.count else { throw .unsupported("COPY") }
            s.stack.append(s.stack[s.stack.count - n])
        case .swap:
            let n = inst.arg!
            guard n <= s.stack.count else { throw .unsupported("SWAP") }
            s.stack.swapAt(s.stack.count - 1, s.stack.count - n)
        case .getIter:
            let v = try s.pop()
            let t = s.temp("$\(pc)get_iter")
            s.assign(t, .getiter(v))
            s.stack.append(t)
        case .forIter:
            let iterator = s.stack.last!
            let pair = s.temp("$\(pc)for_iter"), value = s.temp("$\(pc)for_iter"), more = s.temp("$\(pc)for_iter")
            s.assign(pair, .iternext(iterator))
            s.assign(value, .pairFirst(pair))
            s.assign(more, .pairSecond(pair))
            let exhausted = Array(s.stack.dropLast())
            return .branch(more, inst.nextOffset, inst.jumpTarget!, s.stack + [value], exhausted)
        case .returnValue:
            let v = try s.pop()
            let t = s.temp("$\(pc)return_value")
            s.assign(t, .cast(v))
            s.append(.ret(t, line: s.line))
            return .end
        case .jumpForward, .jumpBackward, .jumpBackwardNoInterrupt:
            return .jump(inst.jumpTarget!)
        case .popJumpForwardIfFalse, .popJumpBackwardIfFalse, .popJumpForwardIfTrue, .popJumpBackwardIfTrue:
            let condition = try s.pop()
            let jumpsWhenTrue = inst.opcode == .popJumpForwardIfTrue || inst.opcode == .popJumpBackwardIfTrue
            let (t, f) = jumpsWhenTrue ? (inst.jumpTarget!, inst.nextOffset) : (inst.nextOffset, inst.jumpTarget!)
            return .branch(try truth(condition, pc: pc, &s), t, f, s.stack, s.stack)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
            let condition = s.stack.last!
            let popped = Array(s.stack.dropLast())
            let truth = try truth(condition, pc: pc, &s)
            if inst.opcode == .jumpIfTrueOrPop {
                return .branch(truth, inst.jumpTarget!, inst.nextOffset, s.stack, popped)
            }
            return .branch(truth, inst.nextOffset, inst.jumpTarget!, popped, s.stack)
        default:
            throw .unsupported("use of \(inst.opcode.name) (\(opname(inst)))")
        }
        return .next
    }

    /// A branch tests `bool(value)`, as Numba's `$<pc>pred = bool(...)` does.
    private func truth(_ value: String, pc: Int, _ s: inout BlockState) throws(JITError) -> String {
        let function = "$bool\(pc)", predicate = "$\(pc)pred"
        s.assign(function, .global(name: "bool", value: Runtime.builtins.lookup("bool")!))
        s.assign(predicate, .call(function: function, args: [value], kws: []))
        return predicate
    }

    private func definition(of name: String, in s: BlockState) -> NumbaIR.Expr? {
        for case .assign(let t, let e, _) in s.statements.reversed() where t == name { return e }
        return nil
    }

    private func constantDefinition(of name: String, in s: BlockState) -> PyValue? {
        if case .const(let v)? = definition(of: name, in: s) { return v }
        return nil
    }

    /// Fills in the stack phis: a phi whose every incoming value is one other phi becomes that
    /// phi; the rest are assigned at the end of each predecessor, before its jump.
    private func resolvePhis(_ ir: inout NumbaIR) {
        var replace: [String: String] = [:]
        func resolved(_ v: String) -> String {
            var v = v
            while let r = replace[v], r != v { v = r }
            return v
        }
        var changed = true
        while changed {
            changed = false
            for (target, edges) in incoming {
                let label = Self.label(target)
                guard let depth = edges.first?.stack.count else { continue }
                for k in 0..<depth {
                    let phi = "$phi\(label).\(k)"
                    guard replace[phi] == nil else { continue }
                    let sources = Set(edges.map { resolved($0.stack[k]) }).subtracting([phi])
                    if sources.count == 1, let only = sources.first, only.hasPrefix("$phi") {
                        replace[phi] = only
                        changed = true
                    }
                }
            }
        }
        var assignments: [Int: [(String, String)]] = [:]
        for (target, edges) in incoming {
            let label = Self.label(target)
            for edge in edges {
                for (k, value) in edge.stack.enumerated() where !value.hasPrefix("$null") {
                    let phi = "$phi\(label).\(k)"
                    guard replace[phi] == nil, resolved(value) != phi else { continue }
                    assignments[edge.from, default: []].append((phi, resolved(value)))
                }
            }
        }
        for b in ir.blocks.indices {
            var statements = ir.blocks[b].statements.map { $0.renaming(resolved) }
            if let phis = assignments[ir.blocks[b].label], let last = statements.popLast() {
                for (phi, value) in phis.sorted(by: { $0.0 < $1.0 }) {
                    statements.append(.assign(target: phi, value: .variable(value), line: last.line))
                }
                statements.append(last)
            }
            ir.blocks[b].statements = statements
        }
    }

    static func constant(_ c: CodeConstant) throws(JITError) -> PyValue {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i):
            guard let v = Int(exactly: i) else { throw .unsupported("integer constant \(i) (beyond int64)") }
            return .int(v)
        case .float(let d): return .float(d)
        case .complex(let r, let i): return .object(PyComplex(Complex(r, i)))
        case .str(let s): return .object(PyStr(s))
        case .tuple(let items):
            var values: [PyValue] = []
            for item in items { values.append(try constant(item)) }
            return .object(PyTuple(values))
        default: throw .unsupported("constant of this kind")
        }
    }

    /// BINARY_OP's argument: NB_ADD... and their in-place forms (13 and up).
    static func binaryOperator(_ arg: Int) throws(JITError) -> (NumbaIR.BinaryOp, inplace: Bool) {
        let ops: [NumbaIR.BinaryOp?] = [.add, .and, .floordiv, .lshift, nil, .mul, .mod, .or, .pow, .rshift, .sub,
                                         .truediv, .xor]
        guard let op = ops[arg % 13] else { throw .unsupported("the @ operator") }
        return (op, arg >= 13)
    }
}

extension NumbaIR.Statement {
    /// The statement with each variable name passed through `rename`.
    func renaming(_ rename: (String) -> String) -> NumbaIR.Statement {
        switch self {
        case .assign(let t, let e, let l): return .assign(target: rename(t), value: e.renaming(rename), line: l)
        case .del(let v, let l): return .del(rename(v), line: l)
        case .ret(let v, let l): return .ret(rename(v), line: l)
        case .jump: return self
        case .branch(let c, let t, let f, let l): return .branch(condition: rename(c), truebr: t, falsebr: f, line: l)
        case .print(let args, let l): return .print(args.map(rename), line: l)
        case .setitem(let t, let i, let v, let l): return .setitem(target: rename(t), index: rename(i), value: rename(v), line: l)
        }
    }
}

extension NumbaIR.Expr {
    func renaming(_ r: (String) -> String) -> NumbaIR.Expr {
        switch self {
        case .arg, .const, .global: return self
        case .getattr(let v, let a): return .getattr(value: r(v), attr: a)
        case .binop(let op, let a, let b): return .binop(op, lhs: r(a), rhs: r(b))
        case .inplaceBinop(let op, let a, let b): return .inplaceBinop(op, lhs: r(a), rhs: r(b))
        case .unary(let op, let v): return .unary(op, value: r(v))
        case .call(let f, let args, let kws): return .call(function: r(f), args: args.map(r), kws: kws.map { ($0.0, r($0.1)) })
        case .getiter(let v): return .getiter(r(v))
        case .iternext(let v): return .iternext(r(v))
        case .pairFirst(let v): return .pairFirst(r(v))
        case .pairSecond(let v): return .pairSecond(r(v))
        case .buildTuple(let items): return .buildTuple(items.map(r))
        case .exhaustIter(let v, let n): return .exhaustIter(r(v), count: n)
        case .staticGetitem(let v, let i, let iv): return .staticGetitem(value: r(v), index: i, indexVar: iv.map(r))
        case .getitem(let v, let i): return .getitem(value: r(v), index: r(i))
        case .cast(let v): return .cast(r(v))
        case .variable(let v): return .variable(r(v))
        }
    }
}

extension Opcode {
    /// Whether a basic block ends after this instruction.
    var isBlockEnd: Bool {
        switch self {
        case .returnValue, .jumpForward, .jumpBackward, .jumpBackwardNoInterrupt, .forIter,
             .popJumpForwardIfFalse, .popJumpForwardIfTrue, .popJumpBackwardIfFalse, .popJumpBackwardIfTrue,
             .jumpIfFalseOrPop, .jumpIfTrueOrPop, .raiseVarargs:
            return true
        default: return false
        }
    }
}
