#!/usr/bin/env python3
"""Writes the expected CPython 3.11 output for every Tests/Fixtures/dis/*.py program.

For each NAME.py this writes, next to it:
  NAME.expected.json  what python3.11 compiles it to:
      "module_dis": dis.dis(module code object), addresses normalised to 0xADDR
      "units": dis.dis(...) of each top-level function and class body, in co_consts order
      "codes": per code object (module first, then depth-first in dis order): name,
               qualname, firstlineno, argument counts, co_stacksize, co_flags, co_code (hex),
               repr() of each of co_consts, co_names, co_varnames, co_cellvars,
               co_freevars, co_positions() and the exception table
  NAME.ast.json       ast.parse(source) as JSON, so the compiler can be tested without
                      the PySyntax parser (Tests/PyBytecodeTests/Support/ASTJSON.swift reads it)

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
ADDR = re.compile(r" at 0x[0-9a-f]+")


def norm(text):
    return ADDR.sub(" at 0xADDR", text)


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


if __name__ == "__main__":
    main()
