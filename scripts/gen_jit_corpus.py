#!/usr/bin/env python3
"""Runs every Tests/Fixtures/jit/*.py under CPython 3.11.7 with Numba 0.68.1 (NumPy 2.4.6,
SciPy 1.17.1) and records what the `numba` end-to-end tests compare against, with the same files
and conventions as scripts/gen_numpy_corpus.py (read by Tests/EndToEndTests/Corpus.swift):

  NAME.out    stdout
  NAME.status line 1: exit status; line 2: the last non-empty stderr line, trailing spaces
              kept (empty when stderr is empty)
Absolute paths of the fixture folder are replaced by <DIR> in .out and .status, and the
interpreter's site-packages folder by <site-packages> (a TypingError about a module
attribute prints the module's repr, `<module 'scipy.linalg' from '.../__init__.py'>`).

Jitbook's deliberate differences (issue 5, section 6) are applied to the output, and only
these: its modules have no file (`<module 'scipy.linalg' (built-in)>`), and a TypingError about
SciPy's qr ends with a hint that numpy.linalg.qr compiles in nopython mode.

No `.err` files are written: a failing program's traceback runs through Numba's own files
(site-packages paths and line numbers), so only its last line, `ExceptionType: message`, is
pinned.

Every program runs in the fixture folder as `python NAME.py` with the interpreter of the venv
below, PYTHONHASHSEED=0 and NUMBA_DISABLE_PERFORMANCE_WARNINGS=1. Create the venv once with

  /root/.pyenv/versions/3.11.7/bin/python3 -m venv .build-venv/numba
  .build-venv/numba/bin/pip install numba==0.68.1 numpy==2.4.6 scipy==1.17.1

(from the repository root; `.build-venv/` is git-ignored), then

  python3 scripts/gen_jit_corpus.py                 # all programs
  python3 scripts/gen_jit_corpus.py arith_pow       # only the named ones
  python3 scripts/gen_jit_corpus.py --check         # write nothing; rerun every program and
      report any whose stdout or status differs from the stored NAME.out / NAME.status
Set NUMBA_PYTHON=/path/to/python to use another interpreter that has Numba 0.68.1.
"""
import os
import re
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
ROOT = REPO / "Tests" / "Fixtures" / "jit"
VENV_PYTHON = REPO / ".build-venv" / "numba" / "bin" / "python"
ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "PATH": "/usr/bin:/bin",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "NUMBA_DISABLE_PERFORMANCE_WARNINGS": "1",
}
VERSIONS = {"python": "3.11.7", "numba": "0.68.1", "numpy": "2.4.6", "scipy": "1.17.1"}
CREATE_HINT = (
    "create it from the repository root with\n"
    "  /root/.pyenv/versions/3.11.7/bin/python3 -m venv .build-venv/numba\n"
    "  .build-venv/numba/bin/pip install numba==0.68.1 numpy==2.4.6 scipy==1.17.1\n"
    "or set NUMBA_PYTHON to a Python 3.11 that has Numba 0.68.1")


def python_binary() -> tuple[str, str]:
    """Returns the interpreter and its site-packages folder."""
    exe = os.environ.get("NUMBA_PYTHON") or str(VENV_PYTHON)
    if not os.path.exists(exe):
        sys.exit(f"no Numba venv: {exe} does not exist;\n{CREATE_HINT}")
    code = ("import sys, sysconfig, numba, numpy, scipy; "
            "print('.'.join(map(str, sys.version_info[:3])), "
            "numba.__version__, numpy.__version__, scipy.__version__); "
            "print(sysconfig.get_paths()['purelib'])")
    r = subprocess.run([exe, "-c", code], capture_output=True, text=True, env=ENV)
    if r.returncode != 0:
        sys.exit(f"{exe} cannot import numba/numpy/scipy:\n{r.stderr.strip()}\n{CREATE_HINT}")
    versions, purelib = r.stdout.rstrip("\n").split("\n")
    have = dict(zip(VERSIONS, versions.split()))
    if not have["python"].startswith("3.11."):
        sys.exit(f"{exe} is Python {have['python']}; the fixtures need CPython 3.11")
    for name, want in VERSIONS.items():
        if have[name] != want:
            print(f"warning: {exe} has {name} {have[name]}, the fixtures were made with {want}",
                  file=sys.stderr)
    return exe, purelib


def programs(names):
    every = sorted(p for p in ROOT.glob("*.py") if not p.name.startswith("m_"))
    if not names:
        return every
    wanted = {n[:-3] if n.endswith(".py") else n for n in names}
    missing = wanted - {p.stem for p in every}
    if missing:
        sys.exit(f"no such programs: {sorted(missing)}")
    return [p for p in every if p.stem in wanted]


def normalise(text, site_packages):
    """Replaces the site-packages folder (as given and resolved) by <site-packages> and the
    fixture folder by <DIR>."""
    for folder in dict.fromkeys([site_packages, os.path.realpath(site_packages)]):
        text = text.replace(folder, "<site-packages>")
    return text.replace(str(ROOT), "<DIR>")


SCIPY_QR = "Unknown attribute 'qr' of type Module(<module 'scipy.linalg"
HINT = "\n\nHint: numpy.linalg.qr compiles in nopython mode; use it in place of SciPy's qr."


def jitbook_differences(text):
    """Applies Jitbook's deliberate differences to a program's stdout."""
    text = re.sub(r"<module '([\w.]+)' from '<site-packages>/[^']*'>", r"<module '\1' (built-in)>", text)
    if SCIPY_QR not in text:
        return text
    # The hint ends the TypingError message, which ends with its pass line.
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line == "During: Pass nopython_type_inference" and any(SCIPY_QR in l for l in lines[:i]):
            lines[i] = line + HINT
            break
    return "\n".join(lines)


def run(exe, site_packages, program):
    """Returns (stdout, status file text) with the folder's path replaced by <DIR> and
    site-packages by <site-packages>."""
    r = subprocess.run([exe, program.name], cwd=ROOT, input="", capture_output=True, text=True,
                       env=ENV, timeout=300)
    stdout = jitbook_differences(normalise(r.stdout, site_packages))
    stderr = normalise(r.stderr, site_packages)
    # The last non-empty line, trailing spaces kept, as gen_numpy_corpus.py does: the Swift
    # tests take the last of `stderr.split(separator: "\n")`, which drops empty lines.
    lines = [line for line in stderr.split("\n") if line]
    last = lines[-1] if lines else ""
    return stdout, f"{r.returncode}\n{last}\n"


def main() -> None:
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    exe, site_packages = python_binary()
    changed = []
    for program in programs(args):
        stdout, status = run(exe, site_packages, program)
        out_file, status_file = program.with_suffix(".out"), program.with_suffix(".status")
        if check:
            old = (out_file.read_text() if out_file.exists() else None,
                   status_file.read_text() if status_file.exists() else None)
            if old != (stdout, status):
                changed.append(program.stem)
                print(f"{program.name}: differs from the stored .out/.status")
            continue
        out_file.write_text(stdout)
        status_file.write_text(status)
        print(f"{program.name}: exit {status.splitlines()[0]}")
    leftovers = [p.name for p in ROOT.iterdir()
                 if p.name == "__pycache__" or p.suffix in (".tmp", ".nbi", ".nbc", ".txt")]
    if leftovers:
        sys.exit(f"programs left files behind in {ROOT}: {leftovers}")
    if check:
        print(f"{len(changed)} program(s) differ" if changed
              else "every program matches its stored output")
        sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
