# a positional dtype: np.zeros(n, np.int64), np.ones((n, m), np.float64), np.zeros(n, np.bool_), np.ones(n, np.int64)
import numpy as np
from numba import njit


@njit
def int_counts(n):
    a = np.zeros(n, np.int64)
    for i in range(n):
        a[i] = i * 3 - 4
    return a


@njit
def float_grid(n, m):
    g = np.ones((n, m), np.float64)
    g[0, 0] = 0.25
    return g


@njit
def evens(n):
    b = np.zeros(n, np.bool_)
    for i in range(n):
        b[i] = i % 2 == 0
    return b


@njit
def mixed(n):
    return np.ones(n, np.int64), np.zeros((2, n), np.bool_), np.ones((1, 2, n), np.int64)


@njit
def truncated(n):
    a = np.zeros(n, np.int64)
    for i in range(n):
        a[i] = 7.9 * i
    return a


x = int_counts(5)
print(x, x.dtype)
g = float_grid(2, 3)
print(g, g.dtype)
b = evens(5)
print(b, b.dtype)
o, f, t = mixed(3)
print(o, o.dtype)
print(f, f.dtype)
print(t, t.dtype, t.shape)
print(truncated(4))
print(int_counts.signatures, evens.signatures)
assert int_counts.nopython_signatures
assert float_grid.nopython_signatures
assert evens.nopython_signatures
assert mixed.nopython_signatures
assert truncated.nopython_signatures
