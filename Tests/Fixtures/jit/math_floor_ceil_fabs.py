# math.floor and math.ceil return int64 for float arguments; math.fabs returns float64
from numba import njit
import math


@njit
def fc(x):
    return math.floor(x), math.ceil(x), math.fabs(x)


print(fc(2.5))
print(fc(-2.5))
print(fc(3.0))
print(fc(-0.0))
print(fc(7))
print(fc(-1e-9))
assert fc.nopython_signatures
