# nested tuples with int, float and bool members built and returned from a jitted function
from numba import njit


@njit
def describe(n, x):
    return (n, (x, n > 0)), ((n * 2, x * 2), n + x)


@njit
def inner(n):
    t = ((n, n + 1), (n + 2, n + 3))
    return t[1][0] + t[0][1]


print(describe(3, 1.5))
print(describe(-1, 0.0))
print(inner(10))
assert describe.nopython_signatures
assert inner.nopython_signatures
