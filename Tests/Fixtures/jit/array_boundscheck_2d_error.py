# @njit(boundscheck=True) on a 2-D array: a negative column index past -ncols raises IndexError
import numpy as np
from numba import njit


@njit(boundscheck=True)
def set_at(m, i, j, v):
    m[i, j] = v
    return m[i, j]


m = np.zeros((2, 3))
print(set_at(m, 1, -1, 2.5), set_at(m, -2, -3, 1.0))
print(m)
assert set_at.nopython_signatures
print("writing column -4")
print(set_at(m, 0, -4, 9.0))
print("not reached")
