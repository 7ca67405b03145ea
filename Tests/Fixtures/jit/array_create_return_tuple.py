# returning tuples of created arrays, and tuples mixing created arrays with int and float scalars
import numpy as np
from numba import njit


@njit
def split_signs(a):
    n = len(a)
    pos = np.zeros(n)
    neg = np.zeros(n)
    npos = 0
    nneg = 0
    for i in range(n):
        if a[i] >= 0:
            pos[npos] = a[i]
            npos += 1
        else:
            neg[nneg] = a[i]
            nneg += 1
    return pos, npos, neg, nneg


@njit
def stats(n):
    a = np.empty(n)
    s = 0.0
    for i in range(n):
        a[i] = 1.0 / (i + 1)
        s += a[i]
    return s, a, n


@njit
def pair(n):
    return np.zeros((n, 2), np.int64), np.ones(n, np.bool_)


pos, npos, neg, nneg = split_signs(np.array([1.5, -2.0, 0.0, -0.5, 3.0]))
print(pos, npos, neg, nneg)
s, a, n = stats(4)
print(round(s, 12), a.tolist(), n)
r = pair(2)
print(type(r).__name__, len(r))
print(r[0], r[1])
print(split_signs.signatures)
assert split_signs.nopython_signatures
assert stats.nopython_signatures
assert pair.nopython_signatures
