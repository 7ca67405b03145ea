import PySyntax

// The only place that knows how instructions are encoded (style rule 4). The compiler's visitors
// call `addOp` / `addJump` / `useNextBlock`; the builder keeps CPython 3.11's control-flow graph
// of basic blocks (Python/compile.c: `basicblock`, `compiler_addop*`, `compiler_use_next_block`),
// the constant, name and variable tables, and the current source location. Its `assemble`
// (CodeBuilder+Assemble.swift) runs 3.11's flowgraph passes (CodeBuilder+Optimize.swift) and
// encodes EXTENDED_ARG, jump offsets, the position table and the exception table.

/// An instruction as the CFG holds it: a real opcode, or one of the pseudo-instructions that
/// 3.11's compiler uses and the assembler removes (Python/compile.c: `SETUP_FINALLY` ...
/// `POP_JUMP_IF_NOT_NONE`). Conditional pseudo-jumps become the FORWARD/BACKWARD opcodes once
/// block order is final.
enum BuilderOp: Equatable {
    case real(Opcode)
    /// Pushes an exception handler (the target); becomes a NOP and an exception-table row.
    case setupFinally
    /// As setupFinally, but the handler also receives `lasti`.
    case setupCleanup
    /// As setupCleanup, for `with` (the handler gets the exit function's stack position).
    case setupWith
    /// Pops the innermost exception handler.
    case popBlock
    case jump
    case jumpNoInterrupt
    case popJumpIfFalse
    case popJumpIfTrue
    case popJumpIfNone
    case popJumpIfNotNone

    /// Whether the instruction has a jump target (CPython's `is_jump`).
    var isJump: Bool {
        switch self {
        case .real(let op): return op.isJump
        case .jump, .jumpNoInterrupt, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone,
             .popJumpIfNotNone:
            return true
        case .setupFinally, .setupCleanup, .setupWith, .popBlock:
            return false
        }
    }

    /// `is_block_push`.
    var isBlockPush: Bool {
        self == .setupFinally || self == .setupCleanup || self == .setupWith
    }

    /// Whether the instruction ends a basic block (`is_end_of_basic_block`).
    var endsBlock: Bool {
        isJump || self == .real(.returnValue) || self == .real(.raiseVarargs)
            || self == .real(.reraise)
    }

    /// The stack effect the depth pass uses; pseudo-instructions are answered here, real ones
    /// by the opcode table.
    func stackEffect(oparg: Int, jump: Bool) -> Int {
        switch self {
        case .real(let op): return op.stackEffect(oparg: oparg, jump: jump)
        case .setupFinally: return jump ? 1 : 0
        case .setupCleanup: return jump ? 2 : 0
        case .setupWith: return jump ? 1 : 0
        case .popBlock, .jump, .jumpNoInterrupt: return 0
        case .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone: return -1
        }
    }

    var opcode: Opcode? {
        if case .real(let op) = self { return op }
        return nil
    }
}

/// A source location as the compiler tracks it (`i_lineno`, `i_end_lineno`, `i_col_offset`,
/// `i_end_col_offset`); -1 means "none" (an artificial instruction).
struct Loc: Equatable {
    var lineno: Int
    var endLineno: Int
    var col: Int
    var endCol: Int

    static let none = Loc(lineno: -1, endLineno: -1, col: -1, endCol: -1)

    init(lineno: Int, endLineno: Int, col: Int, endCol: Int) {
        self.lineno = lineno
        self.endLineno = endLineno
        self.col = col
        self.endCol = endCol
    }

    init(_ r: SourceRange) {
        self.init(lineno: r.lineno, endLineno: r.endLineno, col: r.colOffset,
                  endCol: r.endColOffset)
    }
}

/// One CFG instruction (`struct instr`).
struct Instr {
    var op: BuilderOp
    var oparg: Int
    /// Jump or handler target.
    var target: BasicBlock?
    /// Innermost exception handler, filled in by `labelExceptionTargets`.
    var except: BasicBlock?
    var loc: Loc
}

/// A basic block (`basicblock`): straight-line instructions, the fall-through successor
/// (`next`), and flags the passes compute.
final class BasicBlock {
    var instrs: [Instr] = []
    /// The block reached by falling off the end (`b_next`), in emission order.
    var next: BasicBlock?
    var exceptStack: [BasicBlock?]?
    var predecessors = 0
    var startDepth = Int.min
    /// Offset in code units, once laid out.
    var offset = 0
    var noFallthrough = false
    var preserveLasti = false
    var visited = false
    var exit = false
    var returns = false

    var last: Instr? { instrs.last }
}

/// Builds one code object's instruction graph and tables; see the file comment.
final class CodeBuilder {
    /// Every block in allocation order. CPython's `u_blocks`/`b_list` chain is this list
    /// reversed; passes that walk `b_list` walk this backwards.
    private(set) var blocks: [BasicBlock] = []
    /// The block instructions are appended to (`u_curblock`).
    private(set) var current: BasicBlock
    /// Set after a jump, return or raise: the next instruction starts a new block.
    private var needNewImplicitBlock = false
    /// Location given to the next instructions (`u_lineno` ... `u_end_col_offset`).
    var loc: Loc

    // Tables (`u_consts`, `u_names`, `u_varnames`, `u_cellvars`, `u_freevars`).
    private(set) var consts: [CodeConstant] = []
    private var constIndex: [ConstantKey: Int] = [:]
    private(set) var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    private(set) var varnames: [String] = []
    private var varnameIndex: [String: Int] = [:]
    /// Cell variables in index order (sorted, or `__class__`).
    let cellvars: [String]
    /// Free variables in index order; their indices start after the cells.
    let freevars: [String]

    init(firstLineno: Int, parameters: [String], cellvars: [String], freevars: [String]) {
        let entry = BasicBlock()
        blocks = [entry]
        current = entry
        loc = Loc(lineno: firstLineno, endLineno: firstLineno, col: 0, endCol: 0)
        self.cellvars = cellvars
        self.freevars = freevars
        for p in parameters { _ = addVarname(p) }
    }

    // MARK: Blocks

    /// A new, empty block (`compiler_new_block`).
    func newBlock() -> BasicBlock {
        let b = BasicBlock()
        blocks.append(b)
        return b
    }

    /// Makes `block` the fall-through successor of the current block and the current block
    /// (`compiler_use_next_block`).
    @discardableResult
    func useNextBlock(_ block: BasicBlock) -> BasicBlock {
        current.next = block
        current = block
        needNewImplicitBlock = false
        return block
    }

    private func startImplicitBlockIfNeeded() {
        if needNewImplicitBlock { useNextBlock(newBlock()) }
    }

    // MARK: Emitting

    /// Appends an instruction at the current location (`compiler_addop`, `compiler_addop_i`).
    func addOp(_ op: Opcode, _ oparg: Int = 0) {
        add(Instr(op: .real(op), oparg: oparg, target: nil, except: nil, loc: loc))
    }

    /// Appends a pseudo-instruction without a target (POP_BLOCK).
    func addOp(_ op: BuilderOp, _ oparg: Int = 0) {
        add(Instr(op: op, oparg: oparg, target: nil, except: nil, loc: loc))
    }

    /// Appends an artificial instruction with no line (`compiler_addop_noline`).
    func addOpNoLine(_ op: Opcode, _ oparg: Int = 0) {
        add(Instr(op: .real(op), oparg: oparg, target: nil, except: nil, loc: .none))
    }

    /// Appends a pseudo-instruction with no line.
    func addOpNoLine(_ op: BuilderOp) {
        add(Instr(op: op, oparg: 0, target: nil, except: nil, loc: .none))
    }

    /// Appends a jump (or handler push) to `target` (`compiler_addop_j`).
    func addJump(_ op: BuilderOp, to target: BasicBlock) {
        add(Instr(op: op, oparg: 0, target: target, except: nil, loc: loc))
    }

    /// Appends an artificial jump with no line (`compiler_addop_j_noline`).
    func addJumpNoLine(_ op: BuilderOp, to target: BasicBlock) {
        add(Instr(op: op, oparg: 0, target: target, except: nil, loc: .none))
    }

    private func add(_ instr: Instr) {
        startImplicitBlockIfNeeded()
        current.instrs.append(instr)
        if instr.op == .real(.returnValue) { current.returns = true }
        if instr.op.endsBlock { needNewImplicitBlock = true }
    }

    /// LOAD_CONST of a constant (`ADDOP_LOAD_CONST`).
    func loadConst(_ c: CodeConstant) {
        addOp(.loadConst, addConst(c))
    }

    // MARK: Tables

    /// Index of a constant in `co_consts`, adding it if new (`compiler_add_const`).
    @discardableResult
    func addConst(_ c: CodeConstant) -> Int {
        let key = ConstantKey(c)
        if let i = constIndex[key] { return i }
        consts.append(c)
        constIndex[key] = consts.count - 1
        return consts.count - 1
    }

    /// Index of a name in `co_names`, adding it if new.
    func addName(_ name: String) -> Int {
        if let i = nameIndex[name] { return i }
        names.append(name)
        nameIndex[name] = names.count - 1
        return names.count - 1
    }

    /// Index of a local variable, adding it if new (locals are numbered in order of first use).
    func addVarname(_ name: String) -> Int {
        if let i = varnameIndex[name] { return i }
        varnames.append(name)
        varnameIndex[name] = varnames.count - 1
        return varnames.count - 1
    }

    func cellIndex(_ name: String) -> Int? { cellvars.firstIndex(of: name) }

    func freeIndex(_ name: String) -> Int? {
        freevars.firstIndex(of: name).map { $0 + cellvars.count }
    }

    func varnameIndexOf(_ name: String) -> Int? { varnameIndex[name] }
}
