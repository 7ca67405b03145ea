# indexing tuples with constant (also negative) indices and unpacking a returned tuple
from numba import njit


@njit
def parts(a, b, c):
    t = (a, b, c)
    return t[0] + t[2], t[-1], t[1] * 2


@njit
def minmax(a, b):
    if a < b:
        return a, b
    return b, a


@njit
def spread(a, b):
    lo, hi = minmax(a, b)
    t = minmax(a, b)
    return hi - lo, t[1] - t[0]


print(parts(1, 2, 3))
print(parts(1.5, 2.5, 3.5))
print(spread(10, 3), spread(-4, 4))
assert parts.nopython_signatures
assert minmax.nopython_signatures
assert spread.nopython_signatures
