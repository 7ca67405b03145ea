import PyBytecode

/// A function defined in Python (`def`, `lambda`, comprehension bodies).
public final class PyFunction: PyObject {
    let runtime: CodeRuntime
    public var code: CodeObject { runtime.code }
    public let globals: PyDict
    public let builtins: PyDict
    public var name: String
    public var qualname: String
    /// `__defaults__`: values for the last parameters.
    public var defaults: [PyValue]
    /// `__kwdefaults__`.
    public var kwdefaults: PyDict?
    /// `__closure__`: the cells for the code's free variables.
    public var closure: [PyCell]
    public var annotations: PyDict?
    public var doc: PyValue
    public var moduleName: PyValue

    init(runtime: CodeRuntime, globals: PyDict, qualname: String? = nil) {
        self.runtime = runtime
        self.globals = globals
        self.builtins = (globals.lookup(interned: Names.__builtins__)?.object as? PyModule)?.dict
            ?? (globals.lookup(interned: Names.__builtins__)?.object as? PyDict)
            ?? Runtime.builtins
        self.name = runtime.code.name
        self.qualname = qualname ?? runtime.code.qualname
        self.defaults = []
        self.closure = []
        if case .str(let d)? = runtime.code.consts.first, runtime.code.flags.contains(.optimized),
           Self.hasDocstring(runtime.code) {
            self.doc = .str(d)
        } else {
            self.doc = .none
        }
        self.moduleName = globals.lookup(interned: Names.__name__) ?? .none
        super.init(type: Types.function)
        self.dict = PyDict()
    }

    /// CPython 3.11 keeps the docstring as co_consts[0] of a function whose body starts with a
    /// string; lambdas and functions without one have None there (or another first constant).
    private static func hasDocstring(_ code: CodeObject) -> Bool {
        code.name != "<lambda>" && !code.name.hasPrefix("<")
    }
}

/// One activation of a code object: its fast locals, cells and value stack in one slab.
///
/// Ordinary calls take their slab from the interpreter's data stack (`Interpreter.pushFrame`)
/// and give it back when they return (`popFrame`), as CPython 3.11's `_PyInterpreterFrame`s
/// live in per-thread chunks: a call allocates no memory for its locals. Generator frames outlive
/// the call that made them, so they own a heap slab.
///
/// The code, namespaces and function are strong references, not `unowned(unsafe)`: reading an
/// unowned field costs an atomic retain each time (see `PyObject.type`), storing a strong one
/// a nonatomic retain once per call.
///
/// A data-stack frame is recycled when its call ends (`CodeRuntime.freeFrames`): nothing keeps a
/// reference to one past its call (tracebacks copy what they need), and reusing it for the next
/// call of the same code saves an allocation and, mostly, the reference counting of its fields.
/// Its code's `CodeRuntime.frames` owns it for good, so the links between frames (`caller`,
/// `nextFree`) are `Unmanaged`: linking and unlinking them on a call costs no reference counting.
/// (Not `unowned(unsafe)`: loading one of those into a strong reference costs an atomic retain.
/// The eval loop's own `frame` variable stays strong for the same reason.)
extension Unmanaged where Instance == Frame {
    /// The frame as a strong reference. `takeUnretainedValue()` retains atomically, whatever
    /// `-assume-single-threaded` says; a bit cast leaves the retain to this module's code.
    @inline(__always) var frame: Frame { unsafeBitCast(toOpaque(), to: Frame.self) }
}

final class Frame {
    let runtime: CodeRuntime
    private(set) var globals: PyDict
    private(set) var builtins: PyDict
    /// The namespace of module-level and class-body code (`LOAD_NAME`); nil in functions.
    var locals: PyDict?
    private(set) var function: PyFunction?
    /// Localsplus (locals, cells, frees) followed by the value stack.
    private(set) var slots: UnsafeMutablePointer<PyValue>
    /// Slots in the slab: localsplus + stack size + 1.
    let slotCount: Int
    /// True when `slots` is a heap slab this frame frees, false when it is on the data stack.
    let ownsSlots: Bool
    /// Index of the next free stack slot.
    var sp: Int
    /// Code unit index of the next instruction to run.
    var pc: Int = 0
    /// Code unit index of the instruction running now (for tracebacks and `lasti`).
    var lasti: Int = 0
    /// Set by a generator's frame when it yields, so the caller knows it can resume.
    var isSuspended = false
    /// Set when the frame returned or raised: a finished generator.
    var isFinished = false
    /// The frame whose CALL entered this one inside the same `execute` (an inlined call); it
    /// resumes when this one returns or raises. Nil for a frame `execute` was called with.
    var caller: Unmanaged<Frame>?
    /// The frame that was running when `execute` started on this one (set only there, to keep
    /// inlined calls free of it): `back` gives `f_back` for either kind of frame.
    var previous: Unmanaged<Frame>?

    /// The frame below this one (`f_back`): the inlined caller, else the one `execute` was
    /// entered from. The warnings machinery walks it for `stacklevel`.
    var back: Frame? { caller?.frame ?? previous?.frame }
    /// While this frame waits in an inlined call: the stack index of the callable, where the
    /// result goes.
    var returnBase = 0
    /// The next recycled frame of the same code (`CodeRuntime.freeFrames`).
    var nextFree: Unmanaged<Frame>?

    init(runtime: CodeRuntime, globals: PyDict, builtins: PyDict, locals: PyDict?,
         function: PyFunction?, slots: UnsafeMutablePointer<PyValue>?) {
        self.runtime = runtime
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        self.function = function
        slotCount = runtime.nlocalsplus + runtime.stacksize + 1
        ownsSlots = slots == nil
        self.slots = slots ?? .allocate(capacity: slotCount)
        // Localsplus is always initialised; the stack above `sp` is not (see Stack.swift).
        self.slots.initialize(repeating: .null, count: runtime.nlocalsplus)
        sp = runtime.nlocalsplus
    }

    /// Makes a recycled frame ready for a new call of its code. Fields are only stored when they
    /// change: the same function calling itself or being called in a loop costs no retain.
    @inline(__always)
    func reuse(globals: PyDict, builtins: PyDict, locals: PyDict?, function: PyFunction?,
               slots: UnsafeMutablePointer<PyValue>) {
        if self.globals !== globals { self.globals = globals }
        if self.builtins !== builtins { self.builtins = builtins }
        if self.function !== function { self.function = function }
        if locals != nil || self.locals != nil { self.locals = locals }
        self.slots = slots
        slots.initialize(repeating: .null, count: runtime.nlocalsplus)
        sp = runtime.nlocalsplus
        pc = 0
        lasti = 0
        isFinished = false
    }

    /// Drops the values still in the slab (locals, and any stack left by an exception).
    func clearSlots() {
        var i = 0
        while i < sp {
            _ = (slots + i).move()
            i += 1
        }
        sp = 0
    }

    deinit {
        if ownsSlots {
            clearSlots()
            slots.deallocate()
        }
    }

    /// What `execute` keeps in registers while this frame runs.
    @inline(__always)
    var registers: (UnsafeMutablePointer<DecodedInstruction>, UnsafeMutablePointer<PyValue>,
                    UnsafeMutablePointer<PyStr>, UnsafeMutablePointer<InlineCache>,
                    UnsafeMutablePointer<PyValue>, Int) {
        (runtime.instructions, runtime.consts, runtime.names, runtime.caches, slots, runtime.nlocalsplus)
    }

    /// The traceback line for the instruction running now.
    func tracebackEntry() -> TracebackEntry {
        let pos = runtime.position(at: lasti)
        return TracebackEntry(filename: runtime.code.filename, name: runtime.code.name,
                              lineno: pos?.lineno ?? runtime.code.firstlineno, range: pos?.range)
    }
}
