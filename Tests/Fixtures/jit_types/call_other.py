# a jitted function calling two other jitted functions; each callee's own types too
from numba import njit


@njit
def square(v):
    return v * v


@njit
def halve(v):
    return v / 2


@njit
def call_other(a, b):
    s = square(a) + square(b)
    h = halve(s)
    return h


print(call_other(3, 4))
square.inspect_types()
halve.inspect_types()
call_other.inspect_types()
