# building a heterogeneous tuple, unpacking it and indexing it with constants
from numba import njit


@njit
def tuple_build_unpack(a, x):
    t = (a, x, a > 0)
    p, q, r = t
    first = t[0]
    last = t[-1]
    pair = (p, p)
    return first + q, r, last, pair


print(tuple_build_unpack(3, 0.5))
tuple_build_unpack.inspect_types()
