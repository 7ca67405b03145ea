# int64 arithmetic inside a jitted function wraps around instead of growing like Python int
from numba import njit


@njit
def add(a, b):
    return a + b


@njit
def mul(a, b):
    return a * b


@njit
def neg(a):
    return -a


big = 9223372036854775807
print(add(big, 1))
print(add(-big, -2))
print(mul(4611686018427387904, 2))
print(mul(3037000500, 3037000500))
print(neg(-big - 1))
assert add.nopython_signatures
assert mul.nopython_signatures
assert neg.nopython_signatures
