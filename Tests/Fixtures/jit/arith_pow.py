# ** on int and float: int**nonnegative int stays int64, float bases give float, constant negative exponent
from numba import njit


@njit
def ipow(a, b):
    return a ** b


@njit
def fpow(x, y):
    return x ** y


@njit
def const_exps(n):
    return n ** 2, n ** 3, n ** 0, 2 ** 10, n ** 0.5, 10.0 ** -2


print(ipow(2, 10))
print(ipow(-3, 3))
print(ipow(7, 0))
print(ipow(0, 0))
print(ipow(3, 39))
print(fpow(2.0, 0.5))
print(fpow(2.0, -1.0))
print(fpow(-8.0, 3.0))
print(fpow(1.5, 2))
print(const_exps(5))
assert ipow.nopython_signatures
assert fpow.nopython_signatures
assert const_exps.nopython_signatures
