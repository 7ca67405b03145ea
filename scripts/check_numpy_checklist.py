#!/usr/bin/env python3
"""Checks Tests/Fixtures/numpy/CHECKLIST.md against issue 4's sections 1-5, as
scripts/check_corpus_checklist.py does for the interpreter corpus:

- every feature row below is in the table, and the table has no other rows;
- each row lists at least two programs, and every listed program exists;
- each listed program mentions at least one of its row's keyword patterns (cheap, textual), and
  every pattern of a row is mentioned by at least two of the row's programs (so each function
  of a grouped row such as "sin, cos, tan" is itself covered twice);
- the folder as a whole: at least 90 programs, 25 printing programs (print_*), 15 error programs
  (exit status not 0), a few full-stderr ones; every program is listed in some row; every program
  has NAME.out and NAME.status, and NAME.err exactly when it starts with `# full-stderr`; programs
  import only numpy and scipy, and never use default_rng.

  python3 scripts/check_numpy_checklist.py
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "numpy"
FULL_STDERR_MARK = "# full-stderr"


def scipy_call(name):
    """A call of scipy.linalg's `name` in a program that does `from scipy import linalg`."""
    return rf"(?s:^from scipy import linalg\b.*)(?<!np\.)(?<!numpy\.)\blinalg\.{name}\("


def numpy_call(name):
    """A call of numpy.linalg's `name` (np.linalg.x, numpy.linalg.x, or linalg.x after `from numpy import linalg`)."""
    return rf"\b(np|numpy)\.linalg\.{name}\(|(?s:^from numpy import linalg\b.*)\blinalg\.{name}\("

# Feature item -> regular expressions (multiline); see the module docstring for how they are used.
KEYWORDS = {
    # 1. Arrays
    "import numpy": [r"^import numpy$"],
    "import numpy as np": [r"^import numpy as np$"],
    "from numpy import ...": [r"^from numpy import "],
    "dtype float64": [r"float64|\bfloat\b|\d\.\d"],
    "dtype float32": [r"float32"],
    "dtype int64": [r"int64|\bint\b|arange\(\d+\)"],
    "dtype int32": [r"int32"],
    "dtype int8": [r"\bint8"],
    "dtype uint8": [r"uint8"],
    "dtype bool": [r"\bbool|True|False"],
    "dtype complex128": [r"complex|\dj\b"],
    "array (nested lists/tuples, dtype inference, dtype=)": [r"array\(\[[\[(]", r"array\(\[.*dtype="],
    "asarray": [r"asarray\("],
    "zeros, ones, empty, full": [r"zeros\(", r"ones\(", r"empty\(", r"full\("],
    "*_like": [r"zeros_like\(|ones_like\(|full_like\(|empty_like\("],
    "arange, linspace": [r"arange\(", r"linspace\("],
    "eye, identity": [r"\beye\(", r"identity\("],
    "meshgrid (with indexing=)": [r"meshgrid\(", r"indexing="],
    "copy": [r"\.copy\(\)|np\.copy\("],
    "shape, ndim, size": [r"\.shape\b", r"\.ndim\b", r"\.size\b"],
    "dtype, itemsize, nbytes": [r"\.dtype\b", r"\.itemsize\b", r"\.nbytes\b"],
    "strides": [r"\.strides\b"],
    "T": [r"\.T\b"],
    "real, imag": [r"\.real\b", r"\.imag\b"],
    "flags (C/F contiguous)": [r"\.flags\b"],
    "indexing with ints (negative too)": [r"\w\[-?\d+\]|\w\[-\d"],
    "slices with steps": [r"\[[^\]\n]*::-?\d?"],
    "tuples mixing ints and slices (a[i, j], a[1:-1, 1:-1] views)": [r"\w\[-?\d+, -?\d+\]", r"\[1:-1, 1:-1\]"],
    "None / np.newaxis": [r"newaxis|\[None|, None\]"],
    "... (Ellipsis)": [r"\[\.\.\.|\.\.\.\]|\.\.\., "],
    "boolean masks": [r"\w\[\(?~?\(?\w+(\[[^\]]*\])? *(>|<|==|!=|>=|<=) |\[mask\]|\[inside\]|\[~|\[np\.array\(\[(True|False)"],
    "integer arrays": [r"\w\[\[-?\d|\w\[np\.array\(\[-?\d|\[order|\[idx"],
    "assignment through indexing, with broadcasting": [r"\w\[[^\]\n]+\] (\+|-|\*|/)?= "],
    "reshape, ravel, flatten": [r"reshape\(", r"ravel\(", r"flatten\("],
    "transpose, swapaxes": [r"transpose\(", r"swapaxes\("],
    "astype": [r"\.astype\("],
    "fill": [r"\.fill\("],
    "sum, mean (axis=, keepdims=)": [r"\.sum\(|np\.sum\(", r"\.mean\(|np\.mean\(", r"axis=", r"keepdims="],
    "std, var": [r"\bstd\(", r"\bvar\("],
    "min, max, argmin, argmax": [r"\.min\(|np\.min\(", r"\.max\(|np\.max\(", r"argmin\(", r"argmax\("],
    "prod, cumsum": [r"prod\(", r"cumsum\("],
    "all, any": [r"\.all\(|np\.all\(", r"\.any\(|np\.any\("],
    "sort, argsort": [r"\bsort\(", r"argsort\("],
    "concatenate, stack, vstack, hstack": [r"concatenate\(", r"\bstack\(", r"vstack\(", r"hstack\("],
    "where, clip": [r"where\(", r"clip\("],
    "allclose, isclose, array_equal": [r"allclose\(", r"isclose\(", r"array_equal\("],
    "dot, matmul and @": [r"\bdot\(", r"matmul\(", r" @ "],
    "outer": [r"outer\("],
    "tolist, item": [r"tolist\(", r"\.item\("],
    "pairwise summation of float sums and means (last bit)": [r"repr\([^)]*\.(sum|mean)\(\)"],
    "arithmetic operators + - * / // % **": [r" \+ ", r" - ", r" \* ", r" / ", r" // ", r" % ", r" \*\* "],
    "unary -": [r"(?<![\w\])])-[a-z(]|repr\(-"],
    "comparisons": [r" (<|>|<=|>=|==|!=) "],
    "& | ^ ~": [r" &=? ", r" \|=? ", r" \^=? ", r"~"],
    "in-place operators": [r" (\+|-|\*|/|//|%|\*\*|&|\||\^|@)= "],
    "broadcasting": [r"\[:, (None|np\.newaxis)\]|\[None, :\]|np\.array\(\[\[\d\], \[\d\]\]\)|keepdims=True\)|\[np\.newaxis, :"],
    "type promotion (NumPy 2 rules)": [r"dtype=np\.(int8|uint8|int32|float32)"],
    "sqrt, exp, log, log10": [r"sqrt\(", r"\bexp\(", r"\blog\(", r"log10\("],
    "sin, cos, tan": [r"\bsin\(", r"\bcos\(", r"\btan\("],
    "arcsin, arccos, arctan, arctan2": [r"arcsin\(", r"arccos\(", r"arctan\(", r"arctan2\("],
    "sinh, cosh, tanh": [r"sinh\(", r"cosh\(", r"tanh\("],
    "abs/absolute, sign": [r"np\.abs\(|\babs\(", r"absolute\(", r"sign\("],
    "floor, ceil, round": [r"floor\(", r"ceil\(", r"round\("],
    "maximum, minimum": [r"maximum\(", r"minimum\("],
    "isnan, isinf": [r"isnan\(", r"isinf\("],
    "square, power, hypot": [r"square\(", r"power\(", r"hypot\("],
    "constants pi, e, inf, nan, newaxis": [r"\bpi\b", r"np\.e\b|\be\b \*\*|\be\b,", r"\binf\b", r"\bnan\b",
                                           r"newaxis"],
    "NumPy scalars (np.float64 repr/str, mixing with Python numbers)": [r"np\.float64\(|np\.int64\(|repr\(\w+\[\d"],
    # 2. Printing
    "repr and str of arrays": [r"repr\(|%r|!r\}", r"print\(\w+\)|str\(|\{\w+\}"],
    "every listed dtype printed": [r"float64|\d\.\d", "float32", r"int64|arange", "int32", r"\bint8", "uint8",
                                   r"bool|True", r"complex|\dj\b"],
    "wrapping at 75 characters": [r"arange\(\d\d+|linspace\(.*, \d\d+\)"],
    "8 digits after the point (precision)": [r"/ \d|pi|sqrt|1 / 3"],
    "column alignment": [r"\[\[.*\], \[.*\]\]|reshape\("],
    "suppression and e-notation rules": [r"\de-?\d|1e\d"],
    "-0. signs": [r"-0\.0|-np\.zeros|round\(np\.array\(\[-0\.4"],
    "nan and inf": [r"nan", r"inf"],
    "empty arrays and shape (0, N)": [r"zeros\(\(0, \d\)|\(0, \d\)|array\(\[\]"],
    "... summaries above 1000 elements": [r"arange\(\d{4}|\(\d{4}|10\*\*6|linspace\(0, 1, \d{4}"],
    "dtype= suffixes": [r"dtype="],
    "nested dimensions with blank lines (3-D, 4-D)": [r"reshape\(\d+, \d+, \d+|\(\d, \d, \d"],
    "NumPy scalar reprs (np.float64(...), np.int64(...))": [r"repr\(np\.(float64|int64|int32|float32)|repr\(\w+\[-?\d"],
    "set_printoptions(precision=..., suppress=...) and reset": [r"set_printoptions\(.*precision=",
                                                                 r"set_printoptions\(.*suppress="],
    # 3. Random numbers
    "np.random.seed": [r"random\.seed\("],
    "random": [r"random\.random\("],
    "random_sample": [r"random_sample\("],
    "rand": [r"random\.rand\("],
    "randn": [r"random\.randn\("],
    "randint": [r"random\.randint\("],
    "uniform": [r"random\.uniform\("],
    "normal": [r"random\.normal\("],
    "choice": [r"random\.choice\("],
    "shuffle": [r"random\.shuffle\("],
    "permutation": [r"random\.permutation\("],
    "seed(0); random((5, 5)) and seed(42); rand(3) streams": [r"seed\(0\)", r"random\(\(5, 5\)\)|seed\(42\)"],
    # 4. Linear algebra
    "dot/matmul on float64 through BLAS (ddot, dgemv, dgemm)": [r" @ |\bdot\(|matmul\("],
    "numpy.linalg.qr": [numpy_call("qr")],
    "numpy.linalg.solve": [numpy_call("solve")],
    "numpy.linalg.inv": [numpy_call("inv")],
    "numpy.linalg.det": [numpy_call("det")],
    "numpy.linalg.norm": [numpy_call("norm")],
    "numpy.linalg.eigvals / eig": [numpy_call("eigvals"), numpy_call("eig")],
    "numpy.linalg.lstsq": [numpy_call("lstsq")],
    "scipy.linalg.qr": [scipy_call("qr")],
    "scipy.linalg.solve": [scipy_call("solve")],
    "scipy.linalg.inv, det": [scipy_call("inv"), scipy_call("det")],
    "scipy.linalg.lu_factor": [scipy_call("lu_factor")],
    "linalg.decomp_qr.qr with its DeprecationWarning": [r"decomp_qr\.qr\("],
    # 5. Errors
    "broadcasting errors": [r"^"],
    "index out of bounds / too many indices": [r"^"],
    "cannot reshape": [r"reshape\("],
    "axis errors (numpy.exceptions.AxisError)": [r"axis=|swapaxes\("],
    "linalg errors (singular matrix, not square, 1-D)": [r"linalg\."],
    "bad dtype strings, out-of-range values, casting": [r"dtype=|\+= \d\.\d"],
    "other ValueErrors (truth value, item, join shapes, matmul core dimension)": [r"^"],
    "random argument errors": [r"random\."],
    "whole tracebacks pinned (# full-stderr)": [r"^# full-stderr"],
}


def main() -> int:
    rows = {}
    for line in (ROOT / "CHECKLIST.md").read_text().splitlines():
        if not line.startswith("|"):
            continue
        # Cells are split at unescaped pipes; a feature may contain `\|` (as in "& \| ^ ~").
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) != 3 or cells[0] in ("Section", "") or set(cells[0]) <= {"-"}:
            continue
        feature = cells[1].replace("\\|", "|").strip("`")
        rows[feature] = [p.strip().strip("`") for p in cells[2].split(",") if p.strip()]
    problems = []
    for item in KEYWORDS:
        if item not in rows:
            problems.append(f"missing checklist row: {item!r}")
    texts = {p.stem: p.read_text() for p in ROOT.glob("*.py")}
    for item, programs in rows.items():
        patterns = KEYWORDS.get(item)
        if patterns is None:
            problems.append(f"row not among the known feature items: {item!r}")
            continue
        if len(set(programs)) < 2:
            problems.append(f"{item!r}: only {len(set(programs))} program(s)")
        hits = {pattern: 0 for pattern in patterns}
        for name in programs:
            if name not in texts:
                problems.append(f"{item!r}: no program {name}.py")
                continue
            matched = [pat for pat in patterns if re.search(pat, texts[name], re.M)]
            if not matched:
                problems.append(f"{item!r}: {name}.py mentions none of {patterns}")
            for pat in matched:
                hits[pat] += 1
        for pat, count in hits.items():
            if count < 2:
                problems.append(f"{item!r}: /{pat}/ is mentioned by {count} of its programs, not 2")

    programs = sorted(texts)
    listed = {p for ps in rows.values() for p in ps}
    for name in programs:
        if name not in listed:
            problems.append(f"{name}.py is not listed in any row")
    errors, full = [], []
    for name in programs:
        path = ROOT / f"{name}.py"
        text = texts[name]
        status = path.with_suffix(".status")
        if not path.with_suffix(".out").exists() or not status.exists():
            problems.append(f"{name}.py has no .out/.status (run scripts/gen_numpy_corpus.py)")
            continue
        if status.read_text().split("\n")[0] != "0":
            errors.append(name)
        wants_err = text.startswith(FULL_STDERR_MARK)
        if wants_err:
            full.append(name)
        if wants_err != path.with_suffix(".err").exists():
            problems.append(f"{name}.py: NAME.err should exist exactly for # full-stderr programs")
        for module in re.findall(r"^\s*(?:import|from) (\w+)", text, re.M):
            if module not in ("numpy", "scipy"):
                problems.append(f"{name}.py imports {module}; the corpus uses numpy and scipy only")
        if "default_rng" in text:
            problems.append(f"{name}.py uses default_rng, which is left out of the corpus")
    printing = [p for p in programs if p.startswith("print_")]
    for what, have, need in [("programs", len(programs), 90), ("printing programs", len(printing), 25),
                             ("error programs", len(errors), 15), ("full-stderr programs", len(full), 3)]:
        if have < need:
            problems.append(f"only {have} {what}, want at least {need}")
    print(f"{len(rows)} items, {len(programs)} programs ({len(printing)} printing, {len(errors)} error, "
          f"{len(full)} full-stderr), {len(listed & set(programs))} of them listed in the checklist")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
