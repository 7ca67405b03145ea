# math.isnan and math.isinf on floats and ints, and nan produced by inf - inf
from numba import njit
import math


@njit
def classify(x):
    return math.isnan(x), math.isinf(x)


@njit
def inf_minus_inf():
    a = math.inf
    return math.isnan(a - a)


for v in (1.0, math.nan, math.inf, -math.inf, 0.0):
    print(v, classify(v))
print(classify(5))
print(inf_minus_inf())
assert classify.nopython_signatures
assert inf_minus_inf.nopython_signatures
