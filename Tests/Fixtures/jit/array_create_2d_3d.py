# np.zeros((n, m)) and np.ones((n, m, k)) made inside @njit: 2-D and 3-D float64, a[i, j] and a[i, j, k]
import numpy as np
from numba import njit


@njit
def table(n, m):
    a = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            a[i, j] = 10 * i + j
    return a


@njit
def cube(n, m, k):
    a = np.ones((n, m, k))
    for i in range(n):
        for j in range(m):
            for l in range(k):
                a[i, j, l] += i * 100 + j * 10 + l
    return a


@njit
def fixed():
    a = np.zeros((2, 3))
    b = np.ones((2, 2, 2))
    a[1, 2] = 7.5
    b[0, 1, 1] = -1.0
    return a, b


t = table(3, 4)
print(t.dtype, t.shape, t.ndim)
print(t)
c = cube(2, 3, 2)
print(c.dtype, c.shape, c.ndim, c.size)
print(c)
a, b = fixed()
print(a)
print(b.tolist())
print(table.signatures, cube.signatures, fixed.signatures)
assert table.nopython_signatures
assert cube.nopython_signatures
assert fixed.nopython_signatures
