"""Recursive fib(27): Python-to-Python call overhead plus small-int compares and adds."""
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


start = time.perf_counter()
result = fib(27)
elapsed = time.perf_counter() - start

print("fib(27) =", result)
print(f"time: {elapsed:.6f}")
