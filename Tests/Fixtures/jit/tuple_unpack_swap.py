# tuple unpacking and the a, b = b, a swap inside loops (Fibonacci, Euclid)
from numba import njit


@njit
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


@njit
def gcd_iter(a, b):
    while b != 0:
        a, b = b, a % b
    return a


@njit
def rotate(x, y, z):
    x, y, z = y, z, x
    return x, y, z


print(fib_iter(0), fib_iter(1), fib_iter(10), fib_iter(90))
print(gcd_iter(48, 18), gcd_iter(17, 5), gcd_iter(0, 9))
print(rotate(1, 2, 3))
assert fib_iter.nopython_signatures
assert gcd_iter.nopython_signatures
assert rotate.nopython_signatures
