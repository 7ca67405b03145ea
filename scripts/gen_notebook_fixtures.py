#!/usr/bin/env python3
"""Writes Tests/Fixtures/notebook/timeformat.json: how IPython formats durations and %timeit
results, from IPython's own functions (python3 with IPython installed), for NotebookTests."""
import json
import pathlib

from IPython.core.magics.execution import TimeitResult, _format_time

OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/Fixtures/notebook/timeformat.json"

durations = [0.0, 5e-9, 1.5e-8, 2.5e-7, 1.2345e-5, 9.999e-4, 1.23456e-3, 0.2, 0.99999, 2.5,
             59.9, 60.0, 65.5, 3661.2, 90061.0]
results = [
    # loops, repeat, all_runs (seconds per run), precision
    (1, 1, [4.28e-6], 3),
    (1000, 7, [0.0123, 0.0125, 0.0124, 0.0129, 0.0122, 0.0123, 0.0126], 3),
    (10_000_000, 7, [0.29, 0.30, 0.295, 0.291, 0.299, 0.293, 0.297], 3),
    (10, 3, [1.0, 1.5, 2.0], 4),
]
data = {
    "durations": [{"seconds": s, "text": _format_time(s)} for s in durations],
    "summaries": [],
}
for loops, repeat, runs, precision in results:
    r = TimeitResult(loops, repeat, min(runs) / loops, max(runs) / loops, runs, 0.0, precision)
    data["summaries"].append({"loops": loops, "repeat": repeat, "runs": runs, "precision": precision,
                              "average": r.average, "stdev": r.stdev, "text": str(r)})
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
print("wrote", OUT)
