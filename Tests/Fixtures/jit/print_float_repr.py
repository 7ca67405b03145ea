# how a jitted print shows floats: shortest repr, exponent forms, integral values
from numba import njit


@njit
def show(x):
    print(x)


for v in (0.1, 0.5, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e15, 1e16, 1.5e16, 1e-4, 1e-5, 123.456e-10, 0.1 + 0.2,
          5e-324, 1.7976931348623157e308, -2.5):
    show(v)
assert show.nopython_signatures
