# an eager signature's return type casts the result (float result to int64 truncates)
from numba import njit


@njit("int64(float64)")
def trunc(x):
    return x * 1.5


@njit("float64(int64, int64)")
def ratio(a, b):
    return a // b


print(trunc(3.0), trunc(-3.0), trunc(1.0))
print(ratio(7, 2), ratio(-7, 2))
print(trunc.signatures, ratio.signatures)
assert trunc.nopython_signatures
assert ratio.nopython_signatures
