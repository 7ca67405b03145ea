# reading an attribute an int64 does not have is a TypingError; other functions stay usable
from numba import njit
from numba.core.errors import TypingError


@njit
def attr(x):
    return x.foo


@njit
def twice(x):
    return x * 2


try:
    attr(3)
except TypingError as e:
    print(e)
assert not attr.nopython_signatures
print(twice(21))
assert twice.nopython_signatures
