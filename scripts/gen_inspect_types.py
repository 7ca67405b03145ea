#!/usr/bin/env python3
"""Runs every Tests/Fixtures/jit_types/*.py under Numba 0.68.1 (the venv of
scripts/gen_jit_corpus.py) and records the types Numba inferred, as printed by
`dispatcher.inspect_types()`:

  NAME.types    one line per distinct (source line, variable, type) triple, as
                `LINE<TAB>NAME<TAB>TYPE`, sorted by line, then name, then type. Only variables a
                user can name are kept: Numba's temporaries (`$binop_add8.2`, `$phi38.0`, ...)
                are dropped; arguments (`n = arg(0, name=n)`) are kept. Names are Numba's IR
                names, so a variable assigned in several places shows its SSA versions as
                `acc`, `acc.1`, `acc.2`, ...; LINE is the `# --- LINE n --- ` header the
                statement is listed under (a line number of the fixture file).
  NAME.inspect  the program's whole stdout (its own prints, then the inspect_types text), with
                the fixture folder's path replaced by <DIR>, site-packages by <site-packages>,
                the Python installation by <PYTHON> and object addresses (0x7f...) by 0x?

Each program calls its jitted function(s) once, with one set of argument types, and then calls
`.inspect_types()` on every jitted function it defines. It runs in the fixture folder with the
same environment as gen_jit_corpus.py; a program that exits non-zero is an error.

  python3 scripts/gen_inspect_types.py                 # all programs
  python3 scripts/gen_inspect_types.py loop_sum        # only the named ones
Set NUMBA_PYTHON=/path/to/python to use another interpreter that has Numba 0.68.1.
"""
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen_jit_corpus import ENV, python_binary  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "jit_types"
LINE_HEADER = re.compile(r"^\s*# --- LINE (\d+) --- ?$")
# `#   NAME = RHS  :: TYPE`; statements without a type (del, jump, branch, return, print(...))
# have no `  :: ` and are skipped.
TYPED_STATEMENT = re.compile(r"^\s*#   (\S+) = (.*)  :: (.*)$")
ADDRESS = re.compile(r"\b0x[0-9a-f]{6,}\b")


def programs(names):
    every = sorted(ROOT.glob("*.py"))
    if not names:
        return every
    wanted = {n[:-3] if n.endswith(".py") else n for n in names}
    missing = wanted - {p.stem for p in every}
    if missing:
        sys.exit(f"no such programs: {sorted(missing)}")
    return [p for p in every if p.stem in wanted]


def install_paths(exe):
    code = "import sys, sysconfig; print(sysconfig.get_paths()['purelib']); print(sys.base_prefix)"
    out = subprocess.run([exe, "-c", code], capture_output=True, text=True, check=True,
                         env=ENV).stdout.split("\n")
    return out[0], out[1]


def normalise(text, site_packages, base_prefix):
    text = text.replace(str(ROOT), "<DIR>")
    text = text.replace(site_packages, "<site-packages>")
    text = text.replace(base_prefix, "<PYTHON>")
    return ADDRESS.sub("0x?", text)


def type_triples(text):
    """The distinct (line, name, type) triples of the user-visible typed statements."""
    triples = set()
    line = None
    for row in text.split("\n"):
        header = LINE_HEADER.match(row)
        if header:
            line = int(header.group(1))
            continue
        statement = TYPED_STATEMENT.match(row)
        if statement is None or line is None:
            continue
        name, _, typ = statement.groups()
        if name.startswith("$"):
            continue
        triples.add((line, name, typ))
    return sorted(triples)


def main() -> None:
    exe = python_binary()
    site_packages, base_prefix = install_paths(exe)
    for program in programs(sys.argv[1:]):
        r = subprocess.run([exe, program.name], cwd=ROOT, input="", capture_output=True,
                           text=True, env=ENV, timeout=300)
        if r.returncode != 0:
            sys.exit(f"{program.name} exited with {r.returncode}:\n{r.stderr}")
        if r.stderr:
            print(f"warning: {program.name} wrote to stderr:\n{r.stderr}", file=sys.stderr)
        text = normalise(r.stdout, site_packages, base_prefix)
        triples = type_triples(text)
        if not triples:
            sys.exit(f"{program.name}: no inspect_types output found")
        program.with_suffix(".inspect").write_text(text)
        program.with_suffix(".types").write_text(
            "".join(f"{line}\t{name}\t{typ}\n" for line, name, typ in triples))
        print(f"{program.name}: {len(triples)} typed variables")
    leftovers = [p.name for p in ROOT.iterdir()
                 if p.name == "__pycache__" or p.suffix in (".tmp", ".nbi", ".nbc", ".txt")]
    if leftovers:
        sys.exit(f"programs left files behind in {ROOT}: {leftovers}")


if __name__ == "__main__":
    main()
