# @njit(boundscheck=True): an index past the end raises IndexError out of the jitted function
import numpy as np
from numba import njit


@njit(boundscheck=True)
def get(a, i):
    return a[i]


a = np.array([1.5, 2.5, 3.5])
print(get(a, 0), get(a, 2), get(a, -3))
assert get.nopython_signatures
print("reading index 3")
print(get(a, 3))
print("not reached")
