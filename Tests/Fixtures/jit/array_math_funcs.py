# math functions applied element by element into an output array: sqrt, exp, sin, floor
import math

import numpy as np
from numba import njit


@njit
def softplus(x, out):
    for i in range(len(x)):
        out[i] = math.log(1.0 + math.exp(x[i]))


@njit
def polar(xy, out):
    for i in range(xy.shape[0]):
        out[i, 0] = math.hypot(xy[i, 0], xy[i, 1])
        out[i, 1] = math.atan2(xy[i, 1], xy[i, 0])
    return out


@njit
def floors(x, out):
    for i in range(x.size):
        out[i] = math.floor(x[i])
    return out


x = np.array([-2.0, -0.5, 0.0, 1.0, 3.0])
out = np.empty(5)
softplus(x, out)
print(out.tolist())
xy = np.array([[3.0, 4.0], [-1.0, 1.0], [0.0, -2.0]])
print(polar(xy, np.zeros((3, 2))).tolist())
print(floors(np.array([2.5, -2.5, 0.1, -0.1]), np.zeros(4, dtype=np.int64)))
assert softplus.nopython_signatures
assert polar.nopython_signatures
assert floors.nopython_signatures
