/// The interpreter's data stack: one big slab that ordinary frames take their slots from and
/// give back in LIFO order (CPython 3.11's `_PyThreadState_PushFrame` over data-stack chunks).
/// Reserved once; the OS commits pages only as deep recursion touches them.
extension Interpreter {
    /// Slots reserved for frames: 16 MiB of address space at 16 bytes a value.
    static let dataStackCapacity = 1 << 20

    /// A new frame for `runtime`, its slots on the data stack when they fit there and the frame
    /// cannot outlive the call (not a generator); otherwise on the heap.
    @inline(__always)
    func pushFrame(runtime: CodeRuntime, globals: PyDict, builtins: PyDict, locals: PyDict?,
                   function: PyFunction?) -> Frame {
        let need = runtime.nlocalsplus + runtime.stacksize + 1
        if runtime.isGenerator || dataStackTop + need > Self.dataStackCapacity {
            return Frame(runtime: runtime, globals: globals, builtins: builtins, locals: locals,
                         function: function, slots: nil)
        }
        let slots = dataStack + dataStackTop
        dataStackTop += need
        if let free = runtime.freeFrames {
            let recycled = free.frame
            runtime.freeFrames = recycled.nextFree
            recycled.nextFree = nil
            recycled.reuse(globals: globals, builtins: builtins, locals: locals, function: function,
                           slots: slots)
            return recycled
        }
        let made = Frame(runtime: runtime, globals: globals, builtins: builtins, locals: locals,
                         function: function, slots: slots)
        runtime.frames.append(made)
        return made
    }

    /// Ends a frame made by `pushFrame` once its code returned or raised: drops its values and
    /// gives its data-stack slots back. (A generator's frame lives on with its generator.)
    @inline(__always)
    func popFrame(_ frame: Frame) {
        guard !frame.ownsSlots else { return }
        frame.clearSlots()
        dataStackTop -= frame.slotCount
        frame.nextFree = frame.runtime.freeFrames
        frame.runtime.freeFrames = Unmanaged.passUnretained(frame)
    }

    /// Runs a frame made by `pushFrame` and pops it, whether it returns or raises.
    func run(_ frame: Frame) throws(PyException) -> PyValue {
        defer { popFrame(frame) }
        return try execute(frame)
    }
}
