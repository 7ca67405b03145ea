# bools used in arithmetic act as 0/1 (bool + bool is int64, bool * float is float64)
from numba import njit


@njit
def count_true(a, b, c):
    return a + b + c


@njit
def scale(flag, x):
    return flag * x, x - flag, -flag


print(count_true(True, False, True))
print(count_true(False, False, False))
print(scale(True, 2.5))
print(scale(False, 2.5))
assert count_true.nopython_signatures
assert scale.nopython_signatures
