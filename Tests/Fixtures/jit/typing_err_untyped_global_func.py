# calling a plain (non-jitted) module function from nopython code: Untyped global name
from numba import njit
from numba.core.errors import TypingError


def helper(x):
    return x + 1


@njit
def caller(x):
    return helper(x) * 2


try:
    caller(3)
except TypingError as e:
    print(e)
assert not caller.nopython_signatures
print(helper(3))
