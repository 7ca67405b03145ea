# int64 floor division by zero raises ZeroDivisionError out of the jitted function
from numba import njit


@njit
def div(a, b):
    return a // b


print(div(7, 2))
assert div.nopython_signatures
print("dividing by zero")
print(div(7, 0))
print("not reached")
