# int + str inside nopython code has no implementation of operator.add
from numba import njit
from numba.core.errors import TypingError


@njit
def concat(n, s):
    return n + s


try:
    concat(1, "a")
except TypingError as e:
    print(e)
print(concat(1, 2))
assert concat.nopython_signatures
