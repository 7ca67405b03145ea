# instantiating a plain user class from nopython code: Untyped global name for the class
from numba import njit
from numba.core.errors import TypingError


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


@njit
def make(x):
    p = Point(x, x)
    return x


try:
    make(2)
except TypingError as e:
    print(e)
assert not make.nopython_signatures
