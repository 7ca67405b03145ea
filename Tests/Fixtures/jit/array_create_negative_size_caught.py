# negative sizes for np.zeros, np.ones and np.empty (1-D and in a 2-D shape) raise ValueError, caught outside
import numpy as np
from numba import njit


@njit
def zeros(n):
    return np.zeros(n)


@njit
def ones2(n, m):
    return np.ones((n, m), np.int64)


@njit
def empty(n):
    a = np.empty(n)
    return a.size


print(zeros(2), ones2(1, 2), empty(0))
for f, args in [(zeros, (-1,)), (ones2, (2, -3)), (ones2, (-2, 0)), (empty, (-5,))]:
    try:
        f(*args)
        print("no error")
    except ValueError as e:
        print(type(e).__name__, e)
print(zeros(1))
assert zeros.nopython_signatures
assert ones2.nopython_signatures
assert empty.nopython_signatures
