#!/usr/bin/env python3
"""Runs every Tests/Fixtures/programs/*.py under CPython 3.11 and records what the end-to-end
tests (Tests/EndToEndTests/ProgramTests.swift) compare against.

For each program NAME.py (files named m_*.py are importable helper modules, not programs):
  NAME.stdin  optional input fed to the program's stdin
  NAME.args   optional command-line arguments, one per line
  NAME.out    stdout
  NAME.status line 1: exit status; line 2: the last stderr line
  NAME.err    the whole stderr, written only for programs whose first line is `# full-stderr`
Absolute paths of the programs folder are replaced by <DIR> in .out, .status and .err.

Run it with CPython 3.11 (3.11.7 is what the fixtures were made with), e.g.
  python3 scripts/gen_program_fixtures.py            # all programs
  python3 scripts/gen_program_fixtures.py lang_walrus # only the named ones
Set PYTHON=/path/to/python3.11 to run the programs under another binary than this one.
"""
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "programs"
FULL_STDERR_MARK = "# full-stderr"
ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "PATH": "/usr/bin:/bin",
}


def python_binary() -> str:
    exe = os.environ.get("PYTHON") or sys.executable
    version = subprocess.run([exe, "-c", "import sys; print(*sys.version_info[:3], sep='.')"],
                             capture_output=True, text=True, check=True).stdout.strip()
    if not version.startswith("3.11."):
        sys.exit(f"{exe} is Python {version}; the fixtures need CPython 3.11")
    if version != "3.11.7":
        print(f"warning: {exe} is Python {version}, the fixtures were made with 3.11.7",
              file=sys.stderr)
    return exe


def programs(names):
    every = sorted(p for p in ROOT.glob("*.py") if not p.name.startswith("m_"))
    if not names:
        return every
    wanted = {n[:-3] if n.endswith(".py") else n for n in names}
    return [p for p in every if p.stem in wanted]


def main() -> None:
    exe = python_binary()
    for program in programs(sys.argv[1:]):
        stdin_file = program.with_suffix(".stdin")
        args_file = program.with_suffix(".args")
        stdin = stdin_file.read_text() if stdin_file.exists() else ""
        args = args_file.read_text().splitlines() if args_file.exists() else []
        r = subprocess.run([exe, program.name, *args], cwd=ROOT, input=stdin, capture_output=True,
                           text=True, env=ENV, timeout=120)
        stderr = r.stderr.replace(str(ROOT), "<DIR>")
        program.with_suffix(".out").write_text(r.stdout.replace(str(ROOT), "<DIR>"))
        lines = stderr.strip().splitlines()
        last = lines[-1] if lines else ""
        program.with_suffix(".status").write_text(f"{r.returncode}\n{last}\n")
        err_file = program.with_suffix(".err")
        if program.read_text().startswith(FULL_STDERR_MARK):
            err_file.write_text(stderr)
        elif err_file.exists():
            err_file.unlink()
        print(f"{program.name}: exit {r.returncode}")
    leftovers = [p.name for p in ROOT.iterdir() if p.name == "__pycache__" or p.suffix in (".tmp",)]
    if leftovers:
        sys.exit(f"programs left files behind in {ROOT}: {leftovers}")


if __name__ == "__main__":
    main()
