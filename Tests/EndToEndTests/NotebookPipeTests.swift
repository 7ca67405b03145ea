import Foundation
import JitbookTestSupport
import Testing

/// `jitbook` with stdin not a terminal: the cell loop with no banner, prompts or echo.
@Suite struct NotebookPipeTests {
    static func run(_ input: String, in directory: URL? = nil) throws -> JitbookRunner.Result {
        try JitbookRunner.run([], in: directory ?? FileManager.default.temporaryDirectory, stdin: input)
    }

    @Test func issueExample() throws {
        // `printf '1 + 2\nx = 5\nx * 2\n%%timeit -n 1 -r 1 x\n' | jitbook`
        let r = try Self.run("1 + 2\nx = 5\nx * 2\n%timeit -n 1 -r 1 x\n")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.prefix(2) == ["Out[1]: 3", "Out[3]: 10"])
        let timing = try #require(lines.last)
        #expect(timing.range(of: #"^[0-9.]+ (ns|µs|ms|s) ± [0-9.]+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 1 run, 1 loop each\)$"#,
                             options: .regularExpression) != nil, "\(timing)")
        #expect(r.stderr == "")
        #expect(r.status == 0)
    }

    @Test func outputHistoryAndUnderscores() throws {
        let r = try Self.run("""
        10
        _ + 1
        __ * 2
        _1 + _2
        x = 4;
        x;
        Out
        In[2]
        _i
        [1,
         2]

        """)
        #expect(r.stdout == """
        Out[1]: 10
        Out[2]: 11
        Out[3]: 20
        Out[4]: 21
        Out[7]: {1: 10, 2: 11, 3: 20, 4: 21}
        Out[8]: '_ + 1'
        Out[9]: 'In[2]'
        Out[10]: [1, 2]

        """)
    }

    @Test func multiLineReprStartsOnTheNextLine() throws {
        let r = try Self.run("class A:\n    def __repr__(self):\n        return 'one\\ntwo'\n\nA()\n")
        #expect(r.stdout == "Out[2]: \none\ntwo\n")
    }

    @Test func errorThenLaterCellUsesEarlierNames() throws {
        let r = try Self.run("""
        def half(n):
            return n / 0

        total = 40
        half(total)
        total + 2

        """)
        #expect(r.stdout == "Out[4]: 42\n")
        #expect(r.stderr == """
        Traceback (most recent call last):
          File "<cell 3>", line 1, in <module>
            half(total)
          File "<cell 1>", line 2, in half
            return n / 0
                   ~~^~~
        ZeroDivisionError: division by zero

        """)
        #expect(r.status == 0)
    }

    @Test func lastCellFailingGivesStatusOne() throws {
        let r = try Self.run("x = 1\nundefined_name\n")
        #expect(r.status == 1)
        #expect(r.stderr.hasSuffix("NameError: name 'undefined_name' is not defined\n"))
    }

    @Test func syntaxErrorIsReportedAtOnceAndCounted() throws {
        let r = try Self.run("x = = 1\n1 + 1\n")
        #expect(r.stdout == "Out[2]: 2\n")
        #expect(r.stderr == """
          File "<cell 1>", line 1
            x = = 1
                ^
        SyntaxError: invalid syntax

        """)
    }

    @Test func magics() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jitbook-magics-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run("""
        %%file helper.py
        GREETING = 'hi'
        print('ran helper')

        %run helper.py
        GREETING
        b = [1, 2, 3]
        %who
        %whos list
        %foo
        t = %timeit -o -q -n 5 -r 2 sum(b)
        (t.loops, t.repeat, len(t.all_runs), t.best <= t.worst)
        %history -n -l 2
        %reset -f
        %who

        """, in: dir)
        #expect(r.stdout == """
        Writing helper.py
        ran helper
        Out[3]: 'hi'
        GREETING\t b\t 
        Variable   Type    Data/Info
        ----------------------------
        b          list    n=3
        Out[9]: (5, 2, 2, True)
        \u{20}  8: t = %timeit -o -q -n 5 -r 2 sum(b)
           9: (t.loops, t.repeat, len(t.all_runs), t.best <= t.worst)
        Interactive namespace is empty.

        """)
        #expect(r.stderr == "UsageError: Line magic function `%foo` not found.\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("helper.py"), encoding: .utf8)
                == "GREETING = 'hi'\nprint('ran helper')\n")
    }

    @Test func timeMagic() throws {
        let r = try Self.run("%time sum(range(10))\n")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("CPU times: user "))
        #expect(lines[1].hasPrefix("Wall time: "))
        #expect(lines[2] == "Out[1]: 45")
    }

    @Test func helpSyntax() throws {
        let r = try Self.run("def add(a, b=2):\n    'Adds b to a.'\n    return a + b\n\nadd?\nadd??\nx = 5\nx?\n")
        let expected = """
        Signature: add(a, b=2)
        Docstring: Adds b to a.
        File:      <cell 1>
        Type:      function
        Signature: add(a, b=2)
        Source:
        def add(a, b=2):
            'Adds b to a.'
            return a + b
        File:      <cell 1>
        Type:      function
        Type:        int
        String form: 5
        Docstring:

        """
        #expect(r.stdout.hasPrefix(expected), "\(r.stdout)")
    }

    @Test func exitLeavesWithStatusZero() throws {
        let r = try Self.run("1\nexit\n2\n")
        #expect(r.stdout == "Out[1]: 1\n")
        #expect(r.status == 0)
    }
}
