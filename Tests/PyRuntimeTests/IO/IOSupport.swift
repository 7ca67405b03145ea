import Foundation
import Testing
@testable import PyRuntime

/// All of this branch's runtime tests, run one at a time: the runtime is single-threaded by
/// design (interned names, type caches, the standard streams), and Swift Testing would otherwise
/// run suites in parallel.
@Suite(.serialized) enum RuntimeIOTests {}

/// Helpers for the I/O tests: calling builtins and methods, a capturing file-like object, and a
/// scratch directory.
enum IOTest {
    static func builtin(_ name: String) -> PyValue { Runtime.builtins.lookup(name)! }

    @discardableResult
    static func call(_ name: String, _ args: [PyValue], _ kw: [(String, PyValue)] = []) throws -> PyValue {
        try Protocol.call(builtin(name), args + kw.map(\.1), kwnames: kw.map { Names.intern($0.0) })
    }

    @discardableResult
    static func method(_ v: PyValue, _ name: String, _ args: [PyValue] = []) throws -> PyValue {
        try Protocol.call(Protocol.getAttr(v, Names.intern(name)), args)
    }

    static func attr(_ v: PyValue, _ name: String) throws -> PyValue {
        try Protocol.getAttr(v, Names.intern(name))
    }

    static func string(_ v: PyValue) -> String? { (v.object as? PyStr)?.value }

    /// An object with `write` and `flush` that records every call, as a user's file-like class.
    final class Capture {
        var writes: [String] = []
        var flushes = 0
        lazy var object: PyValue = {
            let m = PyModule(name: "capture")
            m.dict!.setItem("write", .object(PyBuiltinFunction(name: "write") { [unowned self] (a) throws(PyException) -> PyValue in
                let s = (a[0].object as? PyStr)?.value ?? "<not a str>"
                self.writes.append(s)
                return .int(s.unicodeScalars.count)
            }))
            m.dict!.setItem("flush", .object(PyBuiltinFunction(name: "flush") { [unowned self] (_) throws(PyException) -> PyValue in
                self.flushes += 1
                return .none
            }))
            return .object(m)
        }()
        var text: String { writes.joined() }
    }

    /// A fresh directory under the system's temporary folder.
    static func scratchDirectory() -> String {
        let dir = NSTemporaryDirectory() + "jitbook-io-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The sys module the tests share (made once; the tests restore what they change).
    static let sys: PyModule = {
        TestShims.ensureStrRepr()
        let m = try! SysModule.make()
        Interpreter.shared.modules.setItem("sys", .object(m))
        return m
    }()

    /// Runs `body` with `sys.<name>` set to `value`, then puts the standard stream back.
    static func withSys<R>(_ name: String, _ value: PyValue, _ body: () throws -> R) rethrows -> R {
        let old = sys.dict!.lookup(name)!
        sys.dict!.setItem(name, value)
        defer { sys.dict!.setItem(name, old) }
        return try body()
    }

    /// The message of a thrown Python exception, for `#expect` on CPython's wording.
    static func message(_ body: () throws -> Void) -> (type: String, message: String)? {
        do {
            try body()
            return nil
        } catch let e as PyException {
            return (e.type.name, (try? Protocol.str(.object(e.value))) ?? "")
        } catch {
            return nil
        }
    }
}
