import Testing
@testable import Notebook

/// When a cell is whole (CPython's codeop rule as IPython applies it) and what IPython's input
/// transformations make of magics and help syntax.
@Suite struct CellInputTests {
    @Test(arguments: [
        ("1 + 2", CellInput.Status.complete),
        ("x = 5", .complete),
        ("def f(x):", .incomplete),
        ("def f(x):\n    return x", .incomplete),
        ("def f(x):\n    return x\n", .complete),
        ("def f(x):\n    return x\nf(1)", .complete),
        ("for i in range(3): print(i)", .complete),
        ("x = (1,", .incomplete),
        ("x = (1,\n", .incomplete),
        ("x = (1,\n 2)", .complete),
        ("s = '''a", .incomplete),
        ("x = = 1", .complete),
        ("def f(x):\n", .complete),
        ("%timeit x", .complete),
        ("%%timeit\nx + 1", .incomplete),
        ("%%timeit\nx + 1\n", .complete),
        ("f?", .complete),
        ("if x:\n    y = 1\nelse:", .incomplete),
    ])
    func status(_ text: String, _ expected: CellInput.Status) {
        #expect(CellInput.status(text) == expected, "\(text.debugDescription)")
    }

    @Test func autoIndent() {
        #expect(CellInput.nextIndent(after: "def f(x):") == "    ")
        #expect(CellInput.nextIndent(after: "def f(x):\n    if x:  # a comment") == "        ")
        #expect(CellInput.nextIndent(after: "def f(x):\n    y = 1") == "    ")
        #expect(CellInput.nextIndent(after: "def f(x):\n    return 1") == "")
        #expect(CellInput.nextIndent(after: "for i in x:\n    if i:\n        break") == "    ")
    }

    @Test func magicsBecomeShellCalls() {
        #expect(CellTransformer.transform("%timeit -n 1 x") == "get_ipython().run_line_magic('timeit', '-n 1 x')")
        #expect(CellTransformer.transform("t = %timeit -o f(1)")
                == "t = get_ipython().run_line_magic('timeit', '-o f(1)')")
        #expect(CellTransformer.transform("for i in range(2):\n    %time f(i)")
                == "for i in range(2):\n    get_ipython().run_line_magic('time', 'f(i)')")
        #expect(CellTransformer.transform("%%file a.py\nprint('hi')\n")
                == "get_ipython().run_cell_magic('file', 'a.py', 'print(\\'hi\\')\\n')")
        #expect(CellTransformer.transform("!ls -l") == "get_ipython().system('ls -l')")
        #expect(CellTransformer.transform("x != 1") == "x != 1")
        #expect(CellTransformer.transform("s = '''\n%not a magic\n'''") == "s = '''\n%not a magic\n'''")
        #expect(CellTransformer.transform("x % 3") == "x % 3")
    }

    @Test func helpSyntax() {
        #expect(CellTransformer.transform("f?") == "get_ipython().run_line_magic('pinfo', 'f')")
        #expect(CellTransformer.transform("np.sum??") == "get_ipython().run_line_magic('pinfo2', 'np.sum')")
        #expect(CellTransformer.transform("?len") == "get_ipython().run_line_magic('pinfo', 'len')")
        #expect(CellTransformer.transform("?") == "get_ipython().run_line_magic('quickref', '')")
    }

    @Test func trailingSemicolonHidesTheValue() {
        #expect(CellTransformer.endsWithSemicolon("x;"))
        #expect(CellTransformer.endsWithSemicolon("y = 1\nx;  # quiet"))
        #expect(!CellTransformer.endsWithSemicolon("x"))
        #expect(!CellTransformer.endsWithSemicolon("s = 'a;'"))
    }

    @Test func historyFileRoundTrip() {
        for cell in ["x = 1", "def f():\n    return '\\\\n'", "a\\nb"] {
            #expect(HistoryFile.decode(HistoryFile.encode(cell)) == cell)
            #expect(!HistoryFile.encode(cell).contains("\n"))
        }
    }
}

@Suite struct NotebookDocumentTests {
    @Test func percentFormat() {
        let cells = NotebookDocument.percentCells("""
        # A header comment before the first cell is not a cell

        # %% [markdown]
        # # Title
        #
        # Some *text*.

        # %% Setup tags=["raises-exception", "other"]
        x = 1

        # %%
        print(x)
        """)
        #expect(cells.count == 3)
        #expect(cells[0].kind == .markdown)
        #expect(cells[0].source == "# Title\n\nSome *text*.")
        #expect(cells[1].kind == .code)
        #expect(cells[1].source == "x = 1")
        #expect(cells[1].tags == ["raises-exception", "other"])
        #expect(cells[2].source == "print(x)")
        #expect(cells[2].tags.isEmpty)
    }

    @Test func markdownRendering() {
        Terminal.colour = false
        let text = MarkdownRenderer.render("""
        # Title

        A paragraph that is long enough to wrap at twenty columns.

        - one item
          continued
        - `code` and **bold**
        """, width: 20)
        #expect(text == """
        Title
        =====

        A paragraph that is
        long enough to wrap
        at twenty columns.

          \u{2022} one item
            continued
          \u{2022} `code` and bold

        """)
    }
}
