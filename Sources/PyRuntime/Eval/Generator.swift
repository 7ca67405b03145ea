/// A generator: a suspended frame that `next()`/`send()` resume (CPython's genobject.c).
public final class PyGenerator: PyObject {
    let frame: Frame
    /// True while the frame runs (a generator cannot be re-entered).
    var isRunning = false
    /// True until the first resume: only None may be sent then.
    var justStarted = true
    public let name: String
    public let qualname: String

    init(frame: Frame) {
        self.frame = frame
        self.name = frame.function?.name ?? frame.runtime.code.name
        self.qualname = frame.function?.qualname ?? frame.runtime.code.qualname
        super.init(type: Types.generator)
    }

    /// Resumes with `value` pushed (the result of the `yield` expression), or with `exception`
    /// raised at the `yield`. Returns the next yielded value, or nil with `returnValue` set when
    /// the generator returned.
    func resume(sending value: PyValue, throwing exception: PyException? = nil)
        throws(PyException) -> (value: PyValue, finished: Bool)
    {
        if frame.isFinished {
            if let exception { throw exception }
            return (.none, true)
        }
        if isRunning { throw .valueError("generator already executing") }
        if justStarted && !value.isNone && exception == nil {
            throw .typeError("can't send non-None value to a just-started generator")
        }
        justStarted = false
        isRunning = true
        defer { isRunning = false }
        let interp = Interpreter.shared
        // A generator keeps its own "exception being handled" across suspensions.
        push(frame.slots, &frame.sp, value)
        frame.isSuspended = false
        let result: PyValue
        if let exception {
            // Raise at the suspended yield: pop the pushed value and unwind from there.
            drop(frame.slots, &frame.sp, 1)
            result = try interp.executeThrowing(frame, exception)
        } else {
            result = try interp.execute(frame)
        }
        if frame.isSuspended { return (result, false) }
        return (result, true)
    }

    /// `next(gen)`: the next value, or nil when the generator finished.
    func next() throws(PyException) -> PyValue? {
        let r = try resume(sending: .none)
        return r.finished ? nil : r.value
    }
}

/// `SEND` and `yield from` over any iterator.
enum GeneratorSupport {
    /// Sends `value` into `receiver`: a generator's `send`, or `next()` for other iterators when
    /// the value is None. Returns the yielded value, or the return value with `finished`.
    static func send(_ receiver: PyValue, _ value: PyValue) throws(PyException) -> (value: PyValue, finished: Bool)? {
        if case .object(let g as PyGenerator) = receiver {
            return try g.resume(sending: value)
        }
        if value.isNone {
            if let v = try Protocol.next(receiver) { return (v, false) }
            return (.none, true)
        }
        let send = try Protocol.getAttr(receiver, Names.send)
        do throws(PyException) {
            return (try Protocol.call(send, [value]), false)
        } catch {
            if error.matches(Types.stopIteration) {
                return (error.value.dict?.lookup("value") ?? .none, true)
            }
            throw error
        }
    }
}

extension Interpreter {
    /// Resumes a suspended frame by raising `exception` at its current instruction.
    func executeThrowing(_ frame: Frame, _ exception: PyException) throws(PyException) -> PyValue {
        // Point the frame at a RERAISE-like failure: run a one-instruction trampoline by
        // unwinding through the frame's exception table from the suspended instruction.
        let lasti = frame.pc - 1
        frame.lasti = lasti
        exception.value.traceback.insert(frame.tracebackEntry(), at: 0)
        guard let handler = frame.runtime.code.exceptionTable.first(where: {
            $0.start <= lasti && lasti < $0.end
        }) else {
            if frame.sp > frame.runtime.nlocalsplus {
                drop(frame.slots, &frame.sp, frame.sp - frame.runtime.nlocalsplus)
            }
            frame.isFinished = true
            throw exception
        }
        let depth = frame.runtime.nlocalsplus + handler.depth
        if frame.sp > depth { drop(frame.slots, &frame.sp, frame.sp - depth) }
        if handler.lasti { push(frame.slots, &frame.sp, .int(lasti)) }
        push(frame.slots, &frame.sp, .object(exception.value))
        frame.pc = handler.target
        return try execute(frame)
    }
}
