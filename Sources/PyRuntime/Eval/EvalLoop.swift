import PyBytecode

// The frame evaluation loop (CPython's Python/ceval.c, 3.11): one function, one switch over the
// decoded instructions. This file is long on purpose: the switch is the interpreter, and keeping
// it in one function lets the optimiser keep `pc`, `sp` and the slot pointer in registers.

extension Interpreter {
    /// Runs `frame` from `frame.pc` until it returns, yields (generator frames: `isSuspended`)
    /// or raises. The caller has pushed the frame's arguments into its slots.
    ///
    /// Calls to Python functions with plain positional arguments do not recurse into `execute`:
    /// the loop switches to the callee's frame and back when it returns or its exception
    /// escapes (CPython 3.11's "inlined" calls, `_PyInterpreterFrame.is_entry`). A deep Python
    /// recursion then costs no native stack and a call no native prologue.
    func execute(_ entry: Frame) throws(PyException) -> PyValue {
        var frame = entry
        var (code, consts, names, caches, s, stackBase) = frame.registers
        var sp = frame.sp
        var pc = frame.pc
        var kwnames: [PyStr] = []
        /// `!kwnames.isEmpty`, kept apart so CALL's fast path tests a register.
        var hasKwnames = false
        /// Set when the exception being raised must not get this frame's traceback line
        /// (`RERAISE`, a bare `raise`), as CPython's `exception_unwind` skips `PyTraceBack_Here`.
        var reraising = false
        /// The instruction running now. Handlers are found from it, not from `frame.lasti`,
        /// which `RERAISE` resets to the original raise for the traceback (as 3.11 keeps
        /// `next_instr` apart from `prev_instr`).
        var current = pc

        recursionDepth += 1
        if recursionDepth > recursionLimit {
            recursionDepth -= 1
            frame.isFinished = true
            throw PyException(Types.recursionError, "maximum recursion depth exceeded")
        }
        let outer = currentFrameRef
        frame.previous = outer
        currentFrameRef = Unmanaged.passUnretained(frame)
        defer {
            currentFrameRef = outer
            recursionDepth -= 1
        }

        while true {
            do throws(PyException) {
                while true {
                    let instr = code[pc]
                    current = pc
                    let oparg = Int(instr.arg)
                    pc &+= 1 &+ Int(instr.cacheEntries)
                    switch instr.opcode {
                    case .cache, .nop, .extendedArg:
                        break
                    case .resume:
                        if Interpreter.interruptRequested { try raiseInterrupt() }

                    // MARK: Stack shuffling
                    case .popTop:
                        drop(s, &sp, 1)
                    case .pushNull:
                        push(s, &sp, .null)
                    case .copy:
                        // `c[i] op= x` on a list and an in-range int starts COPY 2, COPY 2,
                        // BINARY_SUBSCR: push the item, leaving [c, i, c[i]], in one dispatch.
                        if oparg == 2, code[pc].opcode == .copy, code[pc].arg == 2,
                           code[pc + 1].opcode == .binarySubscr, case .int(let i) = s[sp - 1],
                           let u = borrowedObject(s + sp - 2), let item = u._withUnsafeGuaranteedRef({ (o) -> PyValue? in
                               guard o.type.kind == .list else { return nil }
                               let l = unsafeDowncast(o, to: PyList.self)
                               return i >= 0 && i < l.elements.count ? l.elements[i] : nil
                           }) {
                            push(s, &sp, item)
                            pc &+= 2 &+ Int(code[pc + 1].cacheEntries)
                            break
                        }
                        push(s, &sp, copy(s + sp - oparg))
                    case .swap:
                        // ... and ends SWAP 3, SWAP 2, STORE_SUBSCR on [c, i, result]: store it.
                        if oparg == 3, code[pc].opcode == .swap, code[pc].arg == 2,
                           code[pc + 1].opcode == .storeSubscr, case .int(let i) = s[sp - 2],
                           let u = borrowedObject(s + sp - 3), u._withUnsafeGuaranteedRef({ (o) -> Bool in
                               guard o.type.kind == .list else { return false }
                               let l = unsafeDowncast(o, to: PyList.self)
                               guard i >= 0 && i < l.elements.count else { return false }
                               l.elements[i] = (s + sp - 1).move()
                               return true
                           }) {
                            sp -= 2  // the result moved into the list; the index is unboxed
                            drop(s, &sp, 1)
                            pc &+= 2 &+ Int(code[pc + 1].cacheEntries)
                            break
                        }
                        swap(&s[sp - 1], &s[sp - oparg])

                    // MARK: Constants and variables
                    case .loadConst:
                        push(s, &sp, copy(consts + oparg))
                    case .loadFast:
                        if s[oparg].isNull { throw unboundLocal(frame.runtime, oparg) }
                        push(s, &sp, copy(s + oparg))
                        // LOAD_FAST__LOAD_FAST and LOAD_FAST__LOAD_CONST, CPython 3.11's
                        // superinstructions, found at run time: one dispatch for the pair.
                        let next = code[pc]
                        if next.opcode == .loadFast {
                            let second = Int(next.arg)
                            if s[second].isNull {
                                current = pc
                                throw unboundLocal(frame.runtime, second)
                            }
                            push(s, &sp, copy(s + second))
                            pc &+= 1
                        } else if next.opcode == .loadConst {
                            push(s, &sp, copy(consts + Int(next.arg)))
                            pc &+= 1
                        }
                    case .storeFast:
                        store(s + oparg, pop(s, &sp))
                        // STORE_FAST__LOAD_FAST.
                        let next = code[pc]
                        if next.opcode == .loadFast {
                            let second = Int(next.arg)
                            if s[second].isNull {
                                current = pc
                                throw unboundLocal(frame.runtime, second)
                            }
                            push(s, &sp, copy(s + second))
                            pc &+= 1
                        }
                    case .deleteFast:
                        if s[oparg].isNull { throw unboundLocal(frame.runtime, oparg) }
                        s[oparg] = .null
                    case .loadGlobal:
                        if oparg & 1 != 0 { push(s, &sp, .null) }
                        let name = names[oparg >> 1]
                        guard let v = loadGlobal(name, frame, caches + Int(code[current + 1].arg)) else {
                            throw nameError(name, frame)
                        }
                        push(s, &sp, v)
                    case .storeGlobal:
                        frame.globals.setItem(interned: names[oparg], pop(s, &sp))
                    case .deleteGlobal:
                        if try frame.globals.removeItem(.object(names[oparg])) == nil {
                            throw nameError(names[oparg], frame)
                        }
                    case .loadName:
                        let name = names[oparg]
                        if let locals = frame.locals, let v = try locals.getItem(.object(name)) {
                            push(s, &sp, v)
                        } else if let v = frame.globals.lookup(interned: name)
                                    ?? frame.builtins.lookup(interned: name) {
                            push(s, &sp, v)
                        } else {
                            throw nameError(name, frame)
                        }
                    case .storeName:
                        let v = pop(s, &sp)
                        guard let locals = frame.locals else {
                            throw PyException(Types.systemError, "no locals found when storing '\(names[oparg].value)'")
                        }
                        try locals.setItem(.object(names[oparg]), v)
                    case .deleteName:
                        guard let locals = frame.locals, try locals.removeItem(.object(names[oparg])) != nil else {
                            throw nameError(names[oparg], frame)
                        }

                    // MARK: Cells and closures
                    case .makeCell:
                        s[oparg] = .object(PyCell(s[oparg]))
                    case .copyFreeVars:
                        if let f = frame.function {
                            let first = stackBase - oparg
                            for i in 0..<oparg { s[first + i] = .object(f.closure[i]) }
                        }
                    case .loadClosure:
                        push(s, &sp, s[oparg])
                    case .loadDeref:
                        let cell = s[oparg].object as! PyCell
                        if cell.contents.isNull { throw unboundDeref(frame.runtime, oparg) }
                        push(s, &sp, cell.contents)
                    case .loadClassderef:
                        let name = frame.runtime.localNames[oparg]
                        if let locals = frame.locals, let v = try locals.getItem(.object(name)) {
                            push(s, &sp, v)
                        } else {
                            let cell = s[oparg].object as! PyCell
                            if cell.contents.isNull { throw unboundDeref(frame.runtime, oparg) }
                            push(s, &sp, cell.contents)
                        }
                    case .storeDeref:
                        (s[oparg].object as! PyCell).contents = pop(s, &sp)
                    case .deleteDeref:
                        let cell = s[oparg].object as! PyCell
                        if cell.contents.isNull { throw unboundDeref(frame.runtime, oparg) }
                        cell.contents = .null

                    // MARK: Attributes
                    case .loadAttr:
                        let c = caches + Int(code[current + 1].arg)
                        let name = names[oparg]
                        if let u = borrowedObject(s + sp - 1), let v = u._withUnsafeGuaranteedRef({ o in
                            let way = InlineCache.way(c, .instanceAttribute, for: o.type)
                            return way != 0
                                ? InlineCache.load(c, way: way, name, from: o.dict.unsafelyUnwrapped)
                                : nil
                        }) {
                            store(s + sp - 1, v)
                        } else {
                            let owner = pop(s, &sp)
                            frame.lasti = current  // a module __getattr__ may warn from here
                            push(s, &sp, try loadAttrMiss(owner, name, c))
                        }
                    case .storeAttr:
                        let c = caches + Int(code[current + 1].arg)
                        let name = names[oparg]
                        if let u = borrowedObject(s + sp - 1), case let way = u._withUnsafeGuaranteedRef({ o in
                            InlineCache.way(c, .instanceStore, for: o.type)
                        }), way != 0 {
                            // [value, owner]: store the value, then drop the owner.
                            let v = (s + sp - 2).move()
                            u._withUnsafeGuaranteedRef {
                                InlineCache.store(c, way: way, name, v, into: $0.dict.unsafelyUnwrapped)
                            }
                            sp -= 1
                            discard((s + sp).move())
                            sp -= 1
                            break
                        }
                        let owner = pop(s, &sp)
                        let v = pop(s, &sp)
                        try storeAttrMiss(owner, name, v, c)
                    case .deleteAttr:
                        try Protocol.delAttr(pop(s, &sp), names[oparg])
                    case .loadMethod:
                        let c = caches + Int(code[current + 1].arg)
                        let name = names[oparg]
                        if let u = borrowedObject(s + sp - 1), case let way = u._withUnsafeGuaranteedRef({ o in
                            let way = InlineCache.way(c, .method, for: o.type)
                            return way != 0 && (o.dict == nil || !o.dict.unsafelyUnwrapped.mayContain(interned: name)
                                                || o.dict.unsafelyUnwrapped.entryIndex(interned: name) == nil)
                                ? way : 0
                        }), way != 0 {
                            // The method goes under the receiver: [method, self].
                            (s + sp).moveInitialize(from: s + sp - 1, count: 1)
                            (s + sp - 1).initialize(to: InlineCache.method(c, way: way))
                            sp += 1
                            break
                        }
                        let owner = pop(s, &sp)
                        if let method = try methodForCall(owner, names[oparg]) {
                            if case .object(let o) = owner { InlineCache.fill(c, .method, type: o.type, method: method) }
                            push(s, &sp, method)
                            push(s, &sp, owner)
                        } else {
                            push(s, &sp, .null)
                            push(s, &sp, try Protocol.getAttr(owner, names[oparg]))
                        }

                    // MARK: Operators
                    case .binaryOp:
                        if let r = Self.numericBinary(oparg, s + sp - 2, s + sp - 1) {
                            // Both operands are scalars: overwrite them, nothing to release.
                            sp -= 1
                            (s + sp - 1).initialize(to: r)
                        } else if oparg == 0 || oparg == 13, holdsStr(s + sp - 2), holdsStr(s + sp - 1) {
                            concatenateStrings(s, &sp, storedBy: code[pc])
                        } else {
                            let b = pop(s, &sp)
                            let a = pop(s, &sp)
                            frame.lasti = current
                            push(s, &sp, try binaryOperation(oparg, a, b))
                        }
                    case .compareOp:
                        if let r = Self.numericComparison(oparg, s + sp - 2, s + sp - 1) {
                            // Two scalars: drop them without releasing. Followed by
                            // POP_JUMP_FORWARD_IF_FALSE/TRUE, branch on the result without making
                            // a bool (3.11's COMPARE_OP_INT_JUMP / _FLOAT_JUMP).
                            sp -= 2
                            let next = code[pc]
                            if next.opcode == .popJumpForwardIfFalse || next.opcode == .popJumpForwardIfTrue {
                                let jumps = r == (next.opcode == .popJumpForwardIfTrue)
                                pc &+= 1 &+ (jumps ? Int(next.arg) : 0)
                            } else {
                                push(s, &sp, .bool(r))
                            }
                            break
                        }
                        let b = pop(s, &sp)
                        let a = pop(s, &sp)
                        push(s, &sp, try Protocol.richCompare(a, b, Protocol.CompareOp(rawValue: oparg)!))
                    case .isOp:
                        let b = pop(s, &sp)
                        let a = pop(s, &sp)
                        push(s, &sp, .bool(a.isIdentical(to: b) != (oparg == 1)))
                    case .containsOp:
                        let container = pop(s, &sp)
                        let item = pop(s, &sp)
                        push(s, &sp, .bool(try Protocol.contains(container, item) != (oparg == 1)))
                    case .unaryNegative:
                        push(s, &sp, try Protocol.negative(pop(s, &sp)))
                    case .unaryPositive:
                        push(s, &sp, try Protocol.positive(pop(s, &sp)))
                    case .unaryInvert:
                        push(s, &sp, try Protocol.invert(pop(s, &sp)))
                    case .unaryNot:
                        push(s, &sp, .bool(!(try Protocol.isTrue(pop(s, &sp)))))
                    case .binarySubscr:
                        let key = pop(s, &sp)
                        let container = pop(s, &sp)
                        // BINARY_SUBSCR_LIST_INT / _TUPLE_INT: an in-range int index.
                        if case .int(let i) = key, case .object(let o) = container {
                            if o.type.kind == .list {
                                let l = unsafeDowncast(o, to: PyList.self)
                                if i >= 0 && i < l.elements.count {
                                    push(s, &sp, l.elements[i])
                                    break
                                }
                            } else if o.type.kind == .tuple {
                                let t = unsafeDowncast(o, to: PyTuple.self)
                                if i >= 0 && i < t.elements.count {
                                    push(s, &sp, t.elements[i])
                                    break
                                }
                            }
                        }
                        push(s, &sp, try Protocol.getItem(container, key))
                    case .storeSubscr:
                        let key = pop(s, &sp)
                        let container = pop(s, &sp)
                        let v = pop(s, &sp)
                        // STORE_SUBSCR_LIST_INT.
                        if case .int(let i) = key, case .object(let o) = container, o.type.kind == .list {
                            let l = unsafeDowncast(o, to: PyList.self)
                            if i >= 0 && i < l.elements.count {
                                l.elements[i] = v
                                break
                            }
                        }
                        try Protocol.setItem(container, key, v)
                    case .deleteSubscr:
                        let key = pop(s, &sp)
                        let container = pop(s, &sp)
                        try Protocol.deleteItem(container, key)
                    case .buildSlice:
                        let step: PyValue = oparg == 3 ? pop(s, &sp) : .none
                        let stop = pop(s, &sp)
                        let start = pop(s, &sp)
                        push(s, &sp, .object(PySlice(start: start, stop: stop, step: step)))

                    // MARK: Jumps
                    case .jumpForward:
                        pc += oparg
                    case .jumpBackward:
                        pc -= oparg
                        if Interpreter.interruptRequested { try raiseInterrupt() }
                    case .jumpBackwardNoInterrupt:
                        pc -= oparg
                    case .popJumpForwardIfFalse:
                        let v = pop(s, &sp)
                        if case .bool(let b) = v { if !b { pc += oparg } }
                        else if !(try Protocol.isTrue(v)) { pc += oparg }
                    case .popJumpForwardIfTrue:
                        let v = pop(s, &sp)
                        if case .bool(let b) = v { if b { pc += oparg } }
                        else if try Protocol.isTrue(v) { pc += oparg }
                    case .popJumpBackwardIfFalse:
                        let v = pop(s, &sp)
                        if !(try Protocol.isTrue(v)) {
                            pc -= oparg
                            if Interpreter.interruptRequested { try raiseInterrupt() }
                        }
                    case .popJumpBackwardIfTrue:
                        let v = pop(s, &sp)
                        if try Protocol.isTrue(v) {
                            pc -= oparg
                            if Interpreter.interruptRequested { try raiseInterrupt() }
                        }
                    case .popJumpForwardIfNone:
                        if pop(s, &sp).isNone { pc += oparg }
                    case .popJumpForwardIfNotNone:
                        if !pop(s, &sp).isNone { pc += oparg }
                    case .popJumpBackwardIfNone:
                        if pop(s, &sp).isNone { pc -= oparg }
                    case .popJumpBackwardIfNotNone:
                        if !pop(s, &sp).isNone { pc -= oparg }
                    case .jumpIfFalseOrPop:
                        if try Protocol.isTrue(s[sp - 1]) { drop(s, &sp, 1) } else { pc += oparg }
                    case .jumpIfTrueOrPop:
                        if try Protocol.isTrue(s[sp - 1]) { pc += oparg } else { drop(s, &sp, 1) }

                    // MARK: Iteration
                    case .getIter:
                        push(s, &sp, try Protocol.getIter(pop(s, &sp)))
                    case .forIter:
                        // FOR_ITER over a range or a list (3.12's FOR_ITER_RANGE / _LIST).
                        if let u = borrowedObject(s + sp - 1), u._withUnsafeGuaranteedRef({
                            $0.type.kind == .rangeIterator || $0.type.kind == .listIterator
                        }) {
                            if let v = u._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: PyNativeIterator.self).stepFast() }) {
                                push(s, &sp, v)
                            } else {
                                drop(s, &sp, 1)
                                pc += oparg
                            }
                        } else if let v = try Protocol.next(s[sp - 1]) {
                            push(s, &sp, v)
                        } else {
                            drop(s, &sp, 1)
                            pc += oparg
                        }
                    case .getYieldFromIter:
                        let v = s[sp - 1]
                        if !(v.object is PyGenerator) {
                            s[sp - 1] = try Protocol.getIter(v)
                        }
                    case .send:
                        let v = pop(s, &sp)
                        if let yielded = try GeneratorSupport.send(s[sp - 1], v) {
                            push(s, &sp, yielded.value)
                            if yielded.finished {
                                // PYGEN_RETURN: the return value replaces the receiver.
                                let r = pop(s, &sp)
                                s[sp - 1] = r
                                pc += oparg
                            }
                        }

                    // MARK: Building values
                    case .buildTuple:
                        let items = Array(UnsafeBufferPointer(start: s + sp - oparg, count: oparg))
                        drop(s, &sp, oparg)
                        push(s, &sp, .object(oparg == 0 ? PyTuple.empty : PyTuple(items)))
                    case .buildList:
                        let items = Array(UnsafeBufferPointer(start: s + sp - oparg, count: oparg))
                        drop(s, &sp, oparg)
                        push(s, &sp, .object(PyList(items)))
                    case .buildSet:
                        let set = try ContainerOps.buildSet(UnsafeBufferPointer(start: s + sp - oparg, count: oparg))
                        drop(s, &sp, oparg)
                        push(s, &sp, .object(set))
                    case .buildMap:
                        let d = PyDict(minimumCapacity: oparg)
                        let base = sp - 2 * oparg
                        for i in 0..<oparg { try d.setItem(s[base + 2 * i], s[base + 2 * i + 1]) }
                        drop(s, &sp, 2 * oparg)
                        push(s, &sp, .object(d))
                    case .buildConstKeyMap:
                        let keys = (pop(s, &sp).object as! PyTuple).elements
                        let d = PyDict(minimumCapacity: oparg)
                        let base = sp - oparg
                        for i in 0..<oparg { try d.setItem(keys[i], s[base + i]) }
                        drop(s, &sp, oparg)
                        push(s, &sp, .object(d))
                    case .buildString:
                        var text = ""
                        for i in (sp - oparg)..<sp { text += (s[i].object as! PyStr).value }
                        drop(s, &sp, oparg)
                        push(s, &sp, .str(text))
                    case .listAppend:
                        let v = pop(s, &sp)
                        (s[sp - oparg].object as! PyList).elements.append(v)
                    case .setAdd:
                        let v = pop(s, &sp)
                        try (s[sp - oparg].object as! PySet).add(v)
                    case .mapAdd:
                        let v = pop(s, &sp)
                        let k = pop(s, &sp)
                        try (s[sp - oparg].object as! PyDict).setItem(k, v)
                    case .listExtend:
                        let iterable = pop(s, &sp)
                        try ContainerOps.listExtend(s[sp - oparg].object as! PyList, iterable)
                    case .setUpdate:
                        let iterable = pop(s, &sp)
                        try ContainerOps.setUpdate(s[sp - oparg].object as! PySet, iterable)
                    case .dictUpdate:
                        let update = pop(s, &sp)
                        try ContainerOps.dictUpdate(s[sp - oparg].object as! PyDict, update)
                    case .dictMerge:
                        let update = pop(s, &sp)
                        try ContainerOps.dictMerge(s[sp - oparg].object as! PyDict, update,
                                                   function: Interpreter.functionDescription(s[sp - oparg - 2]))
                    case .listToTuple:
                        let list = pop(s, &sp).object as! PyList
                        push(s, &sp, .object(PyTuple(list.elements)))
                    case .formatValue:
                        let spec: String = oparg & 4 != 0 ? (pop(s, &sp).object as! PyStr).value : ""
                        var v = pop(s, &sp)
                        switch oparg & 3 {
                        case 1: v = .str(try Protocol.str(v))
                        case 2: v = .str(try Protocol.repr(v))
                        case 3: v = .str(try Formatting.ascii(v))
                        default: break
                        }
                        if case .object(let str as PyStr) = v, spec.isEmpty {
                            push(s, &sp, .object(str))
                        } else {
                            push(s, &sp, .str(try Formatting.format(v, spec: spec)))
                        }
                    case .unpackSequence:
                        let seq = pop(s, &sp)
                        // UNPACK_SEQUENCE_TUPLE / _LIST: push the items, last first.
                        if case .object(let o) = seq {
                            if o.type.kind == .tuple {
                                let t = unsafeDowncast(o, to: PyTuple.self)
                                if t.elements.count == oparg {
                                    var i = oparg
                                    while i > 0 { i -= 1; push(s, &sp, t.elements[i]) }
                                    break
                                }
                            } else if o.type.kind == .list {
                                let l = unsafeDowncast(o, to: PyList.self)
                                if l.elements.count == oparg {
                                    var i = oparg
                                    while i > 0 { i -= 1; push(s, &sp, l.elements[i]) }
                                    break
                                }
                            }
                        }
                        let items = try ContainerOps.unpack(seq, count: oparg)
                        for v in items.reversed() { push(s, &sp, v) }
                    case .unpackEx:
                        let seq = pop(s, &sp)
                        let items = try ContainerOps.unpackEx(seq, before: oparg & 0xff, after: oparg >> 8)
                        for v in items.reversed() { push(s, &sp, v) }

                    // MARK: Calls
                    case .kwNames:
                        kwnames = (consts[oparg].object as! PyTuple).elements.map { $0.object as! PyStr }
                        hasKwnames = !kwnames.isEmpty
                    case .precall:
                        // A bound method in the callable slot with NULL below: unpack it so CALL
                        // passes `self` without making a new argument array (3.11's PRECALL).
                        let base = sp - oparg - 2
                        if s[base].isNull, let u = borrowedObject(s + base + 1),
                           u._withUnsafeGuaranteedRef({ $0.type.kind == .method }) {
                            let m = unsafeDowncast(u.takeUnretainedValue(), to: PyMethod.self)
                            s[base] = m.function
                            s[base + 1] = m.receiver
                        }
                    case .call:
                        if Interpreter.interruptRequested { try raiseInterrupt() }
                        let base = sp - oparg - 2
                        // Python function, positional arguments matching its parameters: move
                        // them from this stack into the new frame (no argument array, no
                        // retain/release), as 3.11's CALL_PY_EXACT_ARGS does.
                        if !hasKwnames, let (fu, argStart) = exactArgsCallee(s, base, oparg) {
                            // The callable's slot keeps the function alive: borrow it.
                            let callee = fu._withUnsafeGuaranteedRef { f in
                                pushFrame(runtime: f.runtime, globals: f.globals, builtins: f.builtins,
                                          locals: nil, function: f)
                            }
                            let r = callee.runtime
                            callee.slots.moveInitialize(from: s + argStart, count: r.argCount)
                            sp = argStart
                            frame.sp = sp
                            if r.isGenerator || callee.ownsSlots {
                                // RETURN_GENERATOR hands back the generator, and a frame off the
                                // full data stack is owned by this `callee` alone: run it apart.
                                let result = try run(callee)
                                drop(s, &sp, sp - base)
                                push(s, &sp, result)
                                break
                            }
                            // Enter the callee in this loop; RETURN_VALUE comes back here.
                            frame.pc = pc
                            frame.lasti = current
                            frame.returnBase = base
                            recursionDepth += 1
                            if recursionDepth > recursionLimit {
                                recursionDepth -= 1
                                popFrame(callee)
                                throw PyException(Types.recursionError, "maximum recursion depth exceeded")
                            }
                            callee.caller = Unmanaged.passUnretained(frame)
                            currentFrameRef = Unmanaged.passUnretained(callee)
                            frame = callee
                            (code, consts, names, caches, s, stackBase) = frame.registers
                            sp = frame.sp
                            pc = 0
                            break
                        }
                        if !hasKwnames, let fast = fastMethod(s, base, oparg) {
                            // `s.strip(".,")`, `d.get(k, 0)`: a builtin method of the receiver's
                            // exact payload class, its arguments in range.
                            frame.sp = sp
                            let result = try fast.body(s[base + 1], UnsafeBufferPointer(start: s + base + 2, count: oparg))
                            drop(s, &sp, oparg + 2)
                            push(s, &sp, result)
                            break
                        }
                        let callable: PyValue
                        let args: UnsafeBufferPointer<PyValue>
                        if s[base].isNull {
                            callable = s[base + 1]
                            args = UnsafeBufferPointer(start: s + base + 2, count: oparg)
                        } else {
                            callable = s[base]
                            args = UnsafeBufferPointer(start: s + base + 1, count: oparg + 1)
                        }
                        frame.sp = sp
                        // Native code may look at where this frame is (warnings, tracebacks).
                        frame.lasti = current
                        let result: PyValue
                        if hasKwnames {
                            let names = kwnames
                            kwnames = []
                            hasKwnames = false
                            result = try call(callable, Arguments(args, kwnames: names))
                        } else {
                            result = try call(callable, Arguments(args))
                        }
                        drop(s, &sp, oparg + 2)
                        push(s, &sp, result)
                    case .callFunctionEx:
                        let kwargs: PyValue = oparg & 1 != 0 ? pop(s, &sp) : .null
                        let callargs = pop(s, &sp)
                        let function = pop(s, &sp)
                        drop(s, &sp, 1)
                        frame.sp = sp
                        push(s, &sp, try callWithUnpacked(function, callargs, kwargs))
                    case .makeFunction:
                        let codeValue = pop(s, &sp).object as! PyCode
                        let f = PyFunction(runtime: CodeRuntime.of(codeValue.code), globals: frame.globals)
                        if oparg & 0x08 != 0 {
                            f.closure = (pop(s, &sp).object as! PyTuple).elements.map { $0.object as! PyCell }
                        }
                        if oparg & 0x04 != 0 {
                            let pairs = (pop(s, &sp).object as! PyTuple).elements
                            let d = PyDict()
                            var i = 0
                            while i + 1 < pairs.count {
                                try d.setItem(pairs[i], pairs[i + 1])
                                i += 2
                            }
                            f.annotations = d
                        }
                        if oparg & 0x02 != 0 { f.kwdefaults = pop(s, &sp).object as? PyDict }
                        if oparg & 0x01 != 0 { f.defaults = (pop(s, &sp).object as! PyTuple).elements }
                        push(s, &sp, .object(f))
                    case .returnValue:
                        let v = pop(s, &sp)
                        if sp > stackBase { drop(s, &sp, sp - stackBase) }
                        frame.sp = sp
                        frame.isFinished = true
                        guard let caller = frame.caller?.frame else { return v }
                        // Back into the inlined call's caller: the result replaces the callable.
                        leaveInlined(frame)
                        frame = caller
                        (code, consts, names, caches, s, stackBase) = frame.registers
                        sp = frame.sp
                        pc = frame.pc
                        drop(s, &sp, sp - frame.returnBase)
                        push(s, &sp, v)
                    case .returnGenerator:
                        frame.sp = sp
                        frame.pc = pc
                        frame.isSuspended = true
                        return .object(PyGenerator(frame: frame))
                    case .yieldValue:
                        let v = pop(s, &sp)
                        frame.sp = sp
                        frame.pc = pc
                        frame.isSuspended = true
                        return v

                    // MARK: Exceptions
                    case .pushExcInfo:
                        let exc = pop(s, &sp)
                        push(s, &sp, handledException.map { .object($0) } ?? .none)
                        handledException = exc.object as? PyBaseException
                        push(s, &sp, exc)
                    case .popExcept:
                        handledException = pop(s, &sp).object as? PyBaseException
                    case .checkExcMatch:
                        let right = pop(s, &sp)
                        let left = s[sp - 1]
                        push(s, &sp, .bool(try exceptionMatches(left, right)))
                    case .reraise:
                        let exc = pop(s, &sp)
                        frame.lasti = current
                        if oparg != 0, case .int(let lasti) = s[sp - oparg] { frame.lasti = lasti }
                        reraising = true
                        throw PyException(exc.object as! PyBaseException)
                    case .raiseVarargs:
                        switch oparg {
                        case 0:
                            guard let e = handledException else {
                                throw PyException.runtimeError("No active exception to reraise")
                            }
                            frame.lasti = current
                            reraising = true
                            throw PyException(e)
                        case 1:
                            throw try makeRaisable(pop(s, &sp), cause: nil)
                        default:
                            let cause = pop(s, &sp)
                            throw try makeRaisable(pop(s, &sp), cause: cause)
                        }
                    case .loadAssertionError:
                        push(s, &sp, .object(Types.assertionError))
                    case .beforeWith:
                        let manager = pop(s, &sp)
                        guard let enter = manager.type.lookup(Names.__enter__) else {
                            throw .typeError("'\(manager.type.name)' object does not support the context manager protocol")
                        }
                        guard let exit = manager.type.lookup(Names.__exit__) else {
                            throw .typeError("'\(manager.type.name)' object does not support the context manager protocol (missed __exit__ method)")
                        }
                        push(s, &sp, try Protocol.bind(exit, to: manager))
                        frame.sp = sp
                        push(s, &sp, try Protocol.callMethod(enter, self: manager, []))
                    case .withExceptStart:
                        let exc = s[sp - 1]
                        let exit = s[sp - 4]
                        frame.sp = sp
                        push(s, &sp, try Protocol.call(exit, [.object(exc.type), exc, .none]))

                    // MARK: Classes, modules, the REPL
                    case .loadBuildClass:
                        guard let bc = frame.builtins.lookup(interned: Names.__build_class__) else {
                            throw PyException(Types.nameError, "__build_class__ not found")
                        }
                        push(s, &sp, bc)
                    case .setupAnnotations:
                        if let locals = frame.locals, try locals.getItem(.object(Names.__annotations__)) == nil {
                            try locals.setItem(.object(Names.__annotations__), .object(PyDict()))
                        }
                    case .importName:
                        let fromlist = pop(s, &sp)
                        let level = pop(s, &sp)
                        frame.sp = sp
                        push(s, &sp, try importModule(names[oparg].value, globals: frame.globals,
                                                      fromlist: fromlist, level: (try? Protocol.index(level)) ?? 0))
                    case .importFrom:
                        push(s, &sp, try importFrom(s[sp - 1], names[oparg]))
                    case .importStar:
                        let module = pop(s, &sp)
                        try importStar(module, into: frame.locals ?? frame.globals)
                    case .printExpr:
                        try displayHook(pop(s, &sp))

                    case .getLen, .matchMapping, .matchSequence, .matchKeys, .matchClass,
                         .checkEgMatch, .prepReraiseStar, .getAiter, .getAnext, .beforeAsyncWith,
                         .endAsyncFor, .asyncGenWrap, .getAwaitable:
                        throw .notImplementedError("\(instr.opcode.name) is not supported by Jitbook")
                    }
                }
            } catch {
                // Exception unwinding (ceval.c `error:` / `exception_unwind:`), frame by frame
                // through the inlined calls until a handler takes it.
                let exc = error.value
                kwnames = []
                hasKwnames = false
                while true {
                    if !reraising {
                        frame.lasti = current
                        exc.traceback.insert(frame.tracebackEntry(), at: 0)
                        chainContext(exc)
                    }
                    reraising = false
                    let at = current
                    if let handler = frame.runtime.code.exceptionTable.first(where: { $0.start <= at && at < $0.end }) {
                        let depth = stackBase + handler.depth
                        if sp > depth { drop(s, &sp, sp - depth) }
                        if handler.lasti { push(s, &sp, .int(frame.lasti)) }
                        push(s, &sp, .object(exc))
                        pc = handler.target
                        break
                    }
                    if sp > stackBase { drop(s, &sp, sp - stackBase) }
                    frame.sp = sp
                    frame.isFinished = true
                    guard let caller = frame.caller?.frame else { throw error }
                    // Out of an inlined call: go on unwinding in its caller, at the CALL.
                    leaveInlined(frame)
                    frame = caller
                    (code, consts, names, caches, s, stackBase) = frame.registers
                    sp = frame.sp
                    current = frame.lasti
                }
            }
        }
    }

    /// Ends a frame entered by an inlined call, once it returned or raised.
    @inline(__always)
    private func leaveInlined(_ frame: Frame) {
        currentFrameRef = frame.caller
        frame.caller = nil
        popFrame(frame)
        recursionDepth -= 1
    }

    // MARK: Helpers the loop calls out to (kept out of the switch to keep it small)

    /// Implicit chaining: an exception raised while another is handled gets it as
    /// `__context__` (CPython's `_PyErr_SetObject`, which also breaks cycles).
    func chainContext(_ exc: PyBaseException) {
        guard let handled = handledException, handled !== exc, exc.context == nil else { return }
        var link: PyBaseException? = handled
        while let l = link {
            if l.context === exc {
                l.context = nil
                break
            }
            link = l.context
        }
        exc.context = handled
    }

    private func raiseInterrupt() throws(PyException) {
        Interpreter.interruptRequested = false
        throw PyException(Types.keyboardInterrupt, args: [])
    }

    private func unboundLocal(_ runtime: CodeRuntime, _ index: Int) -> PyException {
        let name = runtime.localNames[index].value
        return PyException(Types.unboundLocalError,
                           "cannot access local variable '\(name)' where it is not associated with a value")
    }

    private func unboundDeref(_ runtime: CodeRuntime, _ index: Int) -> PyException {
        let name = runtime.localNames[index].value
        if runtime.code.localsplusKinds[index].contains(.free) {
            return PyException(Types.nameError,
                               "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
        }
        return unboundLocal(runtime, index)
    }

    func nameError(_ name: PyStr, _ frame: Frame) -> PyException {
        Runtime.nameError(name.value, scope: NameErrorScope(
            varnames: frame.runtime.code.varnames, globals: frame.globals, builtins: frame.builtins))
    }

    /// True when the slot holds an exact str.
    @inline(__always)
    private func holdsStr(_ p: UnsafeMutablePointer<PyValue>) -> Bool {
        guard let u = borrowedObject(p) else { return false }
        return u._withUnsafeGuaranteedRef { $0.type.kind == .str }
    }

    /// The Python function a `CALL` with `oparg` positional arguments above `base` can enter
    /// directly, and where its arguments start (including `self` in the method form).
    @inline(__always)
    private func exactArgsCallee(_ s: UnsafeMutablePointer<PyValue>, _ base: Int,
                                 _ oparg: Int) -> (Unmanaged<PyFunction>, Int)? {
        let isMethodForm = !s[base].isNull
        guard let u = borrowedObject(s + (isMethodForm ? base : base + 1)),
              u._withUnsafeGuaranteedRef({ $0.type.kind == .function }) else { return nil }
        let f = Unmanaged<PyFunction>.fromOpaque(u.toOpaque())
        let nargs = isMethodForm ? oparg + 1 : oparg
        guard f._withUnsafeGuaranteedRef({ $0.runtime.hasSimpleSignature && $0.runtime.argCount == nargs })
        else { return nil }
        return (f, isMethodForm ? base + 1 : base + 2)
    }

    /// `a + b` for the two strs on top of the stack. When the next instruction stores the
    /// result into the local that holds `a`, and nothing else references `a`, append in place
    /// (ceval.c's `unicode_concatenate`): `s += piece` in a loop is then linear, not quadratic.
    /// No binding here may outlive the uniqueness check, so the values move, never copy.
    private func concatenateStrings(_ s: UnsafeMutablePointer<PyValue>, _ sp: inout Int,
                                    storedBy next: DecodedInstruction) {
        let right = unsafeDowncast(pop(s, &sp).object!, to: PyStr.self)
        var left = pop(s, &sp)
        if next.opcode == .storeFast, s[Int(next.arg)].isIdentical(to: left) {
            s[Int(next.arg)] = .null
        }
        guard case .object(var o) = left else { return }
        left = .null
        if isKnownUniquelyReferenced(&o) {
            unsafeDowncast(o, to: PyStr.self).append(right)
            push(s, &sp, .object(o))
        } else {
            push(s, &sp, .object(StrOps.concat(unsafeDowncast(o, to: PyStr.self), right)))
        }
    }

    /// `LOAD_METHOD`'s lookup: the unbound function when the attribute is a plain method found
    /// on the type and not shadowed by the instance dict; nil otherwise.
    private func methodForCall(_ owner: PyValue, _ name: PyStr) throws(PyException) -> PyValue? {
        let type = owner.type
        if type.kind == .type || type.kind == .module || type.kind == .superType { return nil }
        guard let attr = type.lookup(name), case .object(let a) = attr,
              a.type.kind == .function || a.type.kind == .methodDescriptor else { return nil }
        if type.isHeapType, let ga = type.lookup(Names.__getattribute__), !(ga.object is PyMethodDescriptor) {
            return nil
        }
        if case .object(let o) = owner, let d = o.dict, d.lookup(interned: name) != nil { return nil }
        return attr
    }

    private func binaryOperation(_ oparg: Int, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        try Protocol.binaryOp(BinaryOperation(rawValue: oparg)!, a, b)
    }

    /// `a <op> b` for two ints or two floats in stack slots; nil for anything else.
    @inline(__always)
    private static func numericComparison(_ oparg: Int, _ a: UnsafeMutablePointer<PyValue>,
                                          _ b: UnsafeMutablePointer<PyValue>) -> Bool? {
        if case .int(let x) = a.pointee, case .int(let y) = b.pointee {
            switch oparg {
            case 0: return x < y
            case 1: return x <= y
            case 2: return x == y
            case 3: return x != y
            case 4: return x > y
            default: return x >= y
            }
        }
        if case .float(let x) = a.pointee, case .float(let y) = b.pointee {
            switch oparg {
            case 0: return x < y
            case 1: return x <= y
            case 2: return x == y
            case 3: return x != y
            case 4: return x > y
            default: return x >= y
            }
        }
        return nil
    }

    /// `a <op> b` for two ints or two floats in stack slots when the result needs no slow path
    /// (no overflow, no division by zero); nil otherwise. CPython 3.11 specialises BINARY_OP
    /// the same way (`BINARY_OP_ADD_INT`, `_ADD_FLOAT`, ...).
    @inline(__always)
    private static func numericBinary(_ oparg: Int, _ a: UnsafeMutablePointer<PyValue>,
                                      _ b: UnsafeMutablePointer<PyValue>) -> PyValue? {
        if case .int(let x) = a.pointee, case .int(let y) = b.pointee {
            switch oparg {
            case 0, 13:
                let (r, o) = x.addingReportingOverflow(y)
                return o ? nil : .int(r)
            case 10, 23:
                let (r, o) = x.subtractingReportingOverflow(y)
                return o ? nil : .int(r)
            case 5, 18:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                return o ? nil : .int(r)
            default: return nil
            }
        }
        if case .float(let x) = a.pointee, case .float(let y) = b.pointee {
            switch oparg {
            case 0, 13: return .float(x + y)
            case 10, 23: return .float(x - y)
            case 5, 18: return .float(x * y)
            case 11, 24: return y != 0 ? .float(x / y) : nil
            default: return nil
            }
        }
        return nil
    }

    /// `except T:` — T a class or a tuple of classes deriving from BaseException.
    private func exceptionMatches(_ exc: PyValue, _ spec: PyValue) throws(PyException) -> Bool {
        let types: [PyValue]
        if case .object(let t as PyTuple) = spec { types = t.elements } else { types = [spec] }
        var matched = false
        for t in types {
            guard case .object(let c as PyType) = t, c.isSubtype(of: Types.baseException) else {
                throw .typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            if exc.type.isSubtype(of: c) { matched = true }
        }
        return matched
    }

    /// The exception `raise value [from cause]` raises: classes are instantiated; the
    /// currently handled exception becomes `__context__`.
    func makeRaisable(_ value: PyValue, cause: PyValue?) throws(PyException) -> PyException {
        let exc = try instantiateException(value, context: "exceptions must derive from BaseException")
        if let cause {
            if cause.isNone {
                exc.cause = nil
            } else {
                exc.cause = try instantiateException(cause, context: "exception causes must derive from BaseException")
            }
            exc.suppressContext = true
        }
        return PyException(exc)
    }

    private func instantiateException(_ value: PyValue, context: String) throws(PyException) -> PyBaseException {
        if case .object(let o) = value {
            if let e = o as? PyBaseException { return e }
            if let t = o as? PyType, t.isSubtype(of: Types.baseException) {
                let made = try Protocol.call(value, [])
                guard case .object(let e as PyBaseException) = made else {
                    throw .typeError("calling \(Protocol.defaultRepr(value)) should have returned an instance of BaseException, not \(made.type.name)")
                }
                return e
            }
        }
        throw .typeError(context)
    }
}
