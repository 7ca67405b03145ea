# returning an int on one path and a tuple on another cannot be unified either
from numba import njit
from numba.core.errors import TypingError


@njit
def maybe_pair(n):
    if n > 10:
        return (n, n + 1)
    return n


@njit
def pair(n):
    return (n, n + 1)


try:
    maybe_pair(3)
except TypingError as e:
    print(e)
print(pair(3))
assert pair.nopython_signatures
