#!/usr/bin/env python3
"""Checks Tests/Fixtures/programs/CHECKLIST.md: every feature item of issue 2's sections 3 and 4 (and the
error behaviours of section 8) is listed, each has at least two programs, every listed program exists, and (cheaply) each listed
program's text matches a keyword pattern for its feature.

  python3 scripts/check_corpus_checklist.py
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "programs"

# Feature item -> a regular expression that a program covering it should contain (multiline).
KEYWORDS = {
    "expressions and operators with CPython's precedence and semantics": '\\*\\*|<<|//',
    'chained comparisons': '\\w+ < \\w+ < \\w+|<= \\w+ <',
    'conditional expressions': ' if .+ else ',
    'walrus': ':=',
    'lambda': '\\blambda\\b',
    'arbitrary-precision int': '\\*\\* ?(100|200|1000|64|70|80|61)\\b|10 \\*\\* (20|25|30)',
    "float with CPython's repr (1e+16, 1e-07, inf, nan)": '1e16|1e-7|float\\(\\"inf\\"\\)|math\\.inf',
    'complex': '\\dj\\b|complex\\(',
    'bool': '\\bTrue\\b',
    'None': '\\bNone\\b',
    'str (indexing and len by code point)': '[日é🎉ü]',
    'bytes (basic)': '(?<![\\w\\"\'])b\\"|\\bbytes\\(',
    'list': '\\.append\\(',
    'tuple': '\\btuple\\b|\\(\\d+,\\)',
    'dict (insertion-ordered)': '\\.items\\(\\)|\\{\\}|dict\\(',
    'set': '\\bset\\(|\\{\\w+ for',
    'frozenset': 'frozenset',
    'range': '\\brange\\(',
    'slice': '\\[\\w*:\\w*:|slice\\(',
    'f-strings with format specs': 'f\\"[^\\"]*\\{[^}]*:[^}]*\\}',
    'f-strings with !r': '!r\\}',
    '%-formatting': '\\" % \\(',
    'str.format': '\\.format\\(',
    'assignment to names': '^\\w+ = ',
    'assignment to attributes': 'self\\.\\w+ = ',
    'assignment to subscripts': '\\]\\[?\\w*\\]? = ',
    'assignment to slices': '\\[\\w*:\\w*\\] = ',
    'tuple unpacking': '^\\s*\\w+, \\w+ = ',
    'starred unpacking': '\\*\\w+, |, \\*\\w+ =',
    'augmented assignment': ' \\+= | \\*= | -= ',
    'del': '^\\s*del ',
    'if/elif/else': '^\\s*elif ',
    'while with else': '^\\s*while ',
    'for with else': '^\\s*for ',
    'break': '^\\s*break$',
    'continue': '^\\s*continue$',
    'pass': '^\\s*pass$',
    'return': '^\\s*return\\b',
    'def with defaults': 'def \\w+\\([^)]*=\\w',
    'keyword-only parameters': 'def \\w+\\([^)]*\\*, ',
    '*args': '\\*args',
    '**kwargs': '\\*\\*kw',
    'closures': 'nonlocal|def \\w+\\(.*\\):\\n\\s+def ',
    'global': '^\\s*global ',
    'nonlocal': '^\\s*nonlocal ',
    'decorators without arguments': '^@\\w+$|^\\s+@\\w+$',
    'decorators with arguments': '^\\s*@\\w+(\\.\\w+)?\\(',
    'generators (yield)': '\\byield\\b',
    'yield from': 'yield from',
    'generator expressions': '\\(\\w[^()]* for \\w+ in ',
    'list comprehensions': '\\[[^\\[\\]]* for \\w+ in ',
    'dict comprehensions': '\\{\\w+: [^{}]* for ',
    'set comprehensions': '\\{\\w[^:{}]* for \\w+ in ',
    'class with inheritance': '^class \\w+\\(\\w+\\):',
    'C3 MRO': '__mro__|\\.mro\\(\\)|class \\w+\\(\\w+, \\w+\\)',
    'super()': 'super\\(\\)',
    'dunder: arithmetic': 'def __(add|sub|mul|truediv|neg)__',
    'dunder: comparison': 'def __(lt|le|gt|ge)__',
    'dunder: __repr__': 'def __repr__',
    'dunder: __str__': 'def __str__',
    'dunder: __eq__/__hash__': 'def __hash__',
    'dunder: __len__': 'def __len__',
    'dunder: __getitem__/__setitem__': 'def __setitem__',
    'dunder: __iter__/__next__': 'def __next__',
    'dunder: __contains__': 'def __contains__',
    'dunder: __call__': 'def __call__',
    'dunder: __enter__/__exit__': 'def __exit__',
    '@property': '@property',
    '@staticmethod': '@staticmethod',
    '@classmethod': '@classmethod',
    'try/except/else/finally': '^\\s*finally:',
    'raise ... from ...': 'raise .* from ',
    "CPython's exception hierarchy and messages": 'Error|Exception',
    'with': '^\\s*with ',
    'assert': '^\\s*assert ',
    'import x': '^import \\w+$',
    'import x as y': '^import \\w+ as \\w+',
    'from x import a, b': '^from \\w+ import \\w+, ',
    'imports of .py files beside the script': 'import m_',
    'annotations kept in __annotations__': '__annotations__',
    'print (sep, end, file, flush)': 'print\\(.*(sep=|end=|file=|flush=)',
    'len': '\\blen\\(',
    'range()': '\\brange\\(',
    'enumerate': '\\benumerate\\(',
    'zip': '\\bzip\\(',
    'map': '\\bmap\\(',
    'filter': '\\bfilter\\(',
    'sorted': '\\bsorted\\(',
    'reversed': '\\breversed\\(',
    'min/max (key, default)': '\\b(min|max)\\(.*(key=|default=)',
    'sum': '\\bsum\\(',
    'any': '\\bany\\(',
    'all': '\\ball\\(',
    'abs': '\\babs\\(',
    'round': '\\bround\\(',
    'divmod': '\\bdivmod\\(',
    'pow': '\\bpow\\(',
    'int()': '\\bint\\(',
    'float()': '\\bfloat\\(',
    'complex()': '\\bcomplex\\(',
    'str()': '\\bstr\\(',
    'bool()': '\\bbool\\(',
    'list()': '\\blist\\(',
    'tuple()': '\\btuple\\(',
    'dict()': '\\bdict\\(',
    'set()': '\\bset\\(',
    'frozenset()': '\\bfrozenset\\(',
    'isinstance': '\\bisinstance\\(',
    'issubclass': '\\bissubclass\\(',
    'type': '\\btype\\(',
    'repr': '\\brepr\\(',
    'hash': '\\bhash\\(',
    'id': '\\bid\\(',
    'iter': '\\biter\\(',
    'next': '\\bnext\\(',
    'chr': '\\bchr\\(',
    'ord': '\\bord\\(',
    'bin/oct/hex': '\\b(bin|oct|hex)\\(',
    'getattr': '\\bgetattr\\(',
    'setattr': '\\bsetattr\\(',
    'hasattr': '\\bhasattr\\(',
    'delattr': '\\bdelattr\\(',
    'dir': '\\bdir\\(',
    'vars': '\\bvars\\(',
    'callable': '\\bcallable\\(',
    'input': '\\binput\\(',
    'open (text files)': '\\bopen\\(',
    'exec on strings': '\\bexec\\(',
    'eval on strings': '\\beval\\(',
    'object': '\\bobject\\(',
    'super': '\\bsuper\\(',
    'property': '\\bproperty\\b',
    'staticmethod': '\\bstaticmethod\\b',
    'classmethod': '\\bclassmethod\\b',
    'sys.argv': 'sys\\.argv|from sys import argv',
    'sys.exit': 'sys\\.exit\\(',
    'sys.stdout/sys.stderr': 'sys\\.std(out|err)',
    'sys.setrecursionlimit/getrecursionlimit': 'sys\\.(set|get)recursionlimit',
    'sys.maxsize': 'maxsize',
    'sys.version': 'sys\\.version',
    'math': '\\bmath\\.\\w+\\(',
    'time.time': 'time\\.time\\(\\)',
    'time.perf_counter': 'perf_counter\\(',
    'time.sleep': '\\bsleep\\(',
    'random.seed(int) stream': 'random\\.seed\\(',
    'random.random': 'random\\.random\\(\\)',
    'random.randint': 'random\\.randint\\(',
    'random.randrange': 'random\\.randrange\\(',
    'random.choice': 'random\\.choice\\(',
    'random.shuffle': 'random\\.shuffle\\(',
    'random.uniform': 'random\\.uniform\\(',
    'random.gauss': 'random\\.gauss\\(',
    'dis': '\\bdis\\.\\w+',
    'SyntaxError with file, line, source line, caret': '^',
    'IndentationError': '^',
    'RecursionError: maximum recursion depth exceeded': 'recurs|depth|rsum',
    'MemoryError for [0] * 10**12': '10 \\*\\* 12',
    'NameError with Did you mean': '^',
    'AttributeError with Did you mean': '^',
    'uncaught exception traceback with ~~^~~ / ^^^^ markers, exit status 1': '^',
    'chained exceptions (During handling / direct cause)': 'except',
    'sys.exit(n) / SystemExit': 'sys\\.exit|SystemExit',
}


def main() -> int:
    rows = {}
    for line in (ROOT / "CHECKLIST.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("Section", "") or set(cells[0]) <= {"-"}:
            continue
        rows[cells[1]] = [p.strip() for p in cells[2].split(",") if p.strip()]
    problems = []
    for item in KEYWORDS:
        if item not in rows:
            problems.append(f"missing checklist row: {item!r}")
    for item, programs in rows.items():
        if item not in KEYWORDS:
            problems.append(f"row not among the known feature items: {item!r}")
        if len(set(programs)) < 2:
            problems.append(f"{item!r}: only {len(set(programs))} program(s)")
        for name in programs:
            path = ROOT / f"{name}.py"
            if not path.exists() or name.startswith("m_"):
                problems.append(f"{item!r}: no program {name}.py")
                continue
            pattern = KEYWORDS.get(item)
            if pattern and not re.search(pattern, path.read_text(), re.M):
                problems.append(f"{item!r}: {name}.py does not mention /{pattern}/")
    programs = sorted(p.stem for p in ROOT.glob("*.py") if not p.name.startswith("m_"))
    listed = {p for ps in rows.values() for p in ps}
    print(f"{len(rows)} items, {len(programs)} programs, {len(listed)} of them listed in the checklist")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
