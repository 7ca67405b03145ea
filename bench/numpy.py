#!/usr/bin/env python3
"""The NumPy subset against NumPy (issue 4, section 6): bench/numpy/kernels.py under jitbook and
python3, interleaved, `OPENBLAS_NUM_THREADS=1` on both sides, the median over runs of each
kernel's best-of-5; plus `import numpy` against `-c pass`. Prints ratios and writes its section
of bench/README.md."""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MARKER = "<!-- numpy bench -->"
MUSTS = {"add": 1.5, "subtract": 1.5, "multiply": 1.5, "divide": 1.5, "sqrt": 1.5, "sum": 1.5, "max": 1.5,
         "dot": 1.3, "matmul": 1.3}


def run(cmd):
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=BENCH / "numpy", check=True).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}


def wall(cmd, runs):
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jitbook", default=str(ROOT / ".build/release/jitbook"))
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    python = os.path.realpath(sys.executable)
    ours, theirs = {}, {}
    for _ in range(args.runs):
        for name, ms in run([args.jitbook, "kernels.py"]).items():
            ours.setdefault(name, []).append(ms)
        for name, ms in run([python, "kernels.py"]).items():
            theirs.setdefault(name, []).append(ms)
    lines = ["## NumPy subset (`python3 bench/numpy.py`)", "",
             f"Median over {args.runs} interleaved runs of each kernel's best of 5, `OPENBLAS_NUM_THREADS=1`; "
             "1e6 float64 elements, a 500x500 matmul.", "",
             "| kernel | NumPy ms | jitbook ms | jitbook/NumPy | must |", "|---|---:|---:|---:|---|"]
    for name in ours:
        j, n = statistics.median(ours[name]), statistics.median(theirs[name])
        must = MUSTS.get(name)
        verdict = f"at most {must}x: **{'holds' if j / n <= must else 'fails'}**" if must else "reported"
        lines.append(f"| {name} | {n:.3f} | {j:.3f} | {j / n:.2f}x | {verdict} |")
    pass_ours = wall([args.jitbook, "-c", "pass"], 15)
    import_ours = wall([args.jitbook, "-c", "import numpy"], 15)
    pass_theirs = wall([python, "-c", "pass"], 15)
    import_theirs = wall([python, "-c", "import numpy"], 15)
    extra = import_ours - pass_ours
    lines += ["", "| start-up | `-c pass` ms | `-c 'import numpy'` ms | import costs ms | must |", "|---|---:|---:|---:|---|",
              f"| python3 + NumPy | {pass_theirs:.1f} | {import_theirs:.1f} | {import_theirs - pass_theirs:.1f} | |",
              f"| jitbook | {pass_ours:.1f} | {import_ours:.1f} | {extra:.1f} | at most 3 ms: **{'holds' if extra <= 3 else 'fails'}** |"]
    print("\n".join(lines))
    readme = BENCH / "README.md"
    text = readme.read_text()
    before, _, after = text.partition(MARKER)
    rest = after.split("<!-- notebook bench -->", 1)
    tail = ("\n<!-- notebook bench -->" + rest[1]) if len(rest) == 2 else ""
    if not after and "<!-- notebook bench -->" in before:
        head, _, nb = before.partition("<!-- notebook bench -->")
        before, tail = head, "\n<!-- notebook bench -->" + nb
    readme.write_text(before.rstrip("\n") + "\n\n" + MARKER + "\n" + "\n".join(lines) + "\n" + tail)


if __name__ == "__main__":
    sys.exit(main())
