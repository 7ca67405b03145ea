#!/usr/bin/env python3
"""Times every bench/programs/*.py under jitbook and under the real python3, side by side.

Runs alternate (jitbook, python3, jitbook, python3, ...) so that machine noise hits both alike;
each figure is the median of --runs runs. Each program times its own kernel and prints
`time: <seconds>`; that kernel time is the main figure. The runner also times the whole process
(start-up and data setup included) as a second column. Every other output line must be identical
under both interpreters, or the program is reported as an error instead of being timed.

Run it with the real python3 (the one it compares against is the one running it). It always exits
0: it is a benchmark, not a test; it prints whether the issue's "must" limits hold.
"""
import argparse
import datetime
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"
MUST_GEOMEAN = 2.0   # geometric mean of kernel ratios, jitbook/python3
MUST_STARTUP = 2.0   # `-c pass`, jitbook/python3
STARTUP_RUNS = 15


class Failure(Exception):
    """A run that crashed, timed out or printed something other than python3 did."""


def real_python3():
    # A pyenv shim execs the real binary, so the running interpreter's sys.executable is already
    # the real one, never the shim.
    if sys.version_info[:2] != (3, 11):
        print(f"warning: comparing against Python {platform.python_version()}, not 3.11",
              file=sys.stderr)
    return os.path.realpath(sys.executable)


def run_once(cmd, timeout):
    """Runs cmd; returns (stdout, wall seconds)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=PROGRAMS)
    except subprocess.TimeoutExpired:
        raise Failure(f"timed out after {timeout:g} s")
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        raise Failure(f"exit {proc.returncode}: {last}")
    return proc.stdout, wall


def split_output(stdout):
    """(checksum lines, kernel seconds or None) from a program's output."""
    kept, kernel = [], None
    for line in stdout.splitlines():
        if line.startswith("time: "):
            kernel = float(line[len("time: "):])
        else:
            kept.append(line)
    return kept, kernel


def bench_program(path, jitbook, python, runs, timeout):
    """Medians {interpreter: (kernel s, wall s)}; raises Failure on the first bad run."""
    samples = {"jitbook": [], "python3": []}
    expected = None
    for _ in range(runs):
        outputs = {}
        for name, exe in (("jitbook", jitbook), ("python3", python)):
            try:
                stdout, wall = run_once([exe, path.name], timeout)
            except Failure as failure:
                raise Failure(f"{name}: {failure}")
            outputs[name], kernel = split_output(stdout)
            if kernel is None:
                raise Failure(f"{name}: no `time:` line")
            samples[name].append((kernel, wall))
        expected = expected or outputs["python3"]
        if outputs["python3"] != expected:
            raise Failure("python3's own output varies between runs")
        if outputs["jitbook"] != expected:
            raise Failure("output differs: " + first_difference(expected, outputs["jitbook"]))
    return {name: (statistics.median(k for k, _ in s), statistics.median(w for _, w in s))
            for name, s in samples.items()}


def first_difference(expected, got):
    for e, g in zip(expected, got):
        if e != g:
            return f"python3 {e!r}, jitbook {g!r}"
    return f"python3 printed {len(expected)} lines, jitbook {len(got)}"


def bench_startup(jitbook, python, runs):
    walls = {"jitbook": [], "python3": []}
    for _ in range(runs):
        for name, exe in (("jitbook", jitbook), ("python3", python)):
            walls[name].append(run_once([exe, "-c", "pass"], 30)[1])
    return {name: statistics.median(w) for name, w in walls.items()}


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def machine():
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {model}"


def git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def version(exe):
    try:
        return subprocess.run([exe, "--version"], capture_output=True, text=True,
                              timeout=30).stdout.strip() or "no --version output"
    except (OSError, subprocess.TimeoutExpired):
        return "no --version output"


def table(rows, startup):
    """Markdown lines for the results; rows are (name, medians or error text)."""
    ms = lambda s: f"{s * 1000:.1f}"
    lines = ["| program | python3 ms | jitbook ms | jitbook/python3 "
             "| python3 process ms | jitbook process ms | process ratio |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    kernel_ratios, wall_ratios = [], []
    for name, result in rows:
        if isinstance(result, str):
            cell = result.replace("|", "\\|")
            lines.append(f"| {name} | | | **error**: {cell} | | | |")
            continue
        (pk, pw), (jk, jw) = result["python3"], result["jitbook"]
        kernel_ratios.append(jk / pk)
        wall_ratios.append(jw / pw)
        lines.append(f"| {name} | {ms(pk)} | {ms(jk)} | {jk / pk:.2f}x "
                     f"| {ms(pw)} | {ms(jw)} | {jw / pw:.2f}x |")
    gk, gw = geomean(kernel_ratios), geomean(wall_ratios)
    lines.append(f"| **geometric mean** | | | **{gk:.2f}x** | | | **{gw:.2f}x** |")
    lines += ["", "| start-up (`-c pass`) | python3 ms | jitbook ms | jitbook/python3 |",
              "|---|---:|---:|---:|",
              f"| start-up | {ms(startup['python3'])} | {ms(startup['jitbook'])} "
              f"| {startup['jitbook'] / startup['python3']:.2f}x |"]
    return lines, gk


def verdict(rows, gk, startup):
    failed = [name for name, result in rows if isinstance(result, str)]
    startup_ratio = startup["jitbook"] / startup["python3"]
    # A program that failed counts against the must: the geomean then covers only part of the suite.
    geo_ok = not failed and gk <= MUST_GEOMEAN
    return [
        f"- geometric mean {gk:.2f}x (must: at most {MUST_GEOMEAN:g}x, target 1.0x): "
        + ("**holds**" if geo_ok else "**does not hold**")
        + (f" ({len(failed)} program(s) failed: {', '.join(failed)})" if failed else ""),
        f"- start-up {startup_ratio:.2f}x (must: at most {MUST_STARTUP:g}x, target 1.0x): "
        + ("**holds**" if startup_ratio <= MUST_STARTUP else "**does not hold**"),
    ]


def write_readme(results_md, args, python, jitbook):
    header = f"""# Benchmarks

Pure-Python programs timed under `jitbook` and under the real CPython binary, side by side in one
run (issue 2, section 7). Each program is self-contained, uses only builtins, times its own kernel
with `time.perf_counter()` (start-up and data setup excluded) and prints a checksum that must be
identical under both interpreters. Runs alternate jitbook, python3, jitbook, python3, ...; every
figure is the median of {args.runs} runs ({STARTUP_RUNS} for start-up). "process" columns are the
whole process's wall time, start-up and setup included. Ratios above 1 mean jitbook is slower. The
machine is shared and noisy: treat differences under ~15% as noise.

## How to run

After `./scripts/test` or `swift build -c release`:

    python3 bench/run.py                      # every program, 7 runs each; rewrites this file
    python3 bench/run.py --only nbody --runs 3
    python3 bench/run.py --jitbook /path/to/jitbook
    python3 bench/notebook.py                 # the notebook REPL against IPython (section below)

## Programs

| program | what it stresses |
|---|---|
"""
    for path in sorted(PROGRAMS.glob("*.py")):
        doc = path.read_text().split('"""')[1].split("\n\n")[0]
        header += f"| `{path.stem}` | {' '.join(doc.split())} |\n"
    header += f"""
## Latest results

- date: {datetime.datetime.now().strftime("%Y-%m-%d %H:%M")}
- machine: {machine()}
- python3: {platform.python_implementation()} {platform.python_version()} (`{python}`)
- jitbook: `{jitbook}` ({version(jitbook)}); this checkout is at commit `{git_commit()}`
  (the binary's own commit when it was built here; a binary passed with --jitbook may differ)

"""
    # bench/notebook.py keeps its own section at the end: carry it over.
    readme = BENCH / "README.md"
    marker = "<!-- notebook bench -->"
    kept = readme.read_text().split(marker, 1) if readme.exists() else [""]
    tail = "\n" + marker + kept[1] if len(kept) == 2 else ""
    readme.write_text(header + "\n".join(results_md) + "\n" + tail)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jitbook", default=str(ROOT / ".build" / "release" / "jitbook"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", help="one program's name, e.g. nbody (README.md is left alone)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per run")
    args = parser.parse_args()

    jitbook = os.path.abspath(args.jitbook)
    if not os.access(jitbook, os.X_OK):
        sys.exit(f"no jitbook binary at {jitbook}; build it (swift build -c release) or pass --jitbook")
    python = real_python3()
    paths = sorted(PROGRAMS.glob("*.py"))
    if args.only:
        paths = [p for p in paths if p.stem == args.only]
        if not paths:
            sys.exit(f"no program named {args.only} in {PROGRAMS}")

    print(f"python3: {python} ({platform.python_version()}); jitbook: {jitbook}; "
          f"{args.runs} runs each")
    rows = []
    for path in paths:
        try:
            result = bench_program(path, jitbook, python, args.runs, args.timeout)
            (pk, _), (jk, _) = result["python3"], result["jitbook"]
            print(f"{path.stem:>14}: python3 {pk * 1000:8.1f} ms  jitbook {jk * 1000:8.1f} ms"
                  f"  {jk / pk:6.2f}x", flush=True)
        except Failure as failure:
            result = str(failure)
            print(f"{path.stem:>14}: ERROR {result}", flush=True)
        rows.append((path.stem, result))
    startup = bench_startup(jitbook, python, STARTUP_RUNS)

    lines, gk = table(rows, startup)
    results_md = lines + [""] + verdict(rows, gk, startup)
    print()
    print("\n".join(results_md))
    if not args.only:
        write_readme(results_md, args, python, jitbook)
        print(f"\nwrote {BENCH / 'README.md'}")


if __name__ == "__main__":
    main()
