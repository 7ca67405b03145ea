# int64 ** negative int64 known only at run time: Numba keeps the int64 result type
from numba import njit


@njit
def ipow(a, b):
    return a ** b


print(ipow(2, -1))
print(ipow(2, -2))
print(ipow(1, -5))
print(ipow(-1, -3))
print(ipow(2, 3))
assert ipow.nopython_signatures
