# int(), float() and bool() conversions: int() truncates toward zero
from numba import njit


@njit
def conv(x):
    return int(x), float(x), bool(x)


@njit
def conv_bool(b):
    return int(b), bool(b), int(not b)


print(conv(3.7))
print(conv(-3.7))
print(conv(0.0))
print(conv(-0.0))
print(conv(5))
print(conv(0))
print(conv_bool(True), conv_bool(False))
print(conv(0.5))
assert conv.nopython_signatures
assert conv_bool.nopython_signatures
