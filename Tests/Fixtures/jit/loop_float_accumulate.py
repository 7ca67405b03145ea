# float accumulation in loops: harmonic numbers and a Leibniz series for pi
from numba import njit


@njit
def harmonic(n):
    h = 0.0
    for i in range(1, n + 1):
        h += 1.0 / i
    return h


@njit
def leibniz(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s


print(harmonic(1), harmonic(10), harmonic(1000))
print(leibniz(1), leibniz(10), leibniz(100000))
assert harmonic.nopython_signatures
assert leibniz.nopython_signatures
