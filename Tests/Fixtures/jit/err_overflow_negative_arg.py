# a negative int argument below the int64 range raises OverflowError at the call
from numba import njit


@njit
def neg(n):
    return -n


print(neg(-9223372036854775807))
assert neg.nopython_signatures
print(neg(-10 ** 30))
print("not reached")
