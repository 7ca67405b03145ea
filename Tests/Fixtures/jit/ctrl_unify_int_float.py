# a local that is int64 in one branch and float64 in another unifies to float64
from numba import njit


@njit
def pick(flag):
    if flag:
        v = 1
    else:
        v = 2.5
    return v


@njit
def halve_if_odd(n):
    r = n
    if n % 2 == 1:
        r = n / 2
    return r


print(pick(True))
print(pick(False))
print(halve_if_odd(4))
print(halve_if_odd(5))
assert pick.nopython_signatures
assert halve_if_odd.nopython_signatures
