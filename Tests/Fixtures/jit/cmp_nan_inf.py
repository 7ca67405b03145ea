# comparisons involving nan are all False except !=; inf compares above every finite float
from numba import njit
import math


@njit
def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


print(compare(math.nan, math.nan))
print(compare(math.nan, 1.0))
print(compare(math.inf, 1e308))
print(compare(-math.inf, math.inf))
print(compare(math.inf, math.inf))
assert compare.nopython_signatures
