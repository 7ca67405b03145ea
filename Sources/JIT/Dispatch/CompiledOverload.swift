import PyRuntime

/// One compiled specialisation of a jitted function (Numba's `CompileResult`): the argument
/// types it was compiled for, and either a native entry point or, in object mode, the
/// interpreter.
final class CompiledOverload {
    typealias EntryPoint = @convention(c) (UnsafePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int64>) -> Int32

    let argTypes: [NumbaType]
    let returnType: NumbaType
    /// The native function's symbol (other jitted functions call it directly).
    let symbol: String
    /// The wrapper's symbol, looked up on the first call (when every function it calls,
    /// recursion included, is in the JIT); nil in object mode.
    let wrapperSymbol: String?
    private(set) var resolved: EntryPoint?
    /// Optimised LLVM IR (`inspect_llvm`).
    let llvmIR: String
    /// The typed IR, for `inspect_types`.
    let ir: NumbaIR
    let types: [String: NumbaType]
    let callSignatures: [String: NumbaType]

    init(argTypes: [NumbaType], returnType: NumbaType, symbol: String, wrapperSymbol: String?, llvmIR: String,
         ir: NumbaIR, types: [String: NumbaType], callSignatures: [String: NumbaType]) {
        self.argTypes = argTypes
        self.returnType = returnType
        self.symbol = symbol
        self.wrapperSymbol = wrapperSymbol
        self.llvmIR = llvmIR
        self.ir = ir
        self.types = types
        self.callSignatures = callSignatures
    }

    var isObjectMode: Bool { wrapperSymbol == nil }

    /// The native entry point (nil in object mode).
    func entry() throws(JITError) -> EntryPoint? {
        if let resolved { return resolved }
        guard let wrapperSymbol else { return nil }
        let address = try ExecutionEngine.shared().address(of: wrapperSymbol)
        let e = unsafeBitCast(UInt(address), to: EntryPoint.self)
        resolved = e
        return e
    }

    /// The number of 8-byte slots a value of `t` takes when flattened (tuples element-wise).
    static func slotCount(_ t: NumbaType) -> Int {
        if case .tuple(let items) = t { return items.reduce(0) { $0 + slotCount($1) } }
        // An array: its object, data pointer, shape and strides (NumPy's layout, read in place).
        if case .array(_, let ndim, _) = t { return 2 + 2 * ndim }
        return t == NumbaType.none ? 0 : 1
    }
}
