# an int argument that does not fit int64 raises OverflowError at the call
from numba import njit


@njit
def inc(n):
    return n + 1


print(inc(9223372036854775806))
assert inc.nopython_signatures
print(inc(9223372036854775808))
print("not reached")
