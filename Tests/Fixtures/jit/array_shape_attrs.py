# shape, shape[0], size, ndim and len of 1-D and 2-D arrays of each dtype, returned as tuples
import numpy as np
from numba import njit


@njit
def describe(a):
    return a.shape, a.shape[0], a.size, a.ndim, len(a)


@njit
def cells(a):
    r, c = a.shape
    return r * c == a.size, a.shape[-1]


print(describe(np.zeros(5)))
print(describe(np.zeros((3, 4), dtype=np.int64)))
print(describe(np.ones((2, 7), dtype=bool)))
print(describe(np.zeros(0)))
print(describe(np.zeros((0, 3))))
print(cells(np.zeros((4, 2))), cells(np.zeros((1, 9)).T))
print(describe.signatures)
assert describe.nopython_signatures
assert cells.nopython_signatures
