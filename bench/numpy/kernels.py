"""NumPy kernels timed inside one process: element-wise ops over 1e6 float64, reductions,
a 1e6-vector dot and a 500x500 matmul. Prints `NAME ms` lines (best of 5 repeats)."""
import time
import numpy as np

np.random.seed(0)
a = np.random.random(1_000_000)
b = np.random.random(1_000_000) + 0.5
m = np.random.random((500, 500))
n = np.random.random((500, 500))


def best(f, repeat=5):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


kernels = [
    ("add", lambda: a + b),
    ("subtract", lambda: a - b),
    ("multiply", lambda: a * b),
    ("divide", lambda: a / b),
    ("sqrt", lambda: np.sqrt(a)),
    ("sum", lambda: a.sum()),
    ("max", lambda: a.max()),
    ("exp", lambda: np.exp(a)),
    ("sin", lambda: np.sin(a)),
    ("dot", lambda: np.dot(a, b)),
    ("matmul", lambda: m @ n),
]
for name, f in kernels:
    print(f"{name} {best(f):.3f}")
