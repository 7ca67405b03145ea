# Pascal's triangle in np.zeros((n, n), np.int64) made inside @njit, read back with negative indices
import numpy as np
from numba import njit


@njit
def pascal(n):
    t = np.zeros((n, n), np.int64)
    for i in range(n):
        t[i, 0] = 1
        for j in range(1, i + 1):
            t[i, j] = t[i - 1, j - 1] + t[i - 1, j]
    return t


@njit
def last_row(n):
    t = pascal(n)
    row = np.empty(n, np.int64)
    for j in range(n):
        row[j] = t[-1, j]
    return row, row[-1], row[-2], t[-1, -1]


print(pascal(6))
print(last_row(10))
print(last_row(2))
print(pascal.signatures)
assert pascal.nopython_signatures
assert last_row.nopython_signatures
