# abs on int64, float64, negative zero, inf and bool
from numba import njit
import math


@njit
def a(x):
    return abs(x)


print(a(-5), a(5), a(0))
print(a(-2.5), a(-0.0), a(-math.inf))
print(a(True))
print(a.signatures)
assert a.nopython_signatures
