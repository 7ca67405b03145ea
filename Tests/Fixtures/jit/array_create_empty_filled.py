# np.empty(n), np.empty((n, m)) and np.empty(n, np.int64) inside @njit, every element written before it is read
import numpy as np
from numba import njit


@njit
def fib(n):
    a = np.empty(n, np.int64)
    for i in range(n):
        if i < 2:
            a[i] = i
        else:
            a[i] = a[i - 1] + a[i - 2]
    return a


@njit
def identity(n):
    m = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            if i == j:
                m[i, j] = 1.0
            else:
                m[i, j] = 0.0
    return m


@njit
def roots(n):
    r = np.empty(n)
    for i in range(n):
        r[i] = (i + 1) ** 0.5
    total = 0.0
    for i in range(n):
        total += r[i]
    return r, total


@njit
def flags(n):
    f = np.empty((2, n), np.bool_)
    for j in range(n):
        f[0, j] = j > 1
        f[1, j] = not f[0, j]
    return f


print(fib(12), fib(12).dtype)
print(identity(3))
r, total = roots(4)
print(r.tolist(), round(total, 12))
print(flags(4))
print(fib.signatures, roots.signatures)
assert fib.nopython_signatures
assert identity.nopython_signatures
assert roots.nopython_signatures
assert flags.nopython_signatures
