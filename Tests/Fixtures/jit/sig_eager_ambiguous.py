# a bool argument to eager int64 and float64 signatures is ambiguous: TypeError lists both
from numba import njit


@njit(["int64(int64)", "float64(float64)"])
def twice(x):
    return x * 2


print(twice(21), twice(1.5))
assert twice.nopython_signatures
print(twice(True))
print("not reached")
