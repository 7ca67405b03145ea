#!/usr/bin/env python3
"""Runs every Tests/Fixtures/programs/*.py through a jitbook binary and reports where it differs
from the recorded CPython fixtures (the same comparison ProgramTests.swift makes).

  python3 scripts/diff_programs.py [--bin PATH] [-v] [NAME ...]

--bin defaults to $JITBOOK_BIN, else .build/release/jitbook. -v prints a diff for each failure.
"""
import argparse
import difflib
import os
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
ROOT = REPO / "Tests" / "Fixtures" / "programs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("JITBOOK_BIN", str(REPO / ".build/release/jitbook")))
    ap.add_argument("-v", action="store_true")
    ap.add_argument("names", nargs="*")
    ns = ap.parse_args()
    every = sorted(p for p in ROOT.glob("*.py") if not p.name.startswith("m_"))
    wanted = {n[:-3] if n.endswith(".py") else n for n in ns.names}
    failed = []
    for program in every:
        if wanted and program.stem not in wanted:
            continue
        stdin_file, args_file = program.with_suffix(".stdin"), program.with_suffix(".args")
        stdin = stdin_file.read_text() if stdin_file.exists() else ""
        args = args_file.read_text().splitlines() if args_file.exists() else []
        try:
            r = subprocess.run([ns.bin, program.name, *args], cwd=ROOT, input=stdin,
                               capture_output=True, text=True, timeout=60, errors="replace",
                               env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
            out, err, rc = r.stdout.replace(str(ROOT), "<DIR>"), r.stderr.replace(str(ROOT), "<DIR>"), r.returncode
        except subprocess.TimeoutExpired:
            out, err, rc = "", "TIMEOUT", -999
        want_out = program.with_suffix(".out").read_text()
        status = program.with_suffix(".status").read_text().split("\n")
        lines = err.strip().splitlines()
        problems = []
        if out != want_out:
            problems.append(("stdout", want_out, out))
        if str(rc) != status[0]:
            problems.append(("status", status[0] + "\n", f"{rc}\n"))
        if (lines[-1] if lines else "") != status[1]:
            problems.append(("last stderr line", status[1] + "\n", (lines[-1] if lines else "") + "\n"))
        err_file = program.with_suffix(".err")
        if err_file.exists() and err != err_file.read_text():
            problems.append(("stderr", err_file.read_text(), err))
        if problems:
            failed.append(program.name)
            print(f"FAIL {program.name}: {', '.join(p[0] for p in problems)}")
            if ns.v:
                for what, want, got in problems:
                    sys.stdout.writelines(difflib.unified_diff(
                        want.splitlines(True), got.splitlines(True), f"cpython {what}", f"jitbook {what}"))
                if lines and not any(p[0] == "stderr" for p in problems):
                    print("  jitbook stderr tail:", *lines[-5:], sep="\n    ")
    total = len(every) if not wanted else len(wanted)
    print(f"{total - len(failed)}/{total} programs match")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
