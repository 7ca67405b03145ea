# print of a tuple value inside a jitted function
from numba import njit


@njit
def show(a, b):
    t = (a, b)
    print(t)
    print((a, b, a + b))
    print("pair", (a, a))


show(1, 2.5)
show(-3, 0.0)
assert show.nopython_signatures
