# floor division and modulo of negative ints and floats follow Python (round toward -inf)
from numba import njit


@njit
def divmod_int(a, b):
    return a // b, a % b


@njit
def divmod_float(a, b):
    return a // b, a % b


for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (6, -3), (-1, 5), (0, -4)):
    print(a, b, divmod_int(a, b))
for a, b in ((7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (-0.5, 3.0), (5.0, 0.5)):
    print(a, b, divmod_float(a, b))
assert divmod_int.nopython_signatures
assert divmod_float.nopython_signatures
