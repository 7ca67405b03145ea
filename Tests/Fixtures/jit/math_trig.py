# math.sin, cos, tan and atan2 including quadrant handling of atan2
from numba import njit
import math


@njit
def trig(x):
    return math.sin(x), math.cos(x), math.tan(x)


@njit
def angle(y, x):
    return math.atan2(y, x)


print(trig(0.0))
print(trig(1.0))
print(trig(math.pi / 6))
print(trig(-2))
print(angle(1.0, 1.0), angle(1.0, -1.0), angle(-1.0, -1.0), angle(0.0, -1.0), angle(-0.0, -1.0))
print(angle(3, 4))
assert trig.nopython_signatures
assert angle.nopython_signatures
