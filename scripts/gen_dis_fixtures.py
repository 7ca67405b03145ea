#!/usr/bin/env python3
"""Writes the expected CPython 3.11 output for every Tests/Fixtures/dis/*.py program.

For each NAME.py this writes, next to it:
  NAME.expected.json  what python3.11 compiles it to:
      "module_dis": dis.dis(module code object), addresses normalised to 0xADDR
      "units": dis.dis(...) of each top-level function and class body, in co_consts order
      "codes": per code object (module first, then depth-first in dis order): name,
               qualname, firstlineno, argument counts, co_stacksize, co_flags, co_code (hex),
               repr() of each of co_consts, co_names, co_varnames, co_cellvars,
               co_freevars, co_positions(), co_lines() and the exception table
  NAME.ast.json       ast.parse(source) as JSON, so the compiler can be tested without
                      the PySyntax parser (Tests/PyBytecodeTests/Support/ASTJSON.swift reads it)

It also writes opcodes.json (Lib/opcode.py's table with dis.stack_effect for sample opargs)
warnings.json (the SyntaxWarnings the compiler issues), modes.json (sources compiled in "eval", "single" and "exec" mode) and compile_errors.json: for each source in ERROR_CASES (which ast.parse accepts
but compile() rejects: symbol-table and compiler errors), its AST and the SyntaxError's
message and position.

Run from the repository root with CPython 3.11: python3 scripts/gen_dis_fixtures.py
Code-object addresses ("at 0x7f...") are replaced by "at 0xADDR"; the Swift tests render
addresses with the same token.
"""
import ast
import dis
import io
import json
import os
import re
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_dis_fixtures.py needs CPython 3.11 (found %s)" % sys.version.split()[0])

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "dis")
ADDR = re.compile(r"(<code object \S+ at )0x[0-9a-f]+")


def norm(text):
    return ADDR.sub(r"\g<1>0xADDR", text)


def dis_text(co):
    out = io.StringIO()
    dis.dis(co, file=out)
    return norm(out.getvalue())


def exception_table(co):
    return [[e.start, e.end, e.target, e.depth, e.lasti]
            for e in dis._parse_exception_table(co)]


def code_info(co, path):
    return {
        "path": path,
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "stacksize": co.co_stacksize,
        "flags": co.co_flags,
        "code": co.co_code.hex(),
        "consts": [norm(repr(c)) for c in co.co_consts],
        "names": list(co.co_names),
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "positions": [list(p) for p in co.co_positions()],
        "lines": [list(r) for r in co.co_lines()],
        "exceptiontable": exception_table(co),
    }


def walk(co, path, out):
    out.append(code_info(co, path))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, path + "/" + c.co_name, out)


# --- AST as JSON -----------------------------------------------------------------

def const_json(v):
    if v is None:
        return {"none": True}
    if v is Ellipsis:
        return {"ellipsis": True}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v.hex()}
    if isinstance(v, complex):
        return {"complex": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    raise TypeError("unexpected constant %r" % (v,))


def node_json(node):
    if isinstance(node, list):
        return [node_json(n) for n in node]
    if not isinstance(node, ast.AST):
        return node
    d = {"_t": type(node).__name__}
    for field in node._fields:
        if field in ("type_comment", "type_ignores", "kind"):
            continue
        value = getattr(node, field, None)
        if isinstance(node, ast.Constant) and field == "value":
            d[field] = const_json(value)
        else:
            d[field] = node_json(value)
    if hasattr(node, "lineno") and "lineno" in node._attributes:
        d["_loc"] = [node.lineno, node.col_offset, node.end_lineno, node.end_col_offset]
    return d


# Programs the parser accepts and the symbol table or compiler rejects.
ERROR_CASES = [
    "return 1\n",
    "break\n",
    "continue\n",
    "def f():\n    nonlocal x\n",
    "def f(a, a): pass\n",
    "def f(a, *, b, **b): pass\n",
    "lambda x, x: 0\n",
    "yield 1\n",
    "x = (yield from y)\n",
    "def f(x):\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    x = 1\n    del x\n    global x\n",
    "def f():\n    x: int\n    global x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "class C:\n    [y := 1 for i in range(3)]\n",
    "[i := 0 for i in range(3)]\n",
    "x = [i for i in range(3) if (j := i) for j in range(2)]\n",
    "def f():\n    from os import *\n",
    "[(yield x) for x in y]\n",
    "{(yield x): 1 for x in y}\n",
    "f(a=1, a=2)\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "a, *b, *c = d\n",
    "*a = b\n",
    "__debug__ = 1\n",
    "del __debug__\n",
    "def f(__debug__): pass\n",
    "f(__debug__=1)\n",
    "for x in range(3):\n    pass\nelse:\n    break\n",
    "while x:\n    def f():\n        break\n",
    "def f():\n    for x in y:\n        pass\n    continue\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "import os\nfrom __future__ import annotations\n",
    "import os; from __future__ import annotations\n",
    "doc\nfrom __future__ import annotations; import os; from __future__ import division\n",
    "from __future__ import annotations\nx: (yield)\n",
    "from __future__ import annotations\ndef f(a: (b := 1)): pass\n",
    "[x for x in (lambda: (y := 1))()]\n",
    "".join("    " * i + "for x%d in y:\n" % i for i in range(21)) + "    " * 21 + "pass\n",
    "\u00e9 = 1; return 1\n",
    "def f(\u00e9, \u00e9): pass\n",
    "def f():\n    \u00e9 = 1; global \u00e9\n",
]


def error_cases():
    out = []
    for src in ERROR_CASES:
        tree = ast.parse(src, "<case>")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            out.append({"source": src, "ast": node_json(tree), "message": e.msg,
                        "lineno": e.lineno, "offset": e.offset,
                        "end_lineno": e.end_lineno, "end_offset": e.end_offset})
        else:
            sys.exit("error case compiles: %r" % src)
    with open(os.path.join(FIXTURES, "compile_errors.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("compile_errors.json: %d cases" % len(out))


# (mode, source) pairs for compile(..., mode): "eval" expressions and "single" (interactive)
# statements, whose expression statements print with PRINT_EXPR.
MODE_CASES = [
    ("eval", "x + 1"),
    ("eval", "[i * i for i in range(n)]"),
    ("eval", "lambda a: a or b"),
    ("eval", "f(x)(y) if z else w"),
    ("single", "x = 1\n"),
    ("single", "x\n"),
    ("single", "f(x) + 1\n"),
    ("single", "1; 2\n"),
    ("single", "for i in range(3): i\n"),
    ("single", "def f():\n    x\n    return x\n"),
    ("single", "a: int = 3\n"),
    ("single", "if x:\n    y\nelse:\n    z\n"),
    ("exec", ""),
    ("exec", "x\n"),
    ("exec", "pass\n"),
]

# (optimize level, source): -O drops asserts and makes __debug__ False; -OO drops docstrings.
OPTIMIZE_CASES = [
    (1, "assert x, 'msg'\nif __debug__:\n    print('debug')\ny = __debug__\n"),
    (2, "\"\"\"module doc\"\"\"\ndef f():\n    \"\"\"function doc\"\"\"\n    assert f\n"
        "    return 1\nclass C:\n    \"\"\"class doc\"\"\"\n    x = 1\n"),
    (0, "\"\"\"module doc\"\"\"\nif not __debug__:\n    print('optimized')\n"),
]


def mode_cases():
    out = []
    for mode, src in MODE_CASES:
        co = compile(src, "<%s>" % mode, mode)
        codes = []
        walk(co, "<module>", codes)
        out.append({"mode": mode, "optimize": 0, "source": src,
                    "ast": node_json(ast.parse(src, mode=mode)), "dis": dis_text(co),
                    "codes": codes})
    for level, src in OPTIMIZE_CASES:
        co = compile(src, "<exec>", "exec", optimize=level)
        codes = []
        walk(co, "<module>", codes)
        out.append({"mode": "exec", "optimize": level, "source": src,
                    "ast": node_json(ast.parse(src)), "dis": dis_text(co), "codes": codes})
    with open(os.path.join(FIXTURES, "modes.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("modes.json: %d cases" % len(out))


# Sources for which the compiler issues SyntaxWarnings.
WARNING_CASES = [
    "x is 1\n",
    "if x is not 'a':\n    pass\n",
    "y = 1 is x is None is ()\n",
    "assert (x, 'msg')\n",
    "assert ()\n",
    "f = (1, 2)(3)\n",
    "g = [1] ()\n",
    "h = 'abc'(1)\n",
    "i = {1: 2}(3)\n",
    "j = f'{x}'(1)\n",
    "k = None[0]\n",
    "l = {1, 2}[0]\n",
    "m = (lambda: 0)[0]\n",
    "n = [1, 2]['a']\n",
    "o = 'abc'[1.5]\n",
    "p = (1, 2)[None]\n",
    "q = [1, 2][0]\n",
    "r = 'abc'[1:2]\n",
    "def f():\n    return x is 2.5\n",
    "s = x.method()(1)\n",
]


def warning_cases():
    import warnings
    out = []
    for src in WARNING_CASES:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            compile(src, "<case>", "exec")
        out.append({"source": src, "ast": node_json(ast.parse(src)),
                    "warnings": [[w.category.__name__, str(w.message), w.lineno]
                                 for w in caught]})
    with open(os.path.join(FIXTURES, "warnings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("warnings.json: %d cases" % len(out))


def opcode_table():
    """opcodes.json: CPython 3.11's opcode table, to check Opcode.swift against."""
    import opcode
    rows = []
    for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
        hasarg = op >= opcode.HAVE_ARGUMENT
        effects = {}
        for arg in ([0, 1, 2, 3, 4, 5, 8, 9, 15, 258, 513] if hasarg else [None]):
            for jump in (False, True):
                try:
                    if arg is None:
                        e = dis.stack_effect(op, jump=jump)
                    else:
                        e = dis.stack_effect(op, arg, jump=jump)
                except ValueError:
                    continue
                effects["%s/%d" % (arg if arg is not None else 0, int(jump))] = e
        rows.append({
            "name": name, "opcode": op, "hasarg": hasarg,
            "caches": opcode._inline_cache_entries[op],
            "hasconst": op in opcode.hasconst, "hasname": op in opcode.hasname,
            "hasjrel": op in opcode.hasjrel, "haslocal": op in opcode.haslocal,
            "hasfree": op in opcode.hasfree, "hascompare": op in opcode.hascompare,
            "backward": "JUMP_BACKWARD" in name,
            "stack_effects": effects,
        })
    with open(os.path.join(FIXTURES, "opcodes.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, indent=1)
        f.write("\n")
    print("opcodes.json: %d opcodes" % len(rows))


def main():
    names = sorted(f for f in os.listdir(FIXTURES) if f.endswith(".py"))
    for fname in names:
        path = os.path.join(FIXTURES, fname)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        module = compile(source, fname, "exec")
        units = []
        for c in module.co_consts:
            if hasattr(c, "co_code"):
                units.append({"name": c.co_name, "dis": dis_text(c)})
        codes = []
        walk(module, "<module>", codes)
        expected = {
            "file": fname,
            "module_dis": dis_text(module),
            "units": units,
            "codes": codes,
        }
        base = path[:-3]
        with open(base + ".expected.json", "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
            f.write("\n")
        with open(base + ".ast.json", "w", encoding="utf-8") as f:
            json.dump(node_json(ast.parse(source, fname)), f, ensure_ascii=False)
            f.write("\n")
        print("%s: %d top-level units, %d code objects" % (fname, len(units), len(codes)))
    error_cases()
    opcode_table()
    mode_cases()
    warning_cases()


if __name__ == "__main__":
    main()
