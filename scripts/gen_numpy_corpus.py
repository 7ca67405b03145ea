#!/usr/bin/env python3
"""Runs every Tests/Fixtures/numpy/*.py under CPython 3.11 with NumPy 2.4.6 and SciPy 1.17.1 and
records what the NumPy end-to-end tests compare against (the same files and conventions as
scripts/gen_program_fixtures.py for Tests/Fixtures/programs):

  NAME.out    stdout
  NAME.status line 1: exit status; line 2: the last non-empty stderr line, trailing spaces
              kept (empty when stderr is empty)
  NAME.err    the whole stderr, written only for programs whose first line is `# full-stderr`
Absolute paths of the fixture folder are replaced by <DIR> in .out, .status and .err.

Every program runs in the fixture folder as `python3 NAME.py`, with OPENBLAS_NUM_THREADS=1, so
warnings (SciPy's DeprecationWarning for `linalg.decomp_qr`, NumPy's RuntimeWarning) appear as a
script run shows them: `<DIR>/NAME.py:LINE: Category: message` and the source line.

  python3 scripts/gen_numpy_corpus.py                  # all programs
  python3 scripts/gen_numpy_corpus.py print_nan_inf    # only the named ones
  python3 scripts/gen_numpy_corpus.py --check          # write nothing; rerun every program with
      NumPy's SIMD dispatch off (NPY_DISABLE_CPU_FEATURES) and OpenBLAS's generic kernels
      (OPENBLAS_CORETYPE=Prescott) and report any program whose output changes, i.e. one that
      pins last-bit differences between libm/BLAS implementations rather than NumPy's behaviour
Set PYTHON=/path/to/python3.11 to run the programs under another binary than this one.
"""
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "numpy"
FULL_STDERR_MARK = "# full-stderr"
ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "PATH": "/usr/bin:/bin",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
}
PORTABLE_ENV = {
    "NPY_DISABLE_CPU_FEATURES": "AVX512_ICL AVX512_SPR X86_V4 X86_V3",
    "OPENBLAS_CORETYPE": "Prescott",
}
VERSIONS = {"python": "3.11.7", "numpy": "2.4.6", "scipy": "1.17.1"}


def python_binary() -> str:
    exe = os.environ.get("PYTHON") or sys.executable
    code = ("import sys, numpy, scipy; "
            "print('.'.join(map(str, sys.version_info[:3])), numpy.__version__, scipy.__version__)")
    found = subprocess.run([exe, "-c", code], capture_output=True, text=True, check=True,
                           env=ENV).stdout.split()
    have = dict(zip(VERSIONS, found))
    if not have["python"].startswith("3.11."):
        sys.exit(f"{exe} is Python {have['python']}; the fixtures need CPython 3.11")
    for name, want in VERSIONS.items():
        if have[name] != want:
            print(f"warning: {exe} has {name} {have[name]}, the fixtures were made with {want}",
                  file=sys.stderr)
    return exe


def programs(names):
    every = sorted(p for p in ROOT.glob("*.py") if not p.name.startswith("m_"))
    if not names:
        return every
    wanted = {n[:-3] if n.endswith(".py") else n for n in names}
    missing = wanted - {p.stem for p in every}
    if missing:
        sys.exit(f"no such programs: {sorted(missing)}")
    return [p for p in every if p.stem in wanted]


def run(exe, program, extra_env=None):
    """Returns (stdout, exit status, stderr) with the folder's path replaced by <DIR>."""
    r = subprocess.run([exe, program.name], cwd=ROOT, input="", capture_output=True, text=True,
                       env={**ENV, **(extra_env or {})}, timeout=120)
    return (r.stdout.replace(str(ROOT), "<DIR>"), r.returncode,
            r.stderr.replace(str(ROOT), "<DIR>"))


def main() -> None:
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    exe = python_binary()
    changed = []
    for program in programs(args):
        stdout, status, stderr = run(exe, program)
        if check:
            if run(exe, program, PORTABLE_ENV) != (stdout, status, stderr):
                changed.append(program.stem)
                print(f"{program.name}: output depends on SIMD/BLAS kernels")
            continue
        program.with_suffix(".out").write_text(stdout)
        # The last non-empty line, trailing spaces kept: NumPy's broadcast message ends in a space
        # (`... with shapes (3,) (4,) `), and the Swift tests take the last of
        # `stderr.split(separator: "\n")`, which keeps it too.
        lines = [line for line in stderr.split("\n") if line]
        last = lines[-1] if lines else ""
        program.with_suffix(".status").write_text(f"{status}\n{last}\n")
        err_file = program.with_suffix(".err")
        if program.read_text().startswith(FULL_STDERR_MARK):
            err_file.write_text(stderr)
        elif err_file.exists():
            err_file.unlink()
        print(f"{program.name}: exit {status}")
    leftovers = [p.name for p in ROOT.iterdir()
                 if p.name == "__pycache__" or p.suffix in (".tmp", ".npy", ".npz", ".txt")]
    if leftovers:
        sys.exit(f"programs left files behind in {ROOT}: {leftovers}")
    if check:
        print(f"{len(changed)} program(s) depend on SIMD/BLAS kernels" if changed
              else "every program prints the same with portable kernels")
        sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
