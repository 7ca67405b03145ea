# an instance of a plain Python class cannot be typed: non-precise pyobject with the argument hint
from numba import njit
from numba.core.errors import TypingError


class MyInt:
    def __init__(self, v):
        self.v = v


@njit
def value(m):
    return m.v + 1


@njit
def plus_one(n):
    return n + 1


try:
    value(MyInt(4))
except TypingError as e:
    print(e)
assert not value.nopython_signatures
print(plus_one(4))
assert plus_one.nopython_signatures
