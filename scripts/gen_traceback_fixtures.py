#!/usr/bin/env python3
"""Generates Tests/Fixtures/tracebacks: programs that raise, and what CPython 3.11 prints for them.

For each case this writes `<name>.py` (the program) and `<name>.json`:

- "expected": what CPython's default excepthook (the C printer, Python/traceback.c and
  Python/pythonrun.c) writes to stderr for the uncaught exception: what a user sees;
- "expected_py": `traceback.format_exception` for the same exception (Lib/traceback.py);
- "exceptions": every exception of the chain (index 0 is the one printed): its type (name,
  qualname, module, nearest builtin base), args (ints, strs and None only, so the Swift test
  can rebuild them without str/float reprs), notes, cause/context links, `__suppress_context__`,
  the SyntaxError fields, and the traceback entries: file, function, line and the position
  range from `co_positions()` at `tb_lasti`, which is what our eval loop records.

The Swift test (Tests/PyRuntimeTests/Traceback/TracebackFixtureTests.swift) rebuilds each
exception from the JSON and compares `TracebackPrinter.format` with "expected" byte for byte.

Run from anywhere with CPython 3.11: python3 scripts/gen_traceback_fixtures.py
"""

import json
import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "tracebacks")

# Runs one case: compiles the program under the chosen file name (relative to the fixture folder,
# which is the working directory, so the printers find the source), runs it, and on the uncaught
# exception records it, then hands it to the C printer exactly as an uncaught one would be.
DRIVER = r'''
import json, sys, traceback, itertools, builtins

case_path, filename, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
with open(case_path, encoding="utf-8") as f:
    source = f.read()

def encode_arg(a):
    if a is None:
        return {"none": True}
    if type(a) is int:
        return {"int": a}
    if type(a) is str:
        return {"str": a}
    if type(a) is tuple:
        return {"tuple": [encode_arg(x) for x in a]}
    raise SystemExit(f"{case_path}: arg {a!r} is not an int, str, None or tuple")

def builtin_base(t):
    for k in t.__mro__:
        if k.__module__ == "builtins":
            return k.__name__
    return "BaseException"

def positions(tb):
    code = tb.tb_frame.f_code
    if tb.tb_lasti < 0:
        return None
    p = next(itertools.islice(code.co_positions(), tb.tb_lasti // 2, None))
    if None in p:
        return None
    lineno, end_lineno, col, end_col = p
    return [lineno, col, end_lineno, end_col]

def record(top):
    order, index = [], {}
    def visit(e):
        if e is None or id(e) in index:
            return
        index[id(e)] = len(order)
        order.append(e)
        visit(e.__cause__)
        visit(e.__context__)
    visit(top)
    out = []
    for e in order:
        t = type(e)
        entries = []
        tb = e.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            entries.append({"filename": code.co_filename, "name": code.co_name,
                            "lineno": tb.tb_lineno, "range": positions(tb)})
            tb = tb.tb_next
        item = {
            "type": t.__name__, "qualname": t.__qualname__, "module": t.__module__,
            "base": builtin_base(t), "args": [encode_arg(a) for a in e.args],
            "str": str(e), "notes": list(getattr(e, "__notes__", [])),
            "cause": index.get(id(e.__cause__)) if e.__cause__ is not None else None,
            "context": index.get(id(e.__context__)) if e.__context__ is not None else None,
            "suppress_context": e.__suppress_context__, "entries": entries,
        }
        if isinstance(e, (NameError, AttributeError)) and isinstance(e.name, str):
            item["name"] = e.name
        if isinstance(e, AttributeError) and e.obj is not None:
            item["dir"] = dir(e.obj)
        if isinstance(e, NameError) and e.__traceback__ is not None:
            tb = e.__traceback__
            while tb.tb_next is not None:
                tb = tb.tb_next
            frame = tb.tb_frame
            item["scope"] = {"varnames": list(frame.f_code.co_varnames),
                             "globals": list(frame.f_globals),
                             "builtins": list(frame.f_builtins)}
        if isinstance(e, SyntaxError):
            item["syntax"] = {"msg": e.msg, "filename": e.filename, "lineno": e.lineno,
                              "offset": e.offset, "text": e.text,
                              "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        out.append(item)
    return out

try:
    code = compile(source, filename, "exec")
    exec(code, {"__name__": "__main__", "__builtins__": builtins})
except BaseException as e:
    tb = e.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    e.__traceback__ = tb
    data = {"filename": filename,
            "expected_py": "".join(traceback.format_exception(e)),
            "exceptions": record(e)}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    sys.stdout.flush()
    sys.__excepthook__(type(e), e, tb)
else:
    raise SystemExit(f"{case_path}: no exception")
'''

CASES = {}


def case(name, source, filename=None):
    CASES[name] = (textwrap.dedent(source).lstrip("\n"), filename)


# Binary operators: the anchor is the operator between the two operands.
case("binop_add", """
    def add(a, b):
        return a + b

    add(1, "x")
""")
case("binop_div_zero", """
    def ratio(total, count):
        scale = 100
        return total * scale / count

    def report(values):
        return ratio(sum(values), len(values))

    report([])
""")
case("binop_floordiv", """
    x = 7
    y = 0
    z = x // y
""")
case("binop_parens", """
    def f(a, b):
        return (a) + (b)

    f(None, 1)
""")
case("binop_nested_parens", """
    a, b, c = 1, 2, 0
    value = (a + b) / (c * 2)
""")
case("binop_spaced_operator", """
    def f(a, b):
        return a    **    b

    f("a", 2)
""")
case("binop_inner", """
    def f(a, b, c):
        return a + b * c

    f(1, "x", None)
""")
case("binop_multiline", """
    def f(a, b):
        return (a +
                b)

    f(1, [])
""")
case("compare_no_anchor", """
    def smaller(a, b):
        return a < b

    smaller(1, "x")
""")
case("unary_op", """
    def neg(x):
        return -x

    print(neg(3), neg("three"))
""")
case("augassign_whole_line", """
    total = 0
    for word in ["a", "b"]:
        total += word
""")
# Subscripts: the anchor is the bracket part.
case("subscript_index", """
    def last(items):
        return items[len(items)]

    last([1, 2, 3])
""")
case("subscript_int_key", """
    def lookup(table, key):
        return table[key] * 2

    lookup({1: 2}, 3)
""")
case("subscript_nested", """
    grid = [[1, 2], [3, 4]]
    value = grid[1][5] + 1
""")
case("subscript_spaced", """
    def f(x):
        return x [ 0 ] [ 9 ]

    f([[1]])
""")
case("subscript_store", """
    point = (1, 2)
    point[0] = 5
""")
# Calls: 3.11 underlines the whole call (3.13 added anchors for calls).
case("call_nested", """
    def inner(n):
        return 10 // n

    def middle(n):
        return inner(n - 1) + 1

    def outer():
        return middle(1)

    outer()
""")
case("call_argument_position", """
    def fail(x):
        raise ValueError("bad value")

    def show(a, b):
        return a, b

    result = show(1, fail(2))
""")
case("call_multiline_args", """
    def h(a, b):
        return a.foo(b)

    x = [1, 2]
    print(len(x), h(x,
       3))
""")
case("call_method_keyword", """
    class Account:
        def withdraw(self, amount):
            if amount > 10:
                raise RuntimeError("insufficient funds")

    acct = Account()
    acct.withdraw(amount=50)
""")
case("attribute_error", """
    class Point:
        def __init__(self):
            self.x = 1

    p = Point()
    print(p.x, p.y)
""")
case("attribute_method_call", """
    values = [3, 1, 2]
    values.push(4)
""")
# Recursion: identical consecutive entries are compressed after three.
case("recursion_repeat", """
    def countdown(n):
        if n == 0:
            return 1 / n
        return countdown(n - 1)

    countdown(10)
""")
case("recursion_error", """
    import sys
    sys.setrecursionlimit(60)

    def forever(n):
        return forever(n + 1)

    forever(0)
""")
case("recursion_once_more", """
    def down(n):
        if n == 0:
            raise ValueError("bottom")
        return down(n - 1)

    down(4)
""")
case("mutual_recursion", """
    def ping(n):
        return pong(n - 1)

    def pong(n):
        if n <= 0:
            raise LookupError("done")
        return ping(n)

    ping(4)
""")
# Chained exceptions.
case("chain_context", """
    def parse(text):
        try:
            return int(text)
        except ValueError:
            raise RuntimeError("could not parse")

    parse("abc")
""")
case("chain_cause", """
    def load(d, k):
        try:
            return d[k]
        except KeyError as e:
            raise LookupError("missing setting") from e

    load({}, 42)
""")
case("chain_from_none", """
    try:
        {}[1]
    except KeyError:
        raise ValueError("hidden context") from None
""")
case("chain_three_deep", """
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][0]
    except IndexError:
        raise TypeError("third")
""")
case("chain_cause_and_context", """
    try:
        raise OSError("first")
    except OSError as first:
        try:
            raise ValueError("second")
        except ValueError:
            raise RuntimeError("third") from first
""")
# Final lines.
case("user_exception", """
    class MyError(Exception):
        pass

    def check(v):
        if v < 0:
            raise MyError("negative: -1")

    check(-1)
""")
case("user_exception_no_args", """
    class Empty(Exception):
        pass

    raise Empty
""")
case("user_exception_nested_module", """
    class Outer:
        class Failure(Exception):
            pass

    class Remote(Exception):
        pass

    Remote.__module__ = "mylib.net"

    try:
        raise Outer.Failure("inner")
    except Exception:
        raise Remote("remote")
""")
case("empty_message", """
    raise ValueError("")
""")
case("exception_multiple_args", """
    raise ValueError(1, "two", None)
""")
case("exception_with_notes", """
    e = TypeError("bad type")
    e.add_note("first note")
    e.add_note("second\\nnote")
    raise e
""")
case("keyerror_int", """
    counts = {1: 1}
    counts[7] += 1
""")
case("keyerror_no_args", """
    raise KeyError()
""")
case("assertion", """
    def check(x):
        assert x > 1, "x too small"

    check(0)
""")
case("listcomp_frame", """
    values = [1, 0, 2]
    inverses = [1 / v for v in values]
""")
case("method_frames", """
    class Stack:
        def __init__(self):
            self.items = []

        def pop(self):
            return self.items.pop()

    Stack().pop()
""")
case("lambda_frame", """
    f = lambda x: x.missing
    f(1)
""")
case("trailing_comment", """
    data = [1, 2]
    item = data[2]  # this fails
""")
# Unicode: byte columns, code points and double-width characters.
case("unicode_source", """
    def f():
        ñame = "日本語"; return ñame + 1

    f()
""")
case("unicode_wide_attribute", """
    "日本語日本語日本語".foo(1)
""")
case("unicode_message", """
    raise ValueError("übel: 日本")
""")
case("binop_parens_two_char", """
    a, b = None, 1
    (a) // (b)
""")
case("binop_paren_right", """
    a, b = None, 1
    print(a+(b), ((a))//b)
""")
case("trailing_whitespace", "a = None\nx = a[1]   \n")
case("tab_indentation", "def f():\n\ta = None\n\treturn a[1] + 2\nf()\n")
case("unicode_wide_before_start", """
    x = "日本"; y = x + 1
""")
case("unicode_wide_subscript", """
    d = {"日": 1}; print(d["日本"] + 1, "日本")
""")
case("unicode_multiline_byte_scan", """
    x = "日本"; y = (x
     + 1)
""")
# Suggestions: CPython 3.11's C printer adds "Did you mean" for NameError and AttributeError.
case("suggest_name_builtin", """
    prnt("hello")
""")
case("suggest_name_local", """
    def f():
        counter = 1
        return countr + 1

    f()
""")
case("suggest_name_global", """
    total_sum = 0
    def f():
        return total_summ

    f()
""")
case("suggest_attribute", """
    class Point:
        def __init__(self):
            self.x = 1
            self.y = 2

    values = [1, 2]
    values.apend(3)
""")
case("suggest_attribute_none", """
    class Config:
        verbose = True

    print(Config().verbos)
""")
case("name_error_no_suggestion", """
    def f():
        return qqqqqqq

    f()
""")
# Source not available: no source lines.
case("no_source_file", """
    def f():
        return 1 / 0

    f()
""", filename="not_a_real_file.py")
case("string_filename", """
    x = [1]
    x[3]
""", filename="<string>")
# Syntax errors: no traceback, the caret block.
case("syntax_invalid", """
    x = 1
    y = x +* 2
""")
case("syntax_never_closed", """
    total = (1 +
             2
""")
case("syntax_indentation", """
    def f():
        x = 1
          y = 2
""")
case("syntax_range", """
    print "hello"
""")
case("syntax_assign_literal", """
    if True:
        1 = x
""")


# Expression segments whose root shape (binary operation or subscript, and the offsets CPython's
# anchors start from) the Swift tokenizer must find as ast.parse finds it: segments/shapes.json.
SEGMENTS = [
    "a + b", "a+b", "a + b * c", "a * b + c", "a - b - c", "a ** b ** c", "-a ** b", "-a * b",
    "a ** -b", "(a) + (b)", "((a)) // b", "(a + b) * (c - d)", "a[0]", "a[1:2]", "a[1,]",
    "a [ 1 ] [ 2 ]", "(a)[0]", "a.b[c]", "f(x)[0]", "f(x)", "a.b", "a.b(c) + d", "x[(1)]",
    "a if b else c", "not a", "a and b", "a or b", "a < b", "a < b + c", "a in b", "a is b",
    "lambda: a + b", "[a + b]", "[a][0]", "{a: b}[c]", "a @ b", "a % b", "a << b | c & d ^ e",
    "'a' + 'b'", "'a' 'b' + c", "f'{x}' * 2", "a.b.c // d", "await a + b", "await a[0]",
    "~a + b", "~a", "1e-5 + x", "0x1e+5", "x[a, b:c]", "a + (yield)", "(a, b) + c",
    "(x for x in y)", "a = b + c", "a += 1", "x + y; z", "a[b][c] * d", "not a + b",
    "1 if x else 2", "print(a + b)", "a+-b", "a - -b", "a * (b)", "(a) * b", "a[0] + b[1]",
    "...", "None + 1", "a.b[0].c", "'日本' + x", "ñ[0]", "x[y]()", "x()[y]", "a[...]",
]


def segment_shape(segment):
    import ast
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    e = tree.body[0].value
    if isinstance(e, ast.BinOp):
        return {"binop": [e.left.end_col_offset, e.right.col_offset]}
    if isinstance(e, ast.Subscript):
        return {"subscript": [e.value.end_col_offset, e.slice.end_col_offset]}
    return None


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(os.path.join(OUT, "segments"), exist_ok=True)
    with open(os.path.join(OUT, "segments", "shapes.json"), "w", encoding="utf-8") as f:
        json.dump([{"segment": seg, "shape": segment_shape(seg)} for seg in SEGMENTS], f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    driver = os.path.join(OUT, "_driver.py.tmp")
    with open(driver, "w") as f:
        f.write(DRIVER)
    try:
        for name, (source, filename) in CASES.items():
            path = os.path.join(OUT, name + ".py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            out = os.path.join(OUT, name + ".json")
            fname = filename or name + ".py"
            r = subprocess.run([sys.executable, driver, path, fname, out], cwd=OUT,
                               capture_output=True, text=True, encoding="utf-8",
                               env={**os.environ, "PYTHONIOENCODING": "utf-8"})
            if r.returncode == 0 and not os.path.exists(out):
                raise SystemExit(f"{name}: {r.stdout}{r.stderr}")
            with open(out, encoding="utf-8") as f:
                data = json.load(f)
            data["expected"] = r.stderr
            data["stdout"] = r.stdout
            with open(out, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
                f.write("\n")
            same = "" if data["expected"] == data["expected_py"] else "  (C and Python printers differ)"
            print(f"{name}{same}")
    finally:
        os.remove(driver)


if __name__ == "__main__":
    main()
