# float64 division by zero raises ZeroDivisionError (Python error model), not inf
from numba import njit


@njit
def div(a, b):
    return a / b


print(div(1.0, 4.0))
assert div.nopython_signatures
print(div(1.0, 0.0))
print("not reached")
