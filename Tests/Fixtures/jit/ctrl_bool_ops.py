# not / and / or on bools and ints: and/or return one of their operands, not a bool
from numba import njit


@njit
def logic(a, b):
    return a and b, a or b, not a, not b


@njit
def int_and_or(a, b):
    return a and b, a or b


@njit
def in_range(x):
    return x > 0 and x < 10 or x == 100


print(logic(True, False))
print(logic(True, True))
print(logic(False, False))
print(int_and_or(0, 5))
print(int_and_or(3, 5))
print(int_and_or(3, 0))
print(logic(0, 7))
print(in_range(5), in_range(10), in_range(100), in_range(-1))
assert logic.nopython_signatures
assert int_and_or.nopython_signatures
assert in_range.nopython_signatures
