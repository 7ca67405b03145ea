# calling an eagerly compiled function with an argument type it cannot take raises TypeError
from numba import njit


@njit("int64(int64)")
def inc(n):
    return n + 1


print(inc(41))
assert inc.nopython_signatures
print(inc((1, 2)))
print("not reached")
