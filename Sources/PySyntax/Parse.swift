#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The public entry points: `parse` (CPython's `compile(..., flags=PyCF_ONLY_AST)` front end)
// and `runWithLargeStack`, which the parser uses so that deeply nested input ends in a
// SyntaxError rather than a stack overflow whatever thread calls it.

/// How a source string is parsed, as `compile()`'s mode argument.
public enum ParseMode: Sendable {
    /// A module: any number of statements (`compile(src, f, "exec")`).
    case exec
    /// One expression (`"eval"`).
    case eval
    /// One interactive statement, possibly compound (`"single"`).
    case single
}

/// Parses Python 3.11 source into an AST.
///
/// - Parameters:
///   - source: the program text; a leading byte-order mark is skipped, CRLF and CR are newlines.
///   - filename: used in SyntaxErrors only.
///   - mode: `.exec` gives `Mod.module`, `.eval` gives `Mod.expression`, `.single` gives
///     `Mod.module` holding the one interactive statement (there is no `Interactive` case).
/// - Throws: the `SyntaxError` (or IndentationError / TabError kind) CPython 3.11 would raise,
///   with its message, position and text.
/// - Complexity: linear in the source length for ordinary code.
public func parse(_ source: String, filename: String, mode: ParseMode = .exec)
    throws(SyntaxError) -> Mod
{
    let result: Result<Mod, SyntaxError> = runWithLargeStack {
        let rule: StartRule
        switch mode {
        case .exec: rule = .exec
        case .eval: rule = .eval
        case .single: rule = .single
        }
        let buffer = SourceBuffer(source, appendNewline: mode == .exec)
        let parser = Parser(buffer: buffer, filename: filename, mode: rule)
        do throws(SyntaxError) {
            return .success(try parser.run())
        } catch {
            return .failure(error)
        }
    }
    return try result.get()
}

/// The stack given to the parser's thread. Parser rules are bounded at 6000 nested calls
/// (CPython's MAXSTACK); the deepest inputs need about 24 MB in debug builds (measured with
/// 2,900 nested lambdas), so this leaves a tenfold margin. It is address space, not memory.
let largeStackSize = 256 << 20

/// Runs `body` on a thread with a 256 MB stack and waits for it. The parser, `dumpAST` and the
/// release of very deep trees (a 100,000-term `1+1+...` nests that deep) recurse once per level;
/// callers that walk such trees recursively can use this too.
public func runWithLargeStack<T>(_ body: () -> T) -> T {
    var result: T? = nil
    withoutActuallyEscaping({ result = body() }) { work in
        let box = ThreadWork(work)
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, largeStackSize)
        let arg = Unmanaged.passRetained(box).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t? = nil
        let rc = pthread_create(&thread, &attr, { raw in
            Unmanaged<ThreadWork>.fromOpaque(raw).takeRetainedValue().work()
            return nil
        }, arg)
        if rc == 0, let thread {
            pthread_join(thread, nil)
        } else {
            Unmanaged<ThreadWork>.fromOpaque(arg).takeRetainedValue().work()
        }
        #else
        var thread = pthread_t()
        let rc = pthread_create(&thread, &attr, { raw in
            Unmanaged<ThreadWork>.fromOpaque(raw!).takeRetainedValue().work()
            return nil
        }, arg)
        if rc == 0 {
            pthread_join(thread, nil)
        } else {
            Unmanaged<ThreadWork>.fromOpaque(arg).takeRetainedValue().work()
        }
        #endif
    }
    return result!
}

/// The closure handed to the thread (C thread entry points cannot be generic).
final class ThreadWork {
    let work: () -> Void
    init(_ work: @escaping () -> Void) { self.work = work }
}
