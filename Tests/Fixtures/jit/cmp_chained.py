# chained comparisons: a < b < c evaluates each operand once and combines with and
from numba import njit


@njit
def between(lo, x, hi):
    return lo <= x < hi


@njit
def ordered(a, b, c, d):
    return a < b < c < d, a == b == c, a != b != c, a < b > c


print(between(0, 5, 10))
print(between(0, 10, 10))
print(between(0.5, 0.5, 1))
print(ordered(1, 2, 3, 4))
print(ordered(1, 1, 1, 0))
print(ordered(1, 2, 1, 5))
assert between.nopython_signatures
assert ordered.nopython_signatures
