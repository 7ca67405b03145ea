# self-recursive gcd and factorial, and a lcm calling gcd
from numba import njit


@njit
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


@njit
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


@njit
def lcm(a, b):
    return a // gcd(a, b) * b


print(gcd(1071, 462), gcd(17, 0), gcd(0, 17), gcd(-12, 18))
print(factorial(0), factorial(5), factorial(20))
print(lcm(4, 6), lcm(21, 6))
assert gcd.nopython_signatures
assert factorial.nopython_signatures
assert lcm.nopython_signatures
