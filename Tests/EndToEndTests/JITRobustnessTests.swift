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

    /// Found by a crash hunt against Numba 0.68.1: each of these crashed, hung or was wrong.
    @Test func edgeCasesFromTheCrashHunt() throws {
        let r = try Self.run("""
        from numba import njit
        import numpy as np
        @njit
        def count(a, b, s):
            c = 0
            for i in range(a, b, s):
                c += 1
            return c
        print(count(9223372036854775806, 9223372036854775807, 2), count(0, 9223372036854775807, 4611686018427387904),
              count(-9223372036854775807, -9223372036854775808, -3), count(10, 0, -3), count(0, 10, 3))
        @njit
        def rounded(x, n):
            return round(x, n)
        print(rounded(1.5, -9223372036854775808), rounded(2.675, 2))
        @njit
        def pick(t, i):
            return t[i]
        try:
            pick((1, 2, 3), 1000000000)
        except IndexError as e:
            print("IndexError:", e)
        @njit
        def maybe(c):
            if c:
                a = np.zeros(3)
            return a
        maybe(False)
        maybe(False)
        @njit
        def compare(a, b):
            return a > b, a <= b, max(a, b), min(a, b)
        print(compare(True, False))
        @njit
        def fresh(n):
            return np.zeros(n)
        total = 0.0
        for _ in range(3000):
            total += fresh(100000).size
        print(total)
        """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
        1 2 1 4 4
        0.0 2.68
        IndexError: tuple index out of range
        (True, False, True, False)
        300000000.0

        """)
    }

    /// Eager signatures as Numba resolves them: recursion through the function's own name
    /// while it compiles at decoration, a jitted caller converting its arguments to the
    /// signature, and a float truncated for an int64 one. (Outputs checked against Numba 0.68.1.)
    @Test func eagerSignatures() throws {
        let r = try Self.run("""
        from numba import njit
        @njit("int64(int64)")
        def fact(n):
            if n <= 1:
                return 1
            return n * fact(n - 1)
        @njit("float64(float64)")
        def twice(x):
            return x * 2
        @njit
        def caller(n):
            return twice(n)
        @njit("int64(int64)")
        def plus_one(x):
            return x + 1
        print(fact(5), caller(3), twice.signatures, plus_one(1.5))
        """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "120 6.0 [(float64,)] 2\n")
    }
}
