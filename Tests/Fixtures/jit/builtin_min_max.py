# min and max with two and three arguments, ints, floats and mixed
from numba import njit


@njit
def mm2(a, b):
    return min(a, b), max(a, b)


@njit
def mm3(a, b, c):
    return min(a, b, c), max(a, b, c)


print(mm2(3, 7), mm2(7, 3), mm2(-1, -1))
print(mm2(2.5, 1.5), mm2(2, 1.5))
print(mm3(5, 1, 3), mm3(-2, 8, 8))
print(mm3(1, 2.5, 0))
assert mm2.nopython_signatures
assert mm3.nopython_signatures
