# np.zeros(n) and np.ones(n) made inside @njit: float64 1-D arrays, filled in a loop and returned
import numpy as np
from numba import njit


@njit
def squares(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = i * i
    return a


@njit
def halves(n):
    a = np.ones(n)
    for i in range(1, n):
        a[i] = a[i - 1] / 2
    return a


@njit
def untouched(n):
    return np.zeros(n), np.ones(n)


s = squares(6)
print(type(s).__name__, s.dtype, s.shape)
print(s)
h = halves(5)
print(h.dtype, h.tolist())
z, o = untouched(4)
print(z, o, z.dtype, o.dtype)
print(squares(1), halves(1))
print(squares.signatures, halves.signatures)
assert squares.nopython_signatures
assert halves.nopython_signatures
assert untouched.nopython_signatures
