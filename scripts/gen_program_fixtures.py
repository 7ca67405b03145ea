#!/usr/bin/env python3
"""Runs every Tests/Fixtures/programs/*.py under python3 (CPython 3.11) and records what the
end-to-end tests compare against: stdout in NAME.out, the exit status and the last stderr line
in NAME.status (absolute paths replaced by <DIR>)."""
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "programs"
for program in sorted(root.glob("*.py")):
    r = subprocess.run([sys.executable, program.name], cwd=root, capture_output=True, text=True,
                       env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"}, timeout=60)
    program.with_suffix(".out").write_text(r.stdout)
    last = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""
    program.with_suffix(".status").write_text(f"{r.returncode}\n{last.replace(str(root), '<DIR>')}\n")
    print(f"{program.name}: exit {r.returncode}")
