# float64 floor division by zero raises ZeroDivisionError
from numba import njit


@njit
def fdiv(a, b):
    return a // b


print(fdiv(7.5, 2.0))
assert fdiv.nopython_signatures
print(fdiv(7.5, 0.0))
print("not reached")
