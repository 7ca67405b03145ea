#!/usr/bin/env python3
"""Regenerates the expected outputs of the PySyntax fixtures with CPython 3.11.

For every Tests/Fixtures/syntax/ok/NAME.py this writes NAME.ast, the text of
`ast.dump(ast.parse(src), include_attributes=True)`. For every err/NAME.py it writes NAME.err,
a JSON object with the exception class, msg, lineno, offset, end_lineno, end_offset and text
that `ast.parse` raises. A file named NAME.eval.py or NAME.single.py is parsed in that mode.
Sources are read as UTF-8 with a leading byte-order mark dropped and newlines left as written,
which is what PySyntax.parse is given by the Swift tests.

Run from anywhere: python3 scripts/gen_syntax_fixtures.py
"""
import ast
import json
import pathlib
import sys

sys.setrecursionlimit(20000)

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "syntax"


def read_source(path):
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def mode_of(path):
    for mode in ("eval", "single"):
        if path.name.endswith("." + mode + ".py"):
            return mode
    return "exec"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("needs CPython 3.11 (this is %s)" % sys.version.split()[0])
    failures = 0
    for path in sorted((ROOT / "ok").glob("*.py")):
        tree = ast.parse(read_source(path), filename=path.name, mode=mode_of(path))
        text = ast.dump(tree, include_attributes=True, indent=None)
        path.with_suffix(".ast").write_text(text + "\n", encoding="utf-8")
    for path in sorted((ROOT / "err").glob("*.py")):
        try:
            ast.parse(read_source(path), filename=path.name, mode=mode_of(path))
        except SyntaxError as e:
            expected = {
                "class": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": e.offset,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
                "text": e.text,
            }
            path.with_suffix(".err").write_text(
                json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        else:
            print("no SyntaxError for", path, file=sys.stderr)
            failures += 1
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
