import CLLVM
import PyRuntime

/// Numba's lowering (numba.core.lowering): the typed IR as one LLVM function
/// `i32 @name(ptr %retptr, ptr %excinfo, args...)` that returns a status (0, or 1 with an
/// exception index in `*excinfo`) and stores its result through `%retptr`. Every variable is
/// an entry-block alloca; O3's mem2reg turns them into registers. Floating point has no
/// fast-math flags unless `fastmath=True`, as in Numba.
struct Lowering {
    let ir: NumbaIR
    let typing: TypeInference
    let argTypes: [NumbaType]
    let returnType: NumbaType
    let symbol: String
    let fastmath: Bool
    let boundscheck: Bool
    let engine: ExecutionEngine
    let module: LLVMModuleRef

    private let context: LLVMContextRef
    private let builder: LLVMBuilderRef
    private var function: LLVMValueRef!
    private var slots: [String: LLVMValueRef] = [:]
    private var blocks: [Int: LLVMBasicBlockRef] = [:]
    private var entry: LLVMBasicBlockRef!

    init(ir: NumbaIR, typing: TypeInference, argTypes: [NumbaType], symbol: String, fastmath: Bool,
         boundscheck: Bool = false, engine: ExecutionEngine, module: LLVMModuleRef) {
        self.boundscheck = boundscheck
        self.ir = ir
        self.typing = typing
        self.argTypes = argTypes
        self.returnType = typing.returnType ?? .none
        self.symbol = symbol
        self.fastmath = fastmath
        self.engine = engine
        self.module = module
        context = engine.context
        builder = LLVMCreateBuilderInContext(engine.context)
    }

    // MARK: Types

    var i1: LLVMTypeRef { LLVMInt1TypeInContext(context) }
    var i8: LLVMTypeRef { LLVMInt8TypeInContext(context) }
    var i32: LLVMTypeRef { LLVMInt32TypeInContext(context) }
    var i64: LLVMTypeRef { LLVMInt64TypeInContext(context) }
    var double: LLVMTypeRef { LLVMDoubleTypeInContext(context) }
    var ptr: LLVMTypeRef { LLVMPointerTypeInContext(context, 0) }

    func llvmType(_ t: NumbaType) -> LLVMTypeRef {
        switch t {
        case .int64, .intLiteral: return i64
        case .float64: return double
        case .boolean, .boolLiteral: return i1
        case .complex128: return structType([double, double])
        case .tuple(let items): return structType(items.map(llvmType))
        case .rangeState: return structType([i64, i64, i64])
        case .rangeIter, .arrayIter, .enumerate, .unicode, .strLiteral: return ptr
        // NumPy's layout as compiled code reads it: the object, the data, the shape, the
        // strides in bytes (CompiledOverload.slotCount slots).
        case .array(_, let ndim, _): return structType([ptr, ptr] + Array(repeating: i64, count: 2 * ndim))
        case .pair(let a, let b): return structType([llvmType(a), llvmType(b)])
        default: return i8
        }
    }

    /// Bytes per element of a NumPy dtype, by name.
    static func itemsize(_ dtype: String) -> Int {
        switch dtype {
        case "bool", "int8", "uint8": return 1
        case "int16", "uint16", "float16": return 2
        case "int32", "uint32", "float32": return 4
        case "complex128": return 16
        default: return 8
        }
    }

    private func structType(_ fields: [LLVMTypeRef]) -> LLVMTypeRef {
        var f: [LLVMTypeRef?] = fields
        return LLVMStructTypeInContext(context, &f, UInt32(fields.count), 0)
    }

    /// The native function's LLVM type.
    static func functionType(_ l: Lowering, _ args: [NumbaType]) -> LLVMTypeRef {
        var params: [LLVMTypeRef?] = [l.ptr, l.ptr] + args.map { l.llvmType($0) }
        return LLVMFunctionType(l.i32, &params, UInt32(params.count), 0)
    }

    // MARK: Function

    mutating func lower() throws(JITError) {
        let fnType = Self.functionType(self, argTypes)
        function = LLVMAddFunction(module, symbol, fnType)
        entry = LLVMAppendBasicBlockInContext(context, function, "entry")
        for b in ir.blocks { blocks[b.label] = LLVMAppendBasicBlockInContext(context, function, "B\(b.label)") }
        LLVMPositionBuilderAtEnd(builder, entry)
        for (name, t) in typing.types.sorted(by: { $0.key < $1.key }) {
            let slot = LLVMBuildAlloca(builder, llvmType(t), name)!
            // A variable no path assigned reads as zero (Numba's zero-initialised locals), never
            // as garbage (an array's object pointer would be dereferenced when boxed).
            LLVMBuildStore(builder, LLVMConstNull(llvmType(t)), slot)
            slots[name] = slot
        }
        LLVMBuildBr(builder, blocks[0])
        for b in ir.blocks {
            LLVMPositionBuilderAtEnd(builder, blocks[b.label])
            var terminated = false
            for s in b.statements where !terminated {
                try lower(s)
                terminated = s.isTerminator
            }
            if !terminated { LLVMBuildUnreachable(builder) }
        }
    }

    private func type(_ v: String) -> NumbaType { typing.types[v] ?? .none }

    private func load(_ v: String) -> LLVMValueRef {
        LLVMBuildLoad2(builder, llvmType(type(v)), slots[v], v)
    }

    private func store(_ value: LLVMValueRef, _ v: String) {
        LLVMBuildStore(builder, value, slots[v])
    }

    /// `v`'s value converted to `t`.
    private func load(_ v: String, as t: NumbaType) -> LLVMValueRef {
        convert(load(v), from: type(v), to: t)
    }

    private func convert(_ value: LLVMValueRef, from: NumbaType, to: NumbaType) -> LLVMValueRef {
        let (f, t) = (from.unliteral, to.unliteral)
        if f == t { return value }
        switch (f, t) {
        case (.int64, .float64): return LLVMBuildSIToFP(builder, value, double, "")
        case (.boolean, .int64): return LLVMBuildZExt(builder, value, i64, "")
        case (.boolean, .float64): return LLVMBuildUIToFP(builder, value, double, "")
        case (.float64, .int64): return LLVMBuildFPToSI(builder, value, i64, "")
        case (.int64, .boolean): return LLVMBuildICmp(builder, LLVMIntNE, value, LLVMConstInt(i64, 0, 0), "")
        case (.float64, .boolean): return LLVMBuildFCmp(builder, LLVMRealUNE, value, LLVMConstReal(double, 0), "")
        case (.tuple(let a), .tuple(let b)) where a.count == b.count:
            var result = LLVMGetUndef(llvmType(t))!
            for i in a.indices {
                let item = LLVMBuildExtractValue(builder, value, UInt32(i), "")!
                result = LLVMBuildInsertValue(builder, result, convert(item, from: a[i], to: b[i]), UInt32(i), "")
            }
            return result
        default: return value
        }
    }

    /// Stores exception `index` in `*excinfo` and returns status 1.
    private func raise(_ type: PyType, _ message: String) {
        let excinfo = LLVMGetParam(function, 1)
        LLVMBuildStore(builder, LLVMConstInt(i64, UInt64(bitPattern: NativeExceptions.index(type, message)), 0), excinfo)
        LLVMBuildRet(builder, LLVMConstInt(i32, 1, 0))
    }

    /// After a runtime helper: a non-zero status is 1 + the index of the exception it raised.
    private func raiseStatus(_ status: LLVMValueRef) {
        let fail = LLVMAppendBasicBlockInContext(context, function, "raise")
        let next = LLVMAppendBasicBlockInContext(context, function, "ok")
        LLVMBuildCondBr(builder, LLVMBuildICmp(builder, LLVMIntNE, status, LLVMConstInt(i64, 0, 0), ""), fail, next)
        LLVMPositionBuilderAtEnd(builder, fail)
        LLVMBuildStore(builder, LLVMBuildSub(builder, status, LLVMConstInt(i64, 1, 0), ""), LLVMGetParam(function, 1))
        LLVMBuildRet(builder, LLVMConstInt(i32, 1, 0))
        LLVMPositionBuilderAtEnd(builder, next)
    }

    /// Branches to a block raising the exception when `condition` holds, continuing otherwise.
    private func raise(if condition: LLVMValueRef, _ type: PyType, _ message: String) {
        let fail = LLVMAppendBasicBlockInContext(context, function, "raise")
        let next = LLVMAppendBasicBlockInContext(context, function, "ok")
        LLVMBuildCondBr(builder, condition, fail, next)
        LLVMPositionBuilderAtEnd(builder, fail)
        raise(type, message)
        LLVMPositionBuilderAtEnd(builder, next)
    }

    private mutating func lower(_ s: NumbaIR.Statement) throws(JITError) {
        switch s {
        case .assign(let target, let e, let line):
            let value = try lower(e, target: target, line: line)
            store(convert(value.0, from: value.1, to: type(target)), target)
        case .del: break
        case .ret(let v, _):
            if returnType != .none { LLVMBuildStore(builder, load(v, as: returnType), LLVMGetParam(function, 0)) }
            LLVMBuildRet(builder, LLVMConstInt(i32, 0, 0))
        case .jump(let label, _):
            LLVMBuildBr(builder, blocks[label])
        case .branch(let c, let t, let f, _):
            LLVMBuildCondBr(builder, load(c, as: .boolean), blocks[t], blocks[f])
        case .print(let args, let line):
            try printValues(args, line: line)
        case .setitem(let target, let index, let value, _):
            let t = type(target)
            guard let element = t.elementType else { break }
            var stored = convert(load(value), from: type(value), to: element)
            if element == .boolean { stored = LLVMBuildZExt(builder, stored, i8, "") }
            LLVMBuildStore(builder, stored, elementAddress(target, index))
        }
    }

    /// The address of `array[index]`: negative indices count from the end, as in Python;
    /// `boundscheck=True` raises IndexError outside the array (Numba reads past it otherwise).
    private func elementAddress(_ array: String, _ index: String) -> LLVMValueRef {
        let value = load(array)
        guard case .array(_, let ndim, let layout) = type(array) else { return LLVMConstNull(ptr) }
        let itemsize: UInt64 = type(array).elementType == .boolean ? 1 : 8
        // A C (or F) array's last (first) axis has stride itemsize: known here, the loop over it
        // is a plain pointer walk LLVM can vectorise.
        let contiguous = layout == "C" ? ndim - 1 : (layout == "F" ? 0 : -1)
        var indices: [LLVMValueRef] = []
        if ndim == 1 {
            indices = [load(index, as: .int64)]
        } else if case .tuple(let items) = type(index) {
            let tuple = load(index)
            indices = items.indices.map { convert(LLVMBuildExtractValue(builder, tuple, UInt32($0), "")!, from: items[$0], to: .int64) }
        }
        var offset = LLVMConstInt(i64, 0, 0)!
        for (d, i) in indices.enumerated() {
            let size = LLVMBuildExtractValue(builder, value, UInt32(2 + d), "size")!
            let stride = LLVMBuildExtractValue(builder, value, UInt32(2 + ndim + d), "stride")!
            let negative = LLVMBuildICmp(builder, LLVMIntSLT, i, LLVMConstInt(i64, 0, 0), "")
            let wrapped = LLVMBuildSelect(builder, negative, LLVMBuildAdd(builder, i, size, ""), i, "")!
            if boundscheck {
                // Unsigned: a still-negative index is huge.
                raise(if: LLVMBuildICmp(builder, LLVMIntUGE, wrapped, size, ""), Types.indexError, "index is out of bounds")
            }
            let scale = d == contiguous ? LLVMConstInt(i64, itemsize, 0)! : stride
            offset = LLVMBuildNSWAdd(builder, offset, LLVMBuildNSWMul(builder, wrapped, scale, ""), "")
        }
        let data = LLVMBuildExtractValue(builder, value, 1, "data")!
        var gep: [LLVMValueRef?] = [offset]
        return LLVMBuildInBoundsGEP2(builder, i8, data, &gep, 1, "element")
    }

    /// `print(a, b, ...)`: each value as Python's `print` writes it, spaces between, a newline.
    private func printValues(_ args: [String], line: Int) throws(JITError) {
        for (i, a) in args.enumerated() {
            if i > 0 { callRuntime("jitbook_print_sep", [], []) }
            try printValue(load(a), type(a), line: line)
        }
        callRuntime("jitbook_print_end", [], [])
    }

    private func printValue(_ value: LLVMValueRef, _ t: NumbaType, line: Int) throws(JITError) {
        switch t.unliteral {
        case .int64: callRuntime("jitbook_print_int", [i64], [value])
        case .float64: callRuntime("jitbook_print_float", [double], [value])
        case .boolean: callRuntime("jitbook_print_bool", [i8], [LLVMBuildZExt(builder, value, i8, "")])
        case .unicode: callRuntime("jitbook_print_str", [ptr], [value])
        case .none: callRuntime("jitbook_print_none", [], [])
        case .tuple(let items):
            func text(_ s: String) { callRuntime("jitbook_print_str", [ptr], [LLVMBuildGlobalStringPtr(builder, s, "str")]) }
            text("(")
            for (i, item) in items.enumerated() {
                if i > 0 { text(", ") }
                // Inside a tuple a string prints as its repr.
                let quoted = item.unliteral == .unicode
                if quoted { text("'") }
                try printValue(LLVMBuildExtractValue(builder, value, UInt32(i), ""), item, line: line)
                if quoted { text("'") }
            }
            text(items.count == 1 ? ",)" : ")")
        default:
            throw .typing(message: "print() of \(t) is not supported in nopython mode", line: line, during: nil)
        }
    }

    @discardableResult
    private func callRuntime(_ name: String, _ params: [LLVMTypeRef], _ args: [LLVMValueRef], returns: LLVMTypeRef? = nil) -> LLVMValueRef {
        var p: [LLVMTypeRef?] = params
        let fnType = LLVMFunctionType(returns ?? LLVMVoidTypeInContext(context), &p, UInt32(params.count), 0)!
        let f = LLVMGetNamedFunction(module, name) ?? LLVMAddFunction(module, name, fnType)
        var a: [LLVMValueRef?] = args
        return LLVMBuildCall2(builder, fnType, f, &a, UInt32(args.count), "")
    }

    /// An LLVM intrinsic or libm function of doubles.
    private func callMath(_ name: String, _ args: [LLVMValueRef]) -> LLVMValueRef {
        let intrinsics = ["sqrt", "exp", "log", "log10", "log2", "sin", "cos", "pow", "fabs", "floor", "ceil", "trunc", "copysign"]
        let symbol = intrinsics.contains(name) ? "llvm.\(name).f64" : name
        let call = callRuntime(symbol, args.map { _ in double }, args, returns: double)
        return call
    }

    // MARK: Expressions

    private mutating func lower(_ e: NumbaIR.Expr, target: String, line: Int) throws(JITError) -> (LLVMValueRef, NumbaType) {
        let t = type(target)
        switch e {
        case .arg(let i, _):
            return (LLVMGetParam(function, UInt32(i + 2)), argTypes[i])
        case .const(let v):
            return (constant(v, t), t)
        case .global, .getattr:
            if case .getattr(let owner, let attr) = e, case .array(_, let ndim, _) = type(owner) {
                let value = load(owner)
                let b = builder
                func field(_ i: Int) -> LLVMValueRef { LLVMBuildExtractValue(b, value, UInt32(i), "")! }
                switch attr {
                case "shape", "strides":
                    var tuple = LLVMGetUndef(llvmType(t))!
                    for d in 0..<ndim {
                        tuple = LLVMBuildInsertValue(builder, tuple, field(attr == "shape" ? 2 + d : 2 + ndim + d), UInt32(d), "")
                    }
                    return (tuple, t)
                case "ndim":
                    return (LLVMConstInt(i64, UInt64(ndim), 0), .int64)
                default:
                    var size = LLVMConstInt(i64, 1, 0)!
                    for d in 0..<ndim { size = LLVMBuildMul(builder, size, field(2 + d), "") }
                    guard case .array(let dtype, _, _) = type(owner) else { return (LLVMConstInt(i64, 0, 0), .int64) }
                    let itemsize = LLVMConstInt(i64, UInt64(Self.itemsize(dtype)), 0)!
                    return (attr == "size" ? size : (attr == "itemsize" ? itemsize : LLVMBuildMul(builder, size, itemsize, "")), .int64)
                }
            }
            if case .getattr(let owner, let attr) = e, case .module(let m) = type(owner) {
                // A module's number (math.pi, sys.maxsize, numpy.euler_gamma): its value now,
                // as Numba freezes globals at compile time.
                if let value = m.dict?.lookup(attr) ?? (try? Protocol.getAttr(.object(m), Names.intern(attr))) {
                    return (constant(value, t), t)
                }
            }
            if case .global(_, let value) = e, t.unliteral != t || t == .float64 || t == .boolean {
                return (constant(value, t), t)
            }
            return (LLVMConstInt(i8, 0, 0), t)
        case .variable(let v), .cast(let v), .exhaustIter(let v, _):
            return (load(v), type(v))
        case .binop(let op, let a, let b), .inplaceBinop(let op, let a, let b):
            return (binary(op, a, b, result: t), t)
        case .unary(let op, let v):
            switch op {
            case .not:
                return (LLVMBuildXor(builder, load(v, as: .boolean), LLVMConstInt(i1, 1, 0), ""), .boolean)
            case .pos:
                return (load(v, as: t), t)
            case .neg:
                if t == .float64 { return (LLVMBuildFNeg(builder, load(v, as: t), ""), t) }
                return (LLVMBuildSub(builder, LLVMConstInt(i64, 0, 0), load(v, as: t), ""), t)
            case .invert:
                if t == .boolean { return (LLVMBuildXor(builder, load(v, as: .boolean), LLVMConstInt(i1, 1, 0), ""), .boolean) }
                return (LLVMBuildXor(builder, load(v, as: .int64), LLVMConstInt(i64, UInt64.max, 1), ""), .int64)
            }
        case .call(let f, let args, _):
            return (try call(f, args, target: target, result: t, line: line), t)
        case .getiter(let v):
            if case .enumerate = type(v) { return (load(v), t) }
            return (makeIterator(load(v), type(v)), t)
        case .iternext(let v):
            let (item, more) = next(load(v), type(v))
            var pair = LLVMGetUndef(llvmType(t))!
            pair = LLVMBuildInsertValue(builder, pair, item, 0, "")
            pair = LLVMBuildInsertValue(builder, pair, more, 1, "")
            return (pair, t)
        case .pairFirst(let v):
            guard case .pair(let first, _) = type(v) else { return (LLVMGetUndef(llvmType(t)), t) }
            return (LLVMBuildExtractValue(builder, load(v), 0, ""), first)
        case .pairSecond(let v):
            return (LLVMBuildExtractValue(builder, load(v), 1, ""), .boolean)
        case .buildTuple(let items):
            guard case .tuple(let fields) = t else { return (LLVMGetUndef(llvmType(t)), t) }
            var value = LLVMGetUndef(llvmType(t))!
            for (i, item) in items.enumerated() {
                value = LLVMBuildInsertValue(builder, value, load(item, as: fields[i]), UInt32(i), "")
            }
            return (value, t)
        case .staticGetitem(let v, _, let indexVar?) where type(v).elementType != nil:
            return (loadElement(v, indexVar), t)
        case .getitem(let v, let index) where type(v).elementType != nil:
            return (loadElement(v, index), t)
        case .staticGetitem(let v, let i, _):
            guard case .tuple(let items) = type(v) else { return (LLVMGetUndef(llvmType(t)), t) }
            let k = i < 0 ? i + items.count : i
            return (LLVMBuildExtractValue(builder, load(v), UInt32(k), ""), items[k])
        case .getitem(let v, let index):
            guard case .tuple(let items) = type(v) else { return (LLVMGetUndef(llvmType(t)), t) }
            let slot = entryAlloca(llvmType(type(v)), "tuple")
            LLVMBuildStore(builder, load(v), slot)
            var i = load(index, as: .int64)
            let negative = LLVMBuildICmp(builder, LLVMIntSLT, i, LLVMConstInt(i64, 0, 0), "")
            i = LLVMBuildSelect(builder, negative, LLVMBuildAdd(builder, i, LLVMConstInt(i64, UInt64(items.count), 0), ""), i, "")
            raise(if: LLVMBuildICmp(builder, LLVMIntUGE, i, LLVMConstInt(i64, UInt64(items.count), 0), ""), Types.indexError,
                  "tuple index out of range")
            let element = llvmType(items[0])
            var indices: [LLVMValueRef?] = [i]
            let address = LLVMBuildGEP2(builder, element, slot, &indices, 1, "")
            return (LLVMBuildLoad2(builder, element, address, ""), items[0])
        }
    }

    /// An iterator over a range or a 1-D array: a pointer to its state in the entry block (a
    /// range's current value, stop and step; an array's next index and the array).
    private func makeIterator(_ value: LLVMValueRef, _ iterable: NumbaType) -> LLVMValueRef {
        if case .array = iterable {
            let stateType = structType([i64, llvmType(iterable)])
            let slot = entryAlloca(stateType, "iter")
            LLVMBuildStore(builder, LLVMConstInt(i64, 0, 0), LLVMBuildStructGEP2(builder, stateType, slot, 0, ""))
            LLVMBuildStore(builder, value, LLVMBuildStructGEP2(builder, stateType, slot, 1, ""))
            return slot
        }
        // A range iterator counts down its length (CPython's range length, in unsigned
        // arithmetic so no start, stop or step can overflow it) while the value steps on.
        let start = LLVMBuildExtractValue(builder, value, 0, "start")!
        let stop = LLVMBuildExtractValue(builder, value, 1, "stop")!
        let step = LLVMBuildExtractValue(builder, value, 2, "step")!
        let zero = LLVMConstInt(i64, 0, 0)!, one = LLVMConstInt(i64, 1, 0)!
        let up = LLVMBuildICmp(builder, LLVMIntSGT, step, zero, "")
        let diff = LLVMBuildSelect(builder, up, LLVMBuildSub(builder, stop, start, ""), LLVMBuildSub(builder, start, stop, ""), "")!
        let magnitude = LLVMBuildSelect(builder, up, step, LLVMBuildSub(builder, zero, step, ""), "")!
        let nonEmpty = LLVMBuildSelect(builder, up, LLVMBuildICmp(builder, LLVMIntSLT, start, stop, ""),
                                       LLVMBuildICmp(builder, LLVMIntSGT, start, stop, ""), "")!
        let count = LLVMBuildAdd(builder, LLVMBuildUDiv(builder, LLVMBuildSub(builder, diff, one, ""), magnitude, ""), one, "")
        let length = LLVMBuildSelect(builder, nonEmpty, count, zero, "length")!
        let stateType = structType([i64, i64, i64])
        let slot = entryAlloca(stateType, "iter")
        LLVMBuildStore(builder, start, LLVMBuildStructGEP2(builder, stateType, slot, 0, ""))
        LLVMBuildStore(builder, length, LLVMBuildStructGEP2(builder, stateType, slot, 1, ""))
        LLVMBuildStore(builder, step, LLVMBuildStructGEP2(builder, stateType, slot, 2, ""))
        return slot
    }

    /// The next item of an iterator, and whether there was one.
    private func next(_ iterator: LLVMValueRef, _ iteratorType: NumbaType) -> (LLVMValueRef, LLVMValueRef) {
        switch iteratorType {
        case .arrayIter(let arrayType):
            return arrayNext(iterator, arrayType)
        case .enumerate(let inner):
            // The count, then the inner iterator.
            let stateType = structType([i64, ptr])
            let countPtr = LLVMBuildStructGEP2(builder, stateType, iterator, 0, "")!
            let count = LLVMBuildLoad2(builder, i64, countPtr, "count")!
            let innerIterator = LLVMBuildLoad2(builder, ptr, LLVMBuildStructGEP2(builder, stateType, iterator, 1, ""), "")!
            let (item, more) = next(innerIterator, inner)
            LLVMBuildStore(builder, LLVMBuildNSWAdd(builder, count, LLVMConstInt(i64, 1, 0), ""), countPtr)
            var tuple = LLVMGetUndef(llvmType(iteratorType.yieldType ?? .none))!
            tuple = LLVMBuildInsertValue(builder, tuple, count, 0, "")
            tuple = LLVMBuildInsertValue(builder, tuple, item, 1, "")
            return (tuple, more)
        default:
            let stateType = structType([i64, i64, i64])
            let curPtr = LLVMBuildStructGEP2(builder, stateType, iterator, 0, "")
            let leftPtr = LLVMBuildStructGEP2(builder, stateType, iterator, 1, "")
            let cur = LLVMBuildLoad2(builder, i64, curPtr, "cur")!
            let left = LLVMBuildLoad2(builder, i64, leftPtr, "left")!
            let step = LLVMBuildLoad2(builder, i64, LLVMBuildStructGEP2(builder, stateType, iterator, 2, ""), "step")!
            let more = LLVMBuildICmp(builder, LLVMIntNE, left, LLVMConstInt(i64, 0, 0), "more")!
            // Stepping on past the end is harmless (the loop ends): an unconditional update is
            // a counted loop LLVM's loop passes understand.
            LLVMBuildStore(builder, LLVMBuildSub(builder, left, LLVMConstInt(i64, 1, 0), ""), leftPtr)
            LLVMBuildStore(builder, LLVMBuildAdd(builder, cur, step, ""), curPtr)
            return (cur, more)
        }
    }

    /// The next element of an array iterator and whether there was one; the element is read
    /// only when there is one (an empty array's data pointer may point nowhere).
    private func arrayNext(_ iterator: LLVMValueRef, _ arrayType: NumbaType) -> (LLVMValueRef, LLVMValueRef) {
        guard case .array(_, _, let layout) = arrayType, let element = arrayType.elementType else {
            return (LLVMGetUndef(i64), LLVMConstInt(i1, 0, 0))
        }
        let stateType = structType([i64, llvmType(arrayType)])
        let indexPtr = LLVMBuildStructGEP2(builder, stateType, iterator, 0, "")!
        let index = LLVMBuildLoad2(builder, i64, indexPtr, "index")!
        let array = LLVMBuildLoad2(builder, llvmType(arrayType), LLVMBuildStructGEP2(builder, stateType, iterator, 1, ""), "array")!
        let size = LLVMBuildExtractValue(builder, array, 2, "")!
        let more = LLVMBuildICmp(builder, LLVMIntSLT, index, size, "more")!
        LLVMBuildStore(builder, LLVMBuildNSWAdd(builder, index, LLVMConstInt(i64, 1, 0), ""), indexPtr)
        let here = LLVMGetInsertBlock(builder)!
        let read = LLVMAppendBasicBlockInContext(context, function, "read")!
        let join = LLVMAppendBasicBlockInContext(context, function, "next")!
        LLVMBuildCondBr(builder, more, read, join)
        LLVMPositionBuilderAtEnd(builder, read)
        let itemsize: UInt64 = element == .boolean ? 1 : 8
        let stride = layout == "A" ? LLVMBuildExtractValue(builder, array, 3, "")! : LLVMConstInt(i64, itemsize, 0)!
        var offset: [LLVMValueRef?] = [LLVMBuildNSWMul(builder, index, stride, "")]
        let address = LLVMBuildInBoundsGEP2(builder, i8, LLVMBuildExtractValue(builder, array, 1, ""), &offset, 1, "")
        var value = LLVMBuildLoad2(builder, element == .boolean ? i8 : llvmType(element), address, "")!
        if element == .boolean { value = LLVMBuildICmp(builder, LLVMIntNE, value, LLVMConstInt(i8, 0, 0), "")! }
        LLVMBuildBr(builder, join)
        LLVMPositionBuilderAtEnd(builder, join)
        let phi = LLVMBuildPhi(builder, llvmType(element), "item")!
        var values: [LLVMValueRef?] = [LLVMGetUndef(llvmType(element)), value]
        var blocks: [LLVMBasicBlockRef?] = [here, read]
        LLVMAddIncoming(phi, &values, &blocks, 2)
        return (phi, more)
    }

    /// Whether two tuples are equal, element by element (numbers compared after promotion).
    private func tupleEqual(_ l: LLVMValueRef, _ lt: NumbaType, _ r: LLVMValueRef, _ rt: NumbaType) -> LLVMValueRef {
        guard case .tuple(let p) = lt, case .tuple(let q) = rt else { return LLVMConstInt(i1, 0, 0) }
        var all = LLVMConstInt(i1, 1, 0)!
        for i in p.indices {
            let x = LLVMBuildExtractValue(builder, l, UInt32(i), "")!, y = LLVMBuildExtractValue(builder, r, UInt32(i), "")!
            let (a, b) = (p[i].unliteral, q[i].unliteral)
            let same: LLVMValueRef
            if case .tuple = a {
                same = tupleEqual(x, a, y, b)
            } else if a == .float64 || b == .float64 {
                same = LLVMBuildFCmp(builder, LLVMRealOEQ, convert(x, from: a, to: .float64), convert(y, from: b, to: .float64), "")
            } else if a == .none || b == .none {
                same = LLVMConstInt(i1, a == b ? 1 : 0, 0)
            } else {
                same = LLVMBuildICmp(builder, LLVMIntEQ, convert(x, from: a, to: .int64), convert(y, from: b, to: .int64), "")
            }
            all = LLVMBuildAnd(builder, all, same, "")
        }
        return all
    }

    /// `array[index]`'s value (bools are bytes in memory).
    private func loadElement(_ array: String, _ index: String) -> LLVMValueRef {
        let element = type(array).elementType ?? .float64
        let address = elementAddress(array, index)
        if element == .boolean {
            return LLVMBuildICmp(builder, LLVMIntNE, LLVMBuildLoad2(builder, i8, address, ""), LLVMConstInt(i8, 0, 0), "")
        }
        return LLVMBuildLoad2(builder, llvmType(element), address, "")
    }

    private func entryAlloca(_ type: LLVMTypeRef, _ name: String) -> LLVMValueRef {
        let here = LLVMGetInsertBlock(builder)
        LLVMPositionBuilder(builder, entry, LLVMGetFirstInstruction(entry))
        let slot = LLVMBuildAlloca(builder, type, name)!
        LLVMPositionBuilderAtEnd(builder, here)
        return slot
    }

    private func constant(_ v: PyValue, _ t: NumbaType) -> LLVMValueRef {
        switch (v, t.unliteral) {
        case (.int(let i), .float64): return LLVMConstReal(double, Double(i))
        case (.int(let i), _): return LLVMConstInt(i64, UInt64(bitPattern: Int64(i)), 1)
        case (.float(let d), _): return LLVMConstReal(double, d)
        case (.bool(let b), .int64): return LLVMConstInt(i64, b ? 1 : 0, 0)
        case (.bool(let b), _): return LLVMConstInt(i1, b ? 1 : 0, 0)
        case (.object(let o), .unicode):
            let s = (o as? PyStr)?.value ?? ""
            return LLVMBuildGlobalStringPtr(builder, s, "str")
        case (.object(let o), .tuple(let items)):
            let elements = (o as? PyTuple)?.elements ?? []
            var value = LLVMGetUndef(llvmType(t))!
            for (i, e) in elements.enumerated() where i < items.count {
                value = LLVMBuildInsertValue(builder, value, constant(e, items[i]), UInt32(i), "")
            }
            return value
        default: return LLVMConstInt(i8, 0, 0)
        }
    }

    // MARK: Arithmetic

    private func binary(_ op: NumbaIR.BinaryOp, _ a: String, _ b: String, result: NumbaType) -> LLVMValueRef {
        let (x, y) = (type(a).unliteral, type(b).unliteral)
        if (op == .eq || op == .ne), case .tuple = x {
            let same = tupleEqual(load(a), x, load(b), y)
            return op == .eq ? same : LLVMBuildXor(builder, same, LLVMConstInt(i1, 1, 0), "")
        }
        if (op == .eq || op == .ne) && x == .none && y == .none { return LLVMConstInt(i1, op == .eq ? 1 : 0, 0) }
        if case .strLiteral(let p) = type(a), case .strLiteral(let q) = type(b), op == .eq || op == .ne {
            return LLVMConstInt(i1, (p == q) == (op == .eq) ? 1 : 0, 0)
        }
        if op == .is || op == .isNot {
            // Identity: None is None; values of different types never are; numbers by value.
            let same: LLVMValueRef
            if x == .none && y == .none { same = LLVMConstInt(i1, 1, 0) }
            else if x != y || !x.isNumber { same = LLVMConstInt(i1, 0, 0) }
            else { return binary(op == .is ? .eq : .ne, a, b, result: result) }
            return op == .is ? same : LLVMBuildXor(builder, same, LLVMConstInt(i1, 1, 0), "")
        }
        if op.isComparison {
            // bools compare as 0 and 1 (as i1, True would be -1 to a signed compare).
            let operand: NumbaType = x == .float64 || y == .float64 ? .float64 : .int64
            let l = load(a, as: operand), r = load(b, as: operand)
            if operand == .float64 {
                let predicates: [NumbaIR.BinaryOp: LLVMRealPredicate] = [.lt: LLVMRealOLT, .le: LLVMRealOLE, .gt: LLVMRealOGT,
                                                                         .ge: LLVMRealOGE, .eq: LLVMRealOEQ, .ne: LLVMRealUNE]
                return LLVMBuildFCmp(builder, predicates[op]!, l, r, "")
            }
            let predicates: [NumbaIR.BinaryOp: LLVMIntPredicate] = [.lt: LLVMIntSLT, .le: LLVMIntSLE, .gt: LLVMIntSGT,
                                                                    .ge: LLVMIntSGE, .eq: LLVMIntEQ, .ne: LLVMIntNE]
            return LLVMBuildICmp(builder, predicates[op]!, l, r, "")
        }
        if result == .boolean {
            let l = load(a, as: .boolean), r = load(b, as: .boolean)
            switch op {
            case .and: return LLVMBuildAnd(builder, l, r, "")
            case .or: return LLVMBuildOr(builder, l, r, "")
            default: return LLVMBuildXor(builder, l, r, "")
            }
        }
        if result == .float64 {
            let l = load(a, as: .float64), r = load(b, as: .float64)
            let value: LLVMValueRef
            switch op {
            case .add: value = LLVMBuildFAdd(builder, l, r, "")
            case .sub: value = LLVMBuildFSub(builder, l, r, "")
            case .mul: value = LLVMBuildFMul(builder, l, r, "")
            case .truediv:
                raise(if: LLVMBuildFCmp(builder, LLVMRealOEQ, r, LLVMConstReal(double, 0), ""), Types.zeroDivisionError, "division by zero")
                value = LLVMBuildFDiv(builder, l, r, "")
            case .floordiv:
                raise(if: LLVMBuildFCmp(builder, LLVMRealOEQ, r, LLVMConstReal(double, 0), ""), Types.zeroDivisionError, "division by zero")
                return callRuntime("jitbook_float_floordiv", [double, double], [l, r], returns: double)
            case .mod:
                raise(if: LLVMBuildFCmp(builder, LLVMRealOEQ, r, LLVMConstReal(double, 0), ""), Types.zeroDivisionError, "modulo by zero")
                return callRuntime("jitbook_float_mod", [double, double], [l, r], returns: double)
            case .pow:
                return callMath("pow", [l, r])
            default:
                return LLVMConstReal(double, .nan)
            }
            if fastmath { LLVMSetFastMathFlags(value, LLVMFastMathFlags(LLVMFastMathAll)) }
            return value
        }
        let l = load(a, as: .int64), r = load(b, as: .int64)
        let zero = LLVMConstInt(i64, 0, 0)
        switch op {
        case .add: return LLVMBuildNSWAdd(builder, l, r, "")
        case .sub: return LLVMBuildNSWSub(builder, l, r, "")
        case .mul: return LLVMBuildNSWMul(builder, l, r, "")
        case .and: return LLVMBuildAnd(builder, l, r, "")
        case .or: return LLVMBuildOr(builder, l, r, "")
        case .xor: return LLVMBuildXor(builder, l, r, "")
        case .lshift: return LLVMBuildShl(builder, l, r, "")
        case .rshift: return LLVMBuildAShr(builder, l, r, "")
        case .pow:
            let zeroBase = LLVMBuildICmp(builder, LLVMIntEQ, l, zero, "")
            let negativeExponent = LLVMBuildICmp(builder, LLVMIntSLT, r, zero, "")
            raise(if: LLVMBuildAnd(builder, zeroBase, negativeExponent, ""), Types.zeroDivisionError,
                  "0 cannot be raised to a negative power")
            return callRuntime("jitbook_int_pow", [i64, i64], [l, r], returns: i64)
        case .floordiv, .mod:
            raise(if: LLVMBuildICmp(builder, LLVMIntEQ, r, zero, ""), Types.zeroDivisionError,
                  op == .floordiv ? "integer division by zero" : "integer modulo by zero")
            // Python rounds the quotient down: C's truncating division, corrected when the
            // remainder's sign differs from the divisor's. x // -1 is a negation (no overflow trap).
            let minusOne = LLVMBuildICmp(builder, LLVMIntEQ, r, LLVMConstInt(i64, UInt64.max, 1), "")
            let safe = LLVMBuildSelect(builder, minusOne, LLVMConstInt(i64, 1, 0), r, "")
            let q0 = LLVMBuildSDiv(builder, l, safe, ""), m0 = LLVMBuildSRem(builder, l, safe, "")
            let adjust = LLVMBuildAnd(builder, LLVMBuildICmp(builder, LLVMIntNE, m0, zero, ""),
                                      LLVMBuildICmp(builder, LLVMIntSLT, LLVMBuildXor(builder, m0, r, ""), zero, ""), "")
            if op == .floordiv {
                let q = LLVMBuildSelect(builder, adjust, LLVMBuildSub(builder, q0, LLVMConstInt(i64, 1, 0), ""), q0, "")
                return LLVMBuildSelect(builder, minusOne, LLVMBuildSub(builder, zero, l, ""), q, "")!
            }
            let m = LLVMBuildSelect(builder, adjust, LLVMBuildAdd(builder, m0, r, ""), m0, "")
            return LLVMBuildSelect(builder, minusOne, zero, m, "")!
        default:
            return zero!
        }
    }

    // MARK: Calls

    private mutating func call(_ f: String, _ args: [String], target: String, result: NumbaType, line: Int) throws(JITError) -> LLVMValueRef {
        switch type(f) {
        case .function(let name):
            switch name {
            case "range":
                var values = args.map { load($0, as: .int64) }
                if values.count == 1 { values.insert(LLVMConstInt(i64, 0, 0), at: 0) }
                if values.count == 2 { values.append(LLVMConstInt(i64, 1, 0)) }
                if args.count == 3 {
                    raise(if: LLVMBuildICmp(builder, LLVMIntEQ, values[2], LLVMConstInt(i64, 0, 0), ""), Types.valueError,
                          "range() arg 3 must not be zero")
                }
                var value = LLVMGetUndef(structType([i64, i64, i64]))!
                for i in 0..<3 { value = LLVMBuildInsertValue(builder, value, values[i], UInt32(i), "") }
                return value
            case "abs":
                let v = load(args[0], as: result)
                if result == .float64 { return callMath("fabs", [v]) }
                let negative = LLVMBuildICmp(builder, LLVMIntSLT, v, LLVMConstInt(i64, 0, 0), "")
                return LLVMBuildSelect(builder, negative, LLVMBuildSub(builder, LLVMConstInt(i64, 0, 0), v, ""), v, "")!
            case "min", "max":
                var best = load(args[0], as: result)
                for a in args.dropFirst() {
                    let v = load(a, as: result)
                    // Python keeps the earlier value unless the later one is strictly better.
                    // bools compare unsigned (True is 1, not -1).
                    let unsigned = result == .boolean
                    let better = result == .float64
                        ? LLVMBuildFCmp(builder, name == "max" ? LLVMRealOGT : LLVMRealOLT, v, best, "")
                        : LLVMBuildICmp(builder, name == "max" ? (unsigned ? LLVMIntUGT : LLVMIntSGT) : (unsigned ? LLVMIntULT : LLVMIntSLT), v, best, "")
                    best = LLVMBuildSelect(builder, better, v, best, "")
                }
                return best
            case "bool":
                // A tuple is true when it has items; None is false; a constant string when not empty.
                if case .tuple(let items) = type(args[0]) { return LLVMConstInt(i1, items.isEmpty ? 0 : 1, 0) }
                if type(args[0]) == .none { return LLVMConstInt(i1, 0, 0) }
                if case .strLiteral(let text) = type(args[0]) { return LLVMConstInt(i1, text.isEmpty ? 0 : 1, 0) }
                return load(args[0], as: result)
            case "int", "float":
                return load(args[0], as: result)
            case "round":
                let v = load(args[0], as: .float64)
                if args.count == 1 {
                    if type(args[0]).unliteral != .float64 { return load(args[0], as: .int64) }
                    return LLVMBuildFPToSI(builder, callRuntime("llvm.roundeven.f64", [double], [v], returns: double), i64, "")
                }
                if result == .int64 { return load(args[0], as: .int64) }
                return callRuntime("jitbook_round_digits", [double, i64], [v, load(args[1], as: .int64)], returns: double)
            case "enumerate":
                let stateType = structType([i64, ptr])
                let slot = entryAlloca(stateType, "enumerate")
                let start = args.count > 1 ? load(args[1], as: .int64) : LLVMConstInt(i64, 0, 0)!
                LLVMBuildStore(builder, start, LLVMBuildStructGEP2(builder, stateType, slot, 0, ""))
                LLVMBuildStore(builder, makeIterator(load(args[0]), type(args[0])), LLVMBuildStructGEP2(builder, stateType, slot, 1, ""))
                return slot
            case "numpy.zeros", "numpy.ones", "numpy.empty":
                // The runtime makes the array (kept by the call's arena) and writes its struct.
                guard case .array(let dtype, let ndim, _) = result else { return LLVMGetUndef(llvmType(result)) }
                let shapeSlot = entryAlloca(LLVMArrayType2(i64, UInt64(ndim)), "shape")
                let shapeValue = load(args[0])
                for d in 0..<ndim {
                    let extent = ndim == 1 && type(args[0]).isInteger ? load(args[0], as: .int64)
                        : convert(LLVMBuildExtractValue(builder, shapeValue, UInt32(d), "")!, from: .int64, to: .int64)
                    var index: [LLVMValueRef?] = [LLVMConstInt(i64, 0, 0), LLVMConstInt(i64, UInt64(d), 0)]
                    LLVMBuildStore(builder, extent, LLVMBuildGEP2(builder, LLVMArrayType2(i64, UInt64(ndim)), shapeSlot, &index, 2, ""))
                }
                let out = entryAlloca(llvmType(result), "array")
                let kind: UInt64 = name == "numpy.zeros" ? 0 : (name == "numpy.ones" ? 1 : 2)
                let code: UInt64 = dtype == "int64" ? 1 : (dtype == "bool" ? 2 : 0)
                let status = callRuntime("jitbook_array_new", [i64, i64, i64, ptr, ptr],
                                         [LLVMConstInt(i64, kind, 0), LLVMConstInt(i64, code, 0), LLVMConstInt(i64, UInt64(ndim), 0),
                                          shapeSlot, out], returns: i64)
                raiseStatus(status)
                return LLVMBuildLoad2(builder, llvmType(result), out, "")!
            case "numpy.linalg.qr":
                guard case .tuple(let parts) = result else { return LLVMGetUndef(llvmType(result)) }
                let q = entryAlloca(llvmType(parts[0]), "q"), r = entryAlloca(llvmType(parts[1]), "r")
                let object = LLVMBuildExtractValue(builder, load(args[0]), 0, "")!
                let status = callRuntime("jitbook_linalg_qr", [ptr, ptr, ptr], [object, q, r], returns: i64)
                let failed = LLVMBuildICmp(builder, LLVMIntNE, status, LLVMConstInt(i64, 0, 0), "")!
                let fail = LLVMAppendBasicBlockInContext(context, function, "raise")
                let next = LLVMAppendBasicBlockInContext(context, function, "ok")
                LLVMBuildCondBr(builder, failed, fail, next)
                LLVMPositionBuilderAtEnd(builder, fail)
                LLVMBuildStore(builder, LLVMBuildSub(builder, status, LLVMConstInt(i64, 1, 0), ""), LLVMGetParam(function, 1))
                LLVMBuildRet(builder, LLVMConstInt(i32, 1, 0))
                LLVMPositionBuilderAtEnd(builder, next)
                var value = LLVMGetUndef(llvmType(result))!
                value = LLVMBuildInsertValue(builder, value, LLVMBuildLoad2(builder, llvmType(parts[0]), q, ""), 0, "")
                value = LLVMBuildInsertValue(builder, value, LLVMBuildLoad2(builder, llvmType(parts[1]), r, ""), 1, "")
                return value
            case let m where m.hasPrefix("math."):
                let fn = String(m.dropFirst(5))
                let values = args.map { load($0, as: .float64) }
                switch fn {
                case "isnan": return LLVMBuildFCmp(builder, LLVMRealUNO, values[0], values[0], "")
                case "isinf":
                    return LLVMBuildFCmp(builder, LLVMRealOEQ, callMath("fabs", values), LLVMConstReal(double, .infinity), "")
                case "isfinite":
                    return LLVMBuildFCmp(builder, LLVMRealOLT, callMath("fabs", values), LLVMConstReal(double, .infinity), "")
                case "floor", "ceil", "trunc":
                    return LLVMBuildFPToSI(builder, callMath(fn, values), i64, "")
                case "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "tan", "hypot", "log1p", "expm1":
                    return callMath(fn, values)
                default:
                    return callMath(fn, values)
                }
            case "print":
                try printValues(args, line: line)
                return LLVMConstInt(i8, 0, 0)
            case "len":
                if case .array = type(args[0]) { return LLVMBuildExtractValue(builder, load(args[0]), 2, "")! }
                guard case .tuple(let items) = type(args[0]) else { return LLVMConstInt(i64, 0, 0) }
                return LLVMConstInt(i64, UInt64(items.count), 0)
            default:
                throw .typing(message: "\(name) is not supported in nopython mode", line: line, during: nil)
            }
        case .dispatcher:
            guard let callee = typing.callees[target], let native = callee.dispatcher.native(for: callee.argTypes) else {
                throw .typing(message: "unresolved call", line: line, during: nil)
            }
            let (calleeSymbol, calleeReturn, calleeArgs) = (native.symbol, native.returnType, callee.argTypes)
            let fnType = Self.functionType(self, calleeArgs)
            let fn = LLVMGetNamedFunction(module, calleeSymbol) ?? LLVMAddFunction(module, calleeSymbol, fnType)
            let ret = entryAlloca(llvmType(calleeReturn), "ret")
            var values: [LLVMValueRef?] = [ret, LLVMGetParam(function, 1)]
            for (a, t) in zip(callee.arguments, calleeArgs) {
                switch a {
                case .variable(let v): values.append(load(v, as: t))
                case .constant(let c): values.append(constant(c, t))
                }
            }
            let status = LLVMBuildCall2(builder, fnType, fn, &values, UInt32(values.count), "")!
            // The callee's exception is already in *excinfo: pass its status on.
            let fail = LLVMAppendBasicBlockInContext(context, function, "propagate")
            let next = LLVMAppendBasicBlockInContext(context, function, "ok")
            LLVMBuildCondBr(builder, LLVMBuildICmp(builder, LLVMIntNE, status, LLVMConstInt(i32, 0, 0), ""), fail, next)
            LLVMPositionBuilderAtEnd(builder, fail)
            LLVMBuildRet(builder, status)
            LLVMPositionBuilderAtEnd(builder, next)
            return convert(LLVMBuildLoad2(builder, llvmType(calleeReturn), ret, ""), from: calleeReturn, to: result)
        default:
            throw .typing(message: "Cannot call \(type(f))", line: line, during: nil)
        }
    }

    // MARK: Wrapper

    /// `i32 @<symbol>.wrapper(ptr args, ptr ret, ptr excinfo)`: reads each argument from an
    /// 8-byte slot, calls the function, writes the result's scalars to 8-byte slots.
    func lowerWrapper() -> String {
        let name = symbol + ".wrapper"
        var params: [LLVMTypeRef?] = [ptr, ptr, ptr]
        let fnType = LLVMFunctionType(i32, &params, 3, 0)!
        let wrapper = LLVMAddFunction(module, name, fnType)!
        let block = LLVMAppendBasicBlockInContext(context, wrapper, "entry")
        LLVMPositionBuilderAtEnd(builder, block)
        let argSlots = LLVMGetParam(wrapper, 0)!, retSlots = LLVMGetParam(wrapper, 1)!
        var slot = 0
        func read(_ t: NumbaType) -> LLVMValueRef {
            if case .tuple(let items) = t {
                var v = LLVMGetUndef(llvmType(t))!
                for (i, item) in items.enumerated() { v = LLVMBuildInsertValue(builder, v, read(item), UInt32(i), "") }
                return v
            }
            var index: [LLVMValueRef?] = [LLVMConstInt(i64, UInt64(slot), 0)]
            slot += CompiledOverload.slotCount(t.unliteral)
            let address = LLVMBuildGEP2(builder, i64, argSlots, &index, 1, "")
            switch t.unliteral {
            case .float64: return LLVMBuildLoad2(builder, double, address, "")
            case .boolean: return LLVMBuildTrunc(builder, LLVMBuildLoad2(builder, i64, address, ""), i1, "")
            case .int64: return LLVMBuildLoad2(builder, i64, address, "")
            // The array struct's fields are 8 bytes each, as the slots are.
            case .array: return LLVMBuildLoad2(builder, llvmType(t), address, "")
            default: return LLVMConstInt(i8, 0, 0)
            }
        }
        var args: [LLVMValueRef?] = [nil, LLVMGetParam(wrapper, 2)]
        for t in argTypes { args.append(read(t)) }
        let ret = LLVMBuildAlloca(builder, llvmType(returnType), "ret")!
        args[0] = ret
        let fnType2 = Self.functionType(self, argTypes)
        let status = LLVMBuildCall2(builder, fnType2, function, &args, UInt32(args.count), "status")!
        var out = 0
        func write(_ value: LLVMValueRef, _ t: NumbaType) {
            if case .tuple(let items) = t {
                for (i, item) in items.enumerated() { write(LLVMBuildExtractValue(builder, value, UInt32(i), ""), item) }
                return
            }
            var index: [LLVMValueRef?] = [LLVMConstInt(i64, UInt64(out), 0)]
            out += CompiledOverload.slotCount(t.unliteral)
            let address = LLVMBuildGEP2(builder, i64, retSlots, &index, 1, "")
            switch t.unliteral {
            case .float64, .int64, .array: LLVMBuildStore(builder, value, address)
            case .boolean: LLVMBuildStore(builder, LLVMBuildZExt(builder, value, i64, ""), address)
            default: break
            }
        }
        if returnType != .none {
            write(LLVMBuildLoad2(builder, llvmType(returnType), ret, "")!, returnType)
        }
        LLVMBuildRet(builder, status)
        return name
    }
}
