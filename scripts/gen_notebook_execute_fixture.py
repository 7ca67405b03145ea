#!/usr/bin/env python3
"""Makes the expected files of `jitbook --execute` for NotebookExecuteTests.

Runs the release jitbook on Tests/Fixtures/notebook/execute_demo.py with --output, checks the
notebook it wrote with the `nbformat` package (installed into a venv under .build-venv/ on first
use), and stores the notebook, stdout, stderr and exit status as the expected files.
Run after `swift build -c release`.
"""
import json
import pathlib
import subprocess
import sys
import venv

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/Fixtures/notebook"
VENV = ROOT / ".build-venv/notebook"


def venv_python():
    python = VENV / "bin/python"
    if not python.exists():
        venv.create(VENV, with_pip=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "nbformat"], check=True)
    return python


def main():
    jitbook = ROOT / ".build/release/jitbook"
    out = FIXTURES / "execute_demo.expected.ipynb"
    proc = subprocess.run([jitbook, "--execute", "execute_demo.py", "--output", out.name],
                          cwd=FIXTURES, capture_output=True, text=True)
    check = ("import nbformat, sys\n"
             "nb = nbformat.read(sys.argv[1], as_version=4)\n"
             "nbformat.validate(nb)\n"
             "assert nb.nbformat == 4 and nb.nbformat_minor == 5\n"
             "print('valid nbformat', nb.nbformat, nb.nbformat_minor, len(nb.cells), 'cells')\n")
    subprocess.run([venv_python(), "-c", check, str(out)], check=True)
    (FIXTURES / "execute_demo.stdout").write_text(proc.stdout)
    (FIXTURES / "execute_demo.stderr").write_text(proc.stderr)
    (FIXTURES / "execute_demo.status").write_text(f"{proc.returncode}\n")
    print("wrote", out.name, "and the stdout, stderr and status files")


if __name__ == "__main__":
    sys.exit(main())
