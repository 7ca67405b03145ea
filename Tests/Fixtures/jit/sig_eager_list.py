# a list of eager signatures: dispatch picks the matching one, no new compiles happen
from numba import njit


@njit(["int64(int64)", "float64(float64)"])
def twice(x):
    return x * 2


print(twice.signatures)
print(twice(21))
print(twice(1.25))
print(twice(7.0))
print(twice.signatures, len(twice.nopython_signatures))
assert twice.nopython_signatures
