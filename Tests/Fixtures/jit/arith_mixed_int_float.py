# int/float mixing: an int64 operand is promoted to float64; result printed as float
from numba import njit


@njit
def mix(i, x):
    return i + x, i - x, i * x, x - i, i / x, i // x, i % x


@njit
def half(n):
    return n * 0.5 + 1


print(mix(3, 0.5))
print(mix(-4, 1.5))
print(mix(10, 2.0))
print(half(7))
print(half(-3))
assert mix.nopython_signatures
assert half.nopython_signatures
