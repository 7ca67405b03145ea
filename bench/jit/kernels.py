"""Compile and call costs of the `numba` module, run the same under jitbook and under python3
with Numba 0.68.1 (bench/jit.py runs both, interleaved). Prints `name value` lines."""
import time

start = time.perf_counter()
from numba import njit
imported = time.perf_counter()


@njit
def add(a, b):
    return a + b


t0 = time.perf_counter()
add(1, 1)
t1 = time.perf_counter()


@njit
def add_float(a, b):
    return a * b + 1.0


add_float(1.5, 2.0)
t2 = time.perf_counter()


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


assert fib(27) == 196418
best_fib = 1e9
for _ in range(20):
    s = time.perf_counter()
    fib(27)
    best_fib = min(best_fib, time.perf_counter() - s)


import numpy as np


@njit
def sum_squared(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += x[i] * x[i]
    return total


@njit(fastmath=True)
def sum_squared_fast(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += x[i] * x[i]
    return total


np.random.seed(0)
x = np.random.rand(1_000_000)


def best_of(f, repeat=25):
    f(x)
    best = 1e9
    for _ in range(repeat):
        s = time.perf_counter()
        f(x)
        best = min(best, time.perf_counter() - s)
    return best


def add_py(a, b):
    return a + b


def per_call(f, n=200000, repeat=7):
    best = 1e9
    for _ in range(repeat):
        s = time.perf_counter()
        for _ in range(n):
            f(1, 1)
        best = min(best, (time.perf_counter() - s) / n)
    return best


print("import_numba_ms", (imported - start) * 1e3)
print("first_call_ms", (t1 - t0) * 1e3)
print("second_compile_ms", (t2 - t1) * 1e3)
print("fib27_ms", best_fib * 1e3)
print("sum_squared_ms", best_of(sum_squared) * 1e3)
print("sum_squared_fastmath_ms", best_of(sum_squared_fast) * 1e3)
print("call_py_ns", per_call(add_py) * 1e9)
print("call_jit_ns", per_call(add) * 1e9)
