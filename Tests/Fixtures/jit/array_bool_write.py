# writing comparison results into a bool array passed in, and reading them back as conditions
import numpy as np
from numba import njit


@njit
def threshold(a, t, out):
    n = 0
    for i in range(len(a)):
        out[i] = a[i] >= t
        if out[i]:
            n += 1
    return n


@njit
def checkerboard(m):
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] = (i + j) % 2 == 0
    return m


a = np.array([0.5, 2.0, 1.0, 3.5, 0.99])
out = np.zeros(5, dtype=bool)
print(threshold(a, 1.0, out), out)
print(checkerboard(np.zeros((3, 4), dtype=bool)))
print(threshold.signatures)
assert threshold.nopython_signatures
assert checkerboard.nopython_signatures
