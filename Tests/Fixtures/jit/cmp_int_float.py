# the six comparison operators on int/int, float/float and mixed int/float operands
from numba import njit


@njit
def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


print(compare(1, 2))
print(compare(2, 2))
print(compare(3, 2))
print(compare(2, 2.0))
print(compare(2, 2.5))
print(compare(-0.0, 0.0))
print(compare(9007199254740993, 9007199254740992.0))
assert compare.nopython_signatures
