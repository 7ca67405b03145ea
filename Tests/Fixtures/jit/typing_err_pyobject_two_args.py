# two untypeable arguments: the hint lists both of them
from numba import njit
from numba.core.errors import TypingError


class MyInt:
    def __init__(self, v):
        self.v = v


@njit
def total(a, n, b):
    return a.v + n + b.v


try:
    total(MyInt(1), 2, MyInt(3))
except TypingError as e:
    print(e)
assert not total.nopython_signatures
