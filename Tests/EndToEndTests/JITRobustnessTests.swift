import Foundation
import JitbookTestSupport
import Testing

/// What the quality bar asks beyond Numba: bad input to the JIT gives a Python exception and
/// the process goes on. Numba itself crashes on the first of these (a native stack overflow).
struct JITRobustnessTests {
    static func run(_ program: String) throws -> JitbookRunner.Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jitbook-jit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try program.write(to: directory.appendingPathComponent("program.py"), atomically: true, encoding: .utf8)
        return try JitbookRunner.run(["program.py"], in: directory)
    }

    @Test func deepRecursionRaisesRecursionErrorAndStateSurvives() throws {
        let r = try Self.run("""
        from numba import njit
        @njit
        def depth(n):
            if n == 0:
                return 0
            return 1 + depth(n - 1)
        print(depth(1000))
        for _ in range(3):
            try:
                depth(100000000)
            except RecursionError as e:
                print("RecursionError:", e)
        print(depth(10))
        """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "1000\n" + String(repeating: "RecursionError: maximum recursion depth exceeded\n", count: 3) + "10\n")
    }

    @Test func unsupportedCodeIsATypingErrorNotACrash() throws {
        let r = try Self.run("""
        from numba import njit
        from numba.core.errors import TypingError
        @njit
        def comprehension(n):
            return [i for i in range(n)]
        @njit
        def guarded(n):
            try:
                return 1 // n
            except ZeroDivisionError:
                return 0
        @njit
        def endless(n):
            return endless(n)
        @njit
        def generator(n):
            yield n
        for f in (comprehension, guarded, endless, generator):
            try:
                f(1)
            except TypingError as e:
                print(f.__name__, "TypingError")
        """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "comprehension TypingError\nguarded TypingError\nendless TypingError\ngenerator TypingError\n")
    }
}
