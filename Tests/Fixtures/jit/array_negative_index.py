# negative indices read and write from the end: a[-1], a[-2], m[-1, -1], m[0, -2]
import numpy as np
from numba import njit


@njit
def ends(a):
    return a[-1], a[-len(a)], a[-2] - a[1]


@njit
def corners(m):
    return m[0, 0], m[0, -1], m[-1, 0], m[-1, -1]


@njit
def set_last(m, v):
    m[-1, -1] = v
    m[0, -2] = v * 2
    return m[-1, -1] + m[0, -2]


a = np.array([10, 20, 30, 40, 50])
print(ends(a), ends(np.array([1.5, 2.5])))
m = np.arange(12, dtype=np.float64).reshape(3, 4)
print(corners(m), corners(m.T))
print(set_last(m, 0.5))
print(m)
assert ends.nopython_signatures
assert corners.nopython_signatures
assert set_last.nopython_signatures
