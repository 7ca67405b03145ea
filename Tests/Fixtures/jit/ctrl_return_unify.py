# several return statements of int64 and float64 unify the function's return type to float64
from numba import njit


@njit
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@njit
def safe_inverse(n):
    if n == 0:
        return 0
    return 1 / n


print(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10))
print(clamp(0.5, 0, 10), clamp(-0.5, 0, 10), clamp(11.5, 0, 10))
print(safe_inverse(0), safe_inverse(4), safe_inverse(-8))
print(clamp.signatures)
print(safe_inverse.signatures)
assert clamp.nopython_signatures
assert safe_inverse.nopython_signatures
