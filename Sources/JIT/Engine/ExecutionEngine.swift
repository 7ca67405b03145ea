import CLLVM
import Foundation

/// The process's one ORC LLJIT, made on the first compile (so start-up never loads LLVM's
/// code generator): modules go in optimised with `default<O3>` for the host CPU, each under
/// its own resource tracker, and come out as native function addresses.
final class ExecutionEngine {
    nonisolated(unsafe) private static var instance: ExecutionEngine?
    static func shared() throws(JITError) -> ExecutionEngine {
        if let e = instance { return e }
        let e = try ExecutionEngine()
        instance = e
        return e
    }

    let jit: LLVMOrcLLJITRef
    let threadSafeContext: LLVMOrcThreadSafeContextRef
    let context: LLVMContextRef
    let targetMachine: LLVMTargetMachineRef
    let triple: String
    let dataLayout: String
    private let dylib: LLVMOrcJITDylibRef

    private init() throws(JITError) {
        LLVMInitializeX86TargetInfo()
        LLVMInitializeX86Target()
        LLVMInitializeX86TargetMC()
        LLVMInitializeX86AsmPrinter()
        LLVMInitializeX86AsmParser()
        var jit: LLVMOrcLLJITRef?
        try Self.check(LLVMOrcCreateLLJIT(&jit, nil))
        self.jit = jit!
        dylib = LLVMOrcLLJITGetMainJITDylib(jit)
        // libm and libc symbols (sin, pow, ...) resolve from the process.
        var generator: LLVMOrcDefinitionGeneratorRef?
        try Self.check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&generator, LLVMOrcLLJITGetGlobalPrefix(jit), nil, nil))
        LLVMOrcJITDylibAddGenerator(dylib, generator)
        threadSafeContext = LLVMOrcCreateNewThreadSafeContext()
        context = LLVMOrcThreadSafeContextGetContext(threadSafeContext)
        triple = String(cString: LLVMOrcLLJITGetTripleString(jit))
        dataLayout = String(cString: LLVMOrcLLJITGetDataLayoutStr(jit))
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        guard LLVMGetTargetFromTriple(triple, &target, &message) == 0, let target else {
            defer { LLVMDisposeMessage(message) }
            throw .unsupported("no LLVM target for \(triple): \(message.map { String(cString: $0) } ?? "")")
        }
        let cpu = LLVMGetHostCPUName(), features = LLVMGetHostCPUFeatures()
        defer { LLVMDisposeMessage(cpu); LLVMDisposeMessage(features) }
        targetMachine = LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelAggressive,
                                                LLVMRelocDefault, LLVMCodeModelJITDefault)
        try defineRuntimeSymbols()
    }

    static func check(_ error: LLVMErrorRef?) throws(JITError) {
        guard let error else { return }
        let message = LLVMGetErrorMessage(error)
        defer { LLVMDisposeErrorMessage(message) }
        throw .unsupported("LLVM: \(message.map { String(cString: $0) } ?? "?")")
    }

    /// A new module set up for this JIT's target.
    func makeModule(_ name: String) -> LLVMModuleRef {
        let m = LLVMModuleCreateWithNameInContext(name, context)!
        LLVMSetTarget(m, triple)
        LLVMSetDataLayout(m, dataLayout)
        return m
    }

    /// Optimises `module` (O3 for the host), returns its optimised IR text, and hands it to the JIT.
    func add(_ module: LLVMModuleRef) throws(JITError) -> String {
        var message: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0 {
            let text = message.map { String(cString: $0) } ?? ""
            LLVMDisposeMessage(message)
            // A lowering bug, not the user's: say so briefly (JITBOOK_DUMP_IR=1 shows the IR).
            if ProcessInfo.processInfo.environment["JITBOOK_DUMP_IR"] == "1" {
                FileHandle.standardError.write(Data(String(cString: LLVMPrintModuleToString(module)).utf8))
            }
            throw .unsupported("Jitbook made invalid LLVM IR for this function (a Jitbook bug): \(text.split(separator: "\n").first ?? "")")
        }
        LLVMDisposeMessage(message)
        let options = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(options) }
        try Self.check(LLVMRunPasses(module, "default<O3>", targetMachine, options))
        let irText = LLVMPrintModuleToString(module)!
        defer { LLVMDisposeMessage(irText) }
        let tracker = LLVMOrcJITDylibCreateResourceTracker(dylib)
        let tsm = LLVMOrcCreateNewThreadSafeModule(module, threadSafeContext)
        try Self.check(LLVMOrcLLJITAddLLVMIRModuleWithRT(jit, tracker, tsm))
        return String(cString: irText)
    }

    func address(of symbol: String) throws(JITError) -> UInt64 {
        var address: LLVMOrcExecutorAddress = 0
        try Self.check(LLVMOrcLLJITLookup(jit, &address, symbol))
        return address
    }

    /// Host assembly for an optimised module's IR text (`inspect_asm`).
    func assembly(ofIR text: String) -> String {
        let ctx = LLVMContextCreate()
        defer { LLVMContextDispose(ctx) }
        var module: LLVMModuleRef?
        var message: UnsafeMutablePointer<CChar>?
        let buffer = text.withCString { LLVMCreateMemoryBufferWithMemoryRangeCopy($0, strlen($0), "ir") }
        guard LLVMParseIRInContext(ctx, buffer, &module, &message) == 0, let module else {
            defer { LLVMDisposeMessage(message) }
            return message.map { String(cString: $0) } ?? ""
        }
        defer { LLVMDisposeModule(module) }
        var out: LLVMMemoryBufferRef?
        guard LLVMTargetMachineEmitToMemoryBuffer(targetMachine, module, LLVMAssemblyFile, &message, &out) == 0, let out else {
            defer { LLVMDisposeMessage(message) }
            return message.map { String(cString: $0) } ?? ""
        }
        defer { LLVMDisposeMemoryBuffer(out) }
        let start = LLVMGetBufferStart(out)!, size = LLVMGetBufferSize(out)
        return String(decoding: UnsafeRawBufferPointer(start: start, count: size), as: UTF8.self)
    }

    /// The Swift functions that compiled code calls (print, Python's float floor division...),
    /// by address: the executable's symbols are not in the dynamic symbol table.
    private func defineRuntimeSymbols() throws(JITError) {
        let symbols = RuntimeSymbols.all
        var pairs = symbols.map { (name, address) in
            LLVMOrcCSymbolMapPair(Name: LLVMOrcLLJITMangleAndIntern(jit, name),
                                  Sym: LLVMJITEvaluatedSymbol(Address: UInt64(UInt(bitPattern: address)),
                                                              Flags: LLVMJITSymbolFlags(GenericFlags: UInt8(LLVMJITSymbolGenericFlagsExported.rawValue | LLVMJITSymbolGenericFlagsCallable.rawValue), TargetFlags: 0)))
        }
        let unit = pairs.withUnsafeMutableBufferPointer { LLVMOrcAbsoluteSymbols($0.baseAddress, $0.count) }
        try Self.check(LLVMOrcJITDylibDefine(dylib, unit))
    }
}
