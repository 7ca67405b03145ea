# a callee returning a Tuple(int64, float64); the caller unpacks it and indexes it
from numba import njit


@njit
def split(v):
    whole = int(v)
    frac = v - whole
    return whole, frac


@njit
def tuple_return_mixed(v):
    w, f = split(v)
    t = split(v * 2)
    total = w + t[0]
    return total, f + t[1]


print(tuple_return_mixed(3.25))
split.inspect_types()
tuple_return_mixed.inspect_types()
