# float arithmetic with inf, nan, signed zero and tiny/huge magnitudes
from numba import njit
import math


@njit
def special(x):
    return x * 2, x - x, x * 0, -x, x + 1e308


print(special(math.inf))
print(special(-math.inf))
print(special(math.nan))
print(special(0.0))
print(special(-0.0))
print(special(1e308))
print(special(5e-324))
assert special.nopython_signatures
