# math.pow and math.hypot with float and int arguments
from numba import njit
import math


@njit
def p(x, y):
    return math.pow(x, y), math.hypot(x, y)


print(p(2.0, 10.0))
print(p(3, 4))
print(p(2.0, 0.5))
print(p(-2.0, 3.0))
print(p(0.0, 0.0))
print(p(1e200, 1e200))
assert p.nopython_signatures
