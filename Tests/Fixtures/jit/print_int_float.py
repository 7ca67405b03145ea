# print inside a jitted function of single int64 and float64 values in various magnitudes
from numba import njit
import math


@njit
def show(i, x):
    print(i)
    print(x)
    print(-i)
    print(x * 3)


show(42, 0.1)
show(-7, 1.0)
show(0, 1e16)
show(9223372036854775807, 1e-5)
show(123456789, 2.0 ** 70)
show(1, math.nan)
show(2, -math.inf)
show(3, -0.0)
assert show.nopython_signatures
