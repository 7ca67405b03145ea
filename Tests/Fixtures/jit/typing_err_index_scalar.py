# subscripting an int64 is a TypingError (no getitem for a scalar)
from numba import njit
from numba.core.errors import TypingError


@njit
def first(x):
    return x[0]


try:
    first(12)
except TypingError as e:
    print(e)
print(first((5, 6)))
assert first.nopython_signatures
