# arrays of size 0 created inside @njit: np.zeros(0), np.empty(0), np.ones((0, 3)), np.zeros((2, 0, 4), np.int64)
import numpy as np
from numba import njit


@njit
def empties(n):
    a = np.zeros(n)
    b = np.empty(n, np.int64)
    c = np.ones((n, 3))
    d = np.zeros((2, n, 4), np.int64)
    return a, b, c, d


@njit
def describe(n):
    a = np.zeros((3, n))
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return a.shape, a.size, a.ndim, len(a), s


@njit
def empty_len(n):
    e = np.ones(n, np.bool_)
    return len(e), e.size, e.shape


for x in empties(0):
    print(x, x.dtype, x.shape, x.size)
print(describe(0), describe(2))
print(empty_len(0))
print(empties.signatures)
assert empties.nopython_signatures
assert describe.nopython_signatures
assert empty_len.nopython_signatures
