# math.sqrt, exp, log, log10 on float64 and int64 arguments
from numba import njit
import math


@njit
def funcs(x):
    return math.sqrt(x), math.exp(x), math.log(x), math.log10(x)


print(funcs(1.0))
print(funcs(2.0))
print(funcs(100))
print(funcs(0.5))
print(funcs(1e-3))
assert funcs.nopython_signatures
