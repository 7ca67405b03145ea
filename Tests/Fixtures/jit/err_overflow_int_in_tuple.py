# an int in a tuple argument that does not fit int64 raises OverflowError at the call
from numba import njit


@njit
def first(t):
    return t[0]


print(first((1, 2)))
assert first.nopython_signatures
print(first((2 ** 64, 2)))
print("not reached")
