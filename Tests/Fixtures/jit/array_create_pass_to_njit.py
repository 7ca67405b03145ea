# an array created in one @njit function passed to others that fill it, read it and create their own
import numpy as np
from numba import njit


@njit
def fill_linear(a, start, step):
    for i in range(len(a)):
        a[i] = start + step * i


@njit
def total(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s


@njit
def trace(m):
    s = 0
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s


@njit
def make_row(n):
    a = np.zeros(n)
    fill_linear(a, 1.0, 0.5)
    return a


@njit
def driver(n):
    a = np.empty(n)
    fill_linear(a, 2.0, 3.0)
    m = np.zeros((n, n), np.int64)
    for i in range(n):
        for j in range(n):
            m[i, j] = i * n + j
    row = make_row(n)
    return total(a), trace(m), total(row), row


print(driver(4))
print(make_row(3))
print(driver.signatures)
print(fill_linear.signatures)
assert fill_linear.nopython_signatures
assert total.nopython_signatures
assert trace.nopython_signatures
assert make_row.nopython_signatures
assert driver.nopython_signatures
