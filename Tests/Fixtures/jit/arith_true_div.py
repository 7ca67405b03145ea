# `/` on two ints gives float64; results printed by the interpreter's float repr
from numba import njit


@njit
def div(a, b):
    return a / b


@njit
def mean3(a, b, c):
    return (a + b + c) / 3


print(div(7, 2))
print(div(6, 3))
print(div(-1, 3))
print(div(1, 7))
print(div(10, 4))
print(mean3(1, 2, 4))
print(mean3(1, 1, 1))
print(div(2.5, 2))
assert div.nopython_signatures
assert mean3.nopython_signatures
