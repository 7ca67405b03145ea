# math module calls: sqrt/atan2 give float64, floor/ceil give int64, isnan gives bool
from numba import njit
import math


@njit
def math_calls(x, y):
    r = math.sqrt(x * x + y * y)
    ang = math.atan2(y, x)
    lo = math.floor(r)
    hi = math.ceil(r)
    bad = math.isnan(ang)
    tau = 2 * math.pi
    return r, ang, lo, hi, bad, tau


print(math_calls(3.0, 4.0))
math_calls.inspect_types()
