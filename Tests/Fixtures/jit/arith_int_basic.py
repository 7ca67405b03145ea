# int +, -, *, unary minus and operator precedence on int64 arguments
from numba import njit


@njit
def ops(a, b):
    return a + b, a - b, a * b, -a, -(-b), a + b * 2 - a * (b - 1)


print(ops(7, 3))
print(ops(-12, 5))
print(ops(0, -9))
print(ops(123456789, 987654321))
assert ops.nopython_signatures
