# a jitted function calling other jitted functions, with an int and a float specialisation
from numba import njit


@njit
def square(x):
    return x * x


@njit
def norm2(x, y):
    return square(x) + square(y)


@njit
def scaled(x, y, k):
    return norm2(x, y) * k


print(scaled(3, 4, 2))
print(scaled(3, 4, 0.5))
print(scaled(1.5, 2.0, 1))
print(square.signatures)
print(norm2.signatures)
assert square.nopython_signatures
assert norm2.nopython_signatures
assert scaled.nopython_signatures
