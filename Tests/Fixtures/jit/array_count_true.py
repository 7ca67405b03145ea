# counting True values in 1-D and 2-D bool arrays, and the first True index (-1 when none)
import numpy as np
from numba import njit


@njit
def count_true(m):
    c = 0
    for i in range(m.size):
        if m[i]:
            c += 1
    return c


@njit
def count_true_2d(m):
    c = 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            if m[i, j]:
                c += 1
    return c


@njit
def first_true(m):
    for i in range(len(m)):
        if m[i]:
            return i
    return -1


x = np.array([3, -1, 0, 7, -2, 5, 0, 8])
mask = x > 0
print(mask)
print(count_true(mask), first_true(mask))
print(count_true(np.zeros(4, dtype=bool)), first_true(np.zeros(4, dtype=bool)))
g = (np.arange(12).reshape(3, 4) % 3) == 0
print(count_true_2d(g), int(g.sum()))
print(count_true.signatures)
print(count_true_2d.signatures)
assert count_true.nopython_signatures
assert count_true_2d.nopython_signatures
assert first_true.nopython_signatures
