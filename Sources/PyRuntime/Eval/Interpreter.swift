/// Interpreter-wide state: one per process, as CPython's main interpreter.
///
/// The eval loop and the builtins reach it through `Interpreter.shared`; it holds what CPython
/// keeps in `PyInterpreterState` and `PyThreadState` (modules, recursion depth, the exception
/// being handled, the interrupt flag).
public final class Interpreter {
    nonisolated(unsafe) public static let shared = Interpreter()

    /// `sys.modules`.
    public let modules = PyDict()
    /// `sys.path`: where `import` looks for `.py` files (the script's folder first).
    public let path = PyList()
    /// `sys.argv`.
    public let argv = PyList()
    /// `sys.getrecursionlimit()`.
    public var recursionLimit = 1000
    /// Python frames currently executing.
    public var recursionDepth = 0
    /// Set asynchronously (Ctrl-C, a test's timer); the eval loop checks it at backward jumps
    /// and calls and raises KeyboardInterrupt.
    nonisolated(unsafe) public static var interruptRequested = false
    /// The exception being handled (`sys.exc_info()`, bare `raise`, implicit `__context__`).
    public var handledException: PyBaseException?
    /// The innermost executing frame (`sys._getframe`, `super()`, `locals()`).
    var currentFrame: Frame? { currentFrameRef?.takeUnretainedValue() }
    /// Unmanaged so that saving and restoring it around every call touches no reference count
    /// (an `unowned(unsafe)` copy costs an atomic retain); `execute` keeps the frame alive.
    var currentFrameRef: Unmanaged<Frame>?
    /// Frame slots (DataStack.swift).
    let dataStack = UnsafeMutablePointer<PyValue>.allocate(capacity: Interpreter.dataStackCapacity)
    var dataStackTop = 0

    /// Factories of the builtin modules, made on first import (`sys` and `builtins` are made at
    /// start-up). Other stages (the JIT, the notebook) register theirs here.
    public var builtinModuleFactories: [String: () throws(PyException) -> PyModule] = [:]

    private init() {}
}
