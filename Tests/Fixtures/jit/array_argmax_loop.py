# max/argmax and min/argmin loops returning (value, index) tuples; ties keep the first index
import numpy as np
from numba import njit


@njit
def argmax(a):
    best = a[0]
    k = 0
    for i in range(1, len(a)):
        if a[i] > best:
            best = a[i]
            k = i
    return best, k


@njit
def argmin_2d(a):
    best = a[0, 0]
    bi = 0
    bj = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] < best:
                best = a[i, j]
                bi = i
                bj = j
    return best, (bi, bj)


print(argmax(np.array([3, 9, 2, 9, -4])))
print(argmax(np.array([-1.5, -0.25, -3.0])))
m = np.array([[4.0, 2.5, 7.0], [1.0, 8.0, 1.0], [3.0, 6.0, 5.0]])
print(argmin_2d(m), tuple(int(v) for v in np.unravel_index(np.argmin(m), m.shape)))
print(argmin_2d(np.array([[5, 4], [3, -2], [-2, 0]])))
assert argmax.nopython_signatures
assert argmin_2d.nopython_signatures
