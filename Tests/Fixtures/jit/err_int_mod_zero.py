# int64 modulo by zero raises ZeroDivisionError out of the jitted function
from numba import njit


@njit
def mod(a, b):
    return a % b


print(mod(7, 3))
assert mod.nopython_signatures
print(mod(7, 0))
print("not reached")
