# and/or short-circuit: the right operand (a jitted call that prints) runs only when needed
from numba import njit


@njit
def check(tag, value):
    print("check", tag)
    return value


@njit
def both(a, b):
    return check(1, a) and check(2, b)


@njit
def either(a, b):
    return check(1, a) or check(2, b)


print(both(False, True))
print(both(True, False))
print(either(True, False))
print(either(False, True))
assert check.nopython_signatures
assert both.nopython_signatures
assert either.nopython_signatures
