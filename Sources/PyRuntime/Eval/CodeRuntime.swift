import BigInt
import PyBytecode

/// One decoded instruction as the eval loop reads it: the opcode and its oparg with any
/// EXTENDED_ARG prefixes folded in. Stored at the index of its code unit, so jump offsets,
/// the exception table and `positions` index the array directly, as CPython's do.
struct DecodedInstruction {
    var opcode: Opcode
    var arg: Int32
    /// Code units to skip after this one (its inline CACHE entries).
    var cacheEntries: UInt8
}

/// What the interpreter derives from a `CodeObject` once, and shares between every function
/// made from it: decoded instructions, constants as values, interned names.
final class CodeRuntime {
    let code: CodeObject
    let instructions: UnsafeMutablePointer<DecodedInstruction>
    let instructionCount: Int
    let consts: UnsafeMutablePointer<PyValue>
    let names: UnsafeMutablePointer<PyStr>
    let nlocalsplus: Int
    let stacksize: Int
    let isGenerator: Bool
    /// Localsplus indices of cells that `MAKE_CELL` wraps.
    let argCount: Int
    let localNames: [PyStr]
    /// Only positional-or-keyword parameters (no keyword-only, `*args` or `**kwargs`): a call
    /// with exactly `argCount` positional arguments just moves them into place.
    let hasSimpleSignature: Bool
    /// True when a parameter is also a cell (so the fast call path must run MAKE_CELL).
    let hasCellsOrFrees: Bool
    /// The inline caches of the instructions that have one (InlineCache.swift); the first
    /// `CACHE` unit after such an instruction holds its index here.
    let caches: UnsafeMutablePointer<InlineCache>
    /// Frames of this code whose calls ended, for the next calls to reuse (Frame.swift).
    var freeFrames: Unmanaged<Frame>?
    /// Every data-stack frame made for this code: they live as long as it does, so nothing
    /// else needs to own them (Frame.swift). As many as the deepest recursion of the code.
    var frames: [Frame] = []

    private init(_ code: CodeObject) {
        self.code = code
        let units = code.code
        instructionCount = units.count
        instructions = .allocate(capacity: max(units.count, 1))
        var ext: Int32 = 0
        var i = 0
        var cacheCount: Int32 = 0
        while i < units.count {
            let unit = units[i]
            let op = Opcode(rawValue: UInt8(unit & 0xff)) ?? .nop
            var arg = Int32(unit >> 8)
            if op == .extendedArg {
                ext = (ext | arg) << 8
                instructions[i] = DecodedInstruction(opcode: .extendedArg, arg: 0, cacheEntries: 0)
                i += 1
                continue
            }
            arg |= ext
            ext = 0
            let caches = op.inlineCacheEntries
            instructions[i] = DecodedInstruction(opcode: op, arg: arg, cacheEntries: UInt8(caches))
            for c in 0..<caches where i + 1 + c < units.count {
                instructions[i + 1 + c] = DecodedInstruction(opcode: .cache, arg: 0, cacheEntries: 0)
            }
            if Self.hasInlineCache(op), i + 1 < units.count {
                instructions[i + 1].arg = cacheCount
                cacheCount += 1
            }
            i += 1 + caches
        }
        caches = .allocate(capacity: max(Int(cacheCount), 1))
        caches.initialize(repeating: InlineCache(), count: max(Int(cacheCount), 1))
        consts = .allocate(capacity: max(code.consts.count, 1))
        for (n, c) in code.consts.enumerated() {
            (consts + n).initialize(to: CodeRuntime.value(of: c))
        }
        names = .allocate(capacity: max(code.names.count, 1))
        for (n, name) in code.names.enumerated() {
            (names + n).initialize(to: Names.intern(name))
        }
        nlocalsplus = code.localsplusNames.count
        stacksize = code.stacksize
        isGenerator = code.flags.contains(.generator)
        argCount = code.argcount + code.kwonlyargcount
            + (code.flags.contains(.varargs) ? 1 : 0) + (code.flags.contains(.varkeywords) ? 1 : 0)
        hasSimpleSignature = code.kwonlyargcount == 0 && !code.flags.contains(.varargs)
            && !code.flags.contains(.varkeywords)
        localNames = code.localsplusNames.map { Names.intern($0) }
        hasCellsOrFrees = code.localsplusKinds.contains { $0.contains(.cell) || $0.contains(.free) }
    }

    /// The instructions the eval loop caches lookups for (all have CACHE units in 3.11).
    private static func hasInlineCache(_ op: Opcode) -> Bool {
        op == .loadGlobal || op == .loadAttr || op == .storeAttr || op == .loadMethod
    }

    nonisolated(unsafe) private static var cache: [ObjectIdentifier: CodeRuntime] = [:]

    /// The shared runtime form of `code` (made on first use; code objects live as long as the
    /// functions and constants that hold them, and so does this cache entry).
    static func of(_ code: CodeObject) -> CodeRuntime {
        let key = ObjectIdentifier(code)
        if let r = cache[key] { return r }
        let r = CodeRuntime(code)
        cache[key] = r
        return r
    }

    /// A compile-time constant as a run-time value.
    static func value(of c: CodeConstant) -> PyValue {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return .ellipsis
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .complex(let r, let i): return .object(PyComplex(Complex(r, i)))
        case .str(let s): return .object(PyStr(s))
        case .bytes(let b): return .object(PyBytes(b))
        case .tuple(let items): return .object(PyTuple(items.map(value(of:))))
        case .frozenset(let items):
            let set = PySet(frozen: true)
            // Constant elements are hashable, so adding cannot fail.
            for item in items { try? set.add(value(of: item)) }
            return .object(set)
        case .code(let code): return .object(PyCode(code))
        }
    }

    /// The source position of the instruction at code unit `index`.
    func position(at index: Int) -> SourcePosition? {
        index >= 0 && index < code.positions.count ? code.positions[index] : nil
    }
}

/// A code object as a Python value (`f.__code__`, a constant of the enclosing code).
public final class PyCode: PyObject {
    public let code: CodeObject
    public init(_ code: CodeObject) {
        self.code = code
        super.init(type: Types.code)
    }
}
