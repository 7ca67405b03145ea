# returning homogeneous and heterogeneous tuples, printed as Python tuples
from numba import njit


@njit
def divmod_pair(a, b):
    return a // b, a % b


@njit
def stats(a, b):
    return a + b, (a + b) / 2, a > b


@njit
def single(x):
    return (x,)


print(divmod_pair(17, 5))
print(stats(3, 4))
print(stats(2.5, 1))
print(single(9))
r = divmod_pair(-17, 5)
print(type(r).__name__, len(r), r[0], r[1])
assert divmod_pair.nopython_signatures
assert stats.nopython_signatures
assert single.nopython_signatures
