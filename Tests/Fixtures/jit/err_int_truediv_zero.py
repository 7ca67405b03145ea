# int64 true division (/) by zero raises ZeroDivisionError
from numba import njit


@njit
def div(a, b):
    return a / b


print(div(1, 4))
assert div.nopython_signatures
print(div(1, 0))
print("not reached")
