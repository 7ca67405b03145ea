#!/usr/bin/env python3
"""Notebook REPL speed (issue 3, section 8), in a pseudo-terminal as a person would see it:

- start-up: from starting the process to the first `In [1]:` prompt, jitbook against IPython
  (IPython 9.18.1, pip-installed into .build-venv/bench on first use), alternating, median;
- completion: with 10,000 names in scope, from pressing Tab after `v5432` to the completed
  `v5432_end` on the screen.

Prints the figures and whether the musts hold, and writes its section of bench/README.md.
"""
import argparse
import os
import pty
import re
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV = ROOT / ".build-venv/bench"
IPYTHON_VERSION = "9.18.1"
MARKER = "<!-- notebook bench -->"
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]")


class Terminal:
    """A program in a pseudo-terminal; answers cursor-position queries as a terminal would."""

    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(argv[0], argv, env)
        self.seen = b""

    def read_until(self, pattern, timeout=30):
        deadline = time.perf_counter() + timeout
        while True:
            text = ANSI.sub(b"", self.seen)
            if pattern in text:
                return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"no {pattern!r} in {text[-300:]!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    raise TimeoutError("the program ended")
                if b"\x1b[6n" in chunk:
                    os.write(self.fd, b"\x1b[1;1R")
                self.seen += chunk

    def send(self, data):
        os.write(self.fd, data)

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def environment(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("JITBOOK")}
    env.update(TERM="xterm-256color", HOME=home, NO_COLOR="1", COLUMNS="120", LINES="40",
               JITBOOK_HISTORY=os.path.join(home, "history"))
    return env


def startup(argv, home):
    start = time.perf_counter()
    t = Terminal(argv, environment(home))
    try:
        end = t.read_until(b"In [1]:")
    finally:
        t.close()
    return (end - start) * 1000


def completion_times(jitbook, home, count):
    t = Terminal([jitbook], environment(home))
    times = []
    try:
        t.read_until(b"In [1]:")
        t.send(b"for i in range(10000): globals()['v%d_end' % i] = i\r")
        t.read_until(b"In [2]:")
        for k in range(count):
            prefix = b"v%d" % (1000 + 617 * k)
            t.send(prefix)
            t.read_until(prefix)
            t.seen = b""
            start = time.perf_counter()
            t.send(b"\t")
            end = t.read_until(b"_end")
            times.append((end - start) * 1000)
            t.send(b"\x15")  # Ctrl-U: clear the line for the next try
            time.sleep(0.02)
    finally:
        t.close()
    return times


def ipython_command():
    python = VENV / "bin/python"
    if not python.exists():
        venv.create(VENV, with_pip=True)
    check = subprocess.run([python, "-c", "import IPython; print(IPython.__version__)"],
                           capture_output=True, text=True)
    if check.stdout.strip() != IPYTHON_VERSION:
        subprocess.run([python, "-m", "pip", "install", "--quiet", f"ipython=={IPYTHON_VERSION}"], check=True)
    return [str(VENV / "bin/ipython"), "--no-banner", "--colors=NoColor"]


def write_readme(lines):
    readme = BENCH / "README.md"
    text = readme.read_text() if readme.exists() else ""
    text = text.split(MARKER)[0].rstrip("\n") + "\n\n" + MARKER + "\n" + "\n".join(lines) + "\n"
    readme.write_text(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jitbook", default=str(ROOT / ".build/release/jitbook"))
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    ipython = ipython_command()
    with tempfile.TemporaryDirectory() as home:
        # One warm-up each: IPython makes its profile folder on its first run.
        startup([args.jitbook], home)
        startup(ipython, home)
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(startup([args.jitbook], home))
            theirs.append(startup(ipython, home))
        completions = completion_times(args.jitbook, home, args.runs)
    j, i = statistics.median(ours), statistics.median(theirs)
    c = statistics.median(completions)
    lines = [
        "## Notebook REPL (`python3 bench/notebook.py`)",
        "",
        f"In a pseudo-terminal, median of {args.runs} runs, alternating; IPython {IPYTHON_VERSION} from "
        "`.build-venv/bench`.",
        "",
        "| measure | jitbook ms | IPython ms | jitbook/IPython | must |",
        "|---|---:|---:|---:|---|",
        f"| start to first prompt | {j:.1f} | {i:.1f} | {j / i:.2f}x | at most 0.20x: "
        f"**{'holds' if j <= i / 5 else 'fails'}** |",
        f"| Tab completion, 10,000 names in scope | {c:.1f} | | | at most 20 ms: "
        f"**{'holds' if c <= 20 else 'fails'}** |",
    ]
    print("\n".join(lines))
    write_readme(lines)


if __name__ == "__main__":
    sys.exit(main())
