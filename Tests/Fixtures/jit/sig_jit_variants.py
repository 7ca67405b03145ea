# @jit, @jit(nopython=True), @njit and @njit() all compile in nopython mode
from numba import jit, njit


@jit
def a(x):
    return x + 1


@jit(nopython=True)
def b(x):
    return x + 2


@njit()
def c(x):
    return x + 3


@njit
def d(x):
    return a(x) + b(x) + c(x)


print(a(1), b(1), c(1), d(1))
print(a(0.5), d(0.5))
for f in (a, b, c, d):
    print(f.__name__, f.signatures, len(f.nopython_signatures))
assert a.nopython_signatures
assert b.nopython_signatures
assert c.nopython_signatures
assert d.nopython_signatures
