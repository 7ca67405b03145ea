# row and column sums of a 2-D int64 array into passed-in outputs; a.shape unpacked
import numpy as np
from numba import njit


@njit
def margins(m, rows, cols):
    r, c = m.shape
    for i in range(r):
        rows[i] = 0
    for j in range(c):
        cols[j] = 0
    for i in range(r):
        for j in range(c):
            rows[i] += m[i, j]
            cols[j] += m[i, j]
    total = 0
    for i in range(r):
        total += rows[i]
    return total


m = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10], [-1, 0, 1]])
rows = np.full(4, 99)
cols = np.full(3, 99)
print(margins(m, rows, cols), rows, cols)
print(m.sum(axis=1), m.sum(axis=0))
print(margins(m.T, cols, rows), cols, rows)
for s in margins.signatures:
    print(s)
assert margins.nopython_signatures
