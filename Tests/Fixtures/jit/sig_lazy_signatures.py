# lazy compilation: one signature per distinct argument type tuple, in call order
from numba import njit


@njit
def add(a, b):
    return a + b


print(add.signatures, len(add.nopython_signatures))
print(add(1, 2))
print(add.signatures, len(add.nopython_signatures))
print(add(3, 4))
print(add.signatures, len(add.nopython_signatures))
print(add(1.5, 2))
print(add(1, 2.5))
print(add(True, False))
print(add.signatures)
print(len(add.nopython_signatures))
assert add.nopython_signatures
