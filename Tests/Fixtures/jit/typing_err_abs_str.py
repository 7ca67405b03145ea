# the builtin abs on a str argument has no implementation
from numba import njit
from numba.core.errors import TypingError


@njit
def magnitude(s):
    return abs(s)


try:
    magnitude("x")
except TypingError as e:
    print(e)
print(magnitude(-7))
assert magnitude.nopython_signatures
