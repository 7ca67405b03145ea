# a transposed (F-order) view and a Fortran-ordered array passed in: indices follow the view
import numpy as np
from numba import njit


@njit
def weighted(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j] * (10 * i + j)
    return s


@njit
def row0(a, out):
    for j in range(a.shape[1]):
        out[j] = a[0, j]
    return a.shape


m = np.arange(6, dtype=np.float64).reshape(2, 3)
t = m.T
print(t.flags.f_contiguous, t.shape)
print(weighted(m), weighted(t))
out = np.zeros(2)
print(row0(t, out), out)
f = np.asfortranarray(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
out3 = np.zeros(2)
print(row0(f, out3), out3, weighted(f))
for s in weighted.signatures:
    print(s)
for s in row0.signatures:
    print(s)
assert weighted.nopython_signatures
assert row0.nopython_signatures
