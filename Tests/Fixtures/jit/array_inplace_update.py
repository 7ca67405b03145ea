# augmented element updates a[i] += v, m[i, j] *= v, a[i] -= ..., returning the argument itself
import numpy as np
from numba import njit


@njit
def axpy(alpha, x, y):
    for i in range(len(y)):
        y[i] += alpha * x[i]
    return y


@njit
def scale_rows(m, factors):
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] *= factors[i]
    return m


@njit
def histogram(values, counts):
    for i in range(len(values)):
        counts[values[i]] += 1
    counts[0] -= 1
    return counts


x = np.array([1.0, 2.0, 3.0])
y = np.array([10.0, 20.0, 30.0])
r = axpy(0.5, x, y)
print(r, r is y, y)
m = np.ones((2, 3), dtype=np.int64)
print(scale_rows(m, np.array([3, -2])))
c = np.zeros(4, dtype=np.int64)
print(histogram(np.array([0, 3, 1, 3, 3, 0, 2]), c), c)
assert axpy.nopython_signatures
assert scale_rows.nopython_signatures
assert histogram.nopython_signatures
