# jitted functions with default argument values, called with keyword arguments
from numba import njit


@njit
def poly(x, a=1, b=0, c=0):
    return a * x * x + b * x + c


@njit
def use_defaults(x):
    return poly(x), poly(x, 2), poly(x, c=5), poly(x, b=-1, a=0)


print(poly(3))
print(poly(3, 2, 1, 0))
print(poly(2, c=10))
print(poly(x=2.0, b=3))
print(use_defaults(4))
assert poly.nopython_signatures
assert use_defaults.nopython_signatures
