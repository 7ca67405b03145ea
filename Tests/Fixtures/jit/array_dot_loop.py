# a dot product and a Euclidean norm written as loops over two 1-D float64 arrays
import math

import numpy as np
from numba import njit


@njit
def dot(x, y):
    s = 0.0
    for i in range(x.size):
        s += x[i] * y[i]
    return s


@njit
def norm(x):
    return math.sqrt(dot(x, x))


@njit
def cosine(x, y):
    return dot(x, y) / (norm(x) * norm(y))


x = np.array([1.0, 2.0, 3.0, 4.0])
y = np.array([0.5, -1.0, 2.0, 0.25])
print(dot(x, y), float(np.dot(x, y)))
print(norm(x), norm(np.array([3.0, 4.0])))
print(cosine(x, y), cosine(x, x))
assert dot.nopython_signatures
assert norm.nopython_signatures
assert cosine.nopython_signatures
