# creating arrays inside a loop many times (1-D, 2-D, each dtype) in one call and over many calls: checksums only
import numpy as np
from numba import njit


@njit
def churn(iters, n):
    check = 0.0
    for k in range(iters):
        a = np.zeros(n)
        b = np.ones((2, n), np.int64)
        c = np.empty(n)
        for i in range(n):
            a[i] = k + i
            c[i] = a[i] * 0.5
        check += a[n - 1] + b[1, n - 1] + c[0]
    return check


@njit
def grow(iters):
    total = 0
    for k in range(iters):
        m = k % 50
        a = np.zeros(m, np.int64)
        for i in range(m):
            a[i] = i
        for i in range(m):
            total += a[i]
        f = np.zeros(m, np.bool_)
        total += len(f)
    return total


@njit
def fresh(n, k):
    a = np.zeros(n)
    a[k % n] = k
    return a


print(churn(200000, 8))
print(grow(100000))
s = 0.0
for k in range(20000):
    s += fresh(16, k)[k % 16]
print(s)
assert churn.nopython_signatures
assert grow.nopython_signatures
assert fresh.nopython_signatures
