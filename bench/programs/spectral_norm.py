"""Spectral norm of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to n x n:
nested index loops, a small function called n*n times per product, float accumulation."""
import time

N = 120


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * u[j]
        result.append(total)
    return result


def times_a_transposed(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * u[j]
        result.append(total)
    return result


def times_ata(u):
    return times_a_transposed(times_a(u))


def spectral_norm(n):
    # Power iteration: ten rounds of v = AtA u, u = AtA v.
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


start = time.perf_counter()
result = spectral_norm(N)
elapsed = time.perf_counter() - start

print("%.9f" % result)
print(f"time: {elapsed:.6f}")
