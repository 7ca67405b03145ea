# print inside a jitted function with several arguments of mixed types and string literals
from numba import njit


@njit
def report(n, x, flag):
    print("n =", n, "x =", x, "flag =", flag)
    print(n, x, flag, n + x, n > x)
    print("sum:", n + 1)
    return n


report(3, 2.5, True)
report(-1, 0.0, False)
assert report.nopython_signatures
