# round(x) rounds half to even and gives int64; round(x, n) gives float64
from numba import njit


@njit
def r1(x):
    return round(x)


@njit
def r2(x, n):
    return round(x, n)


print(r1(0.5), r1(1.5), r1(2.5), r1(-0.5), r1(-1.5), r1(2.4999), r1(-2.6))
print(r2(3.14159, 2), r2(2.675, 2), r2(1234.5678, -2), r2(0.125, 2), r2(-1.005, 2))
print(r2(2.5, 0))
print(r1.signatures, r2.signatures)
assert r1.nopython_signatures
assert r2.nopython_signatures
