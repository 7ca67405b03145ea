# math.pi, math.e, math.inf and math.nan used inside jitted functions
from numba import njit
import math


@njit
def circle(r):
    return math.pi * r * r, 2 * math.pi * r


@njit
def consts():
    return math.pi, math.e, math.inf, -math.inf, math.nan


print(circle(1.0))
print(circle(2))
print(consts())
assert circle.nopython_signatures
assert consts.nopython_signatures
