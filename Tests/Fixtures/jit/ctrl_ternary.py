# conditional expressions (x if c else y), nested, and with int/float arms unifying to float64
from numba import njit


@njit
def absval(x):
    return x if x >= 0 else -x


@njit
def fizz_code(n):
    return 15 if n % 15 == 0 else (3 if n % 3 == 0 else (5 if n % 5 == 0 else n))


@njit
def mixed(flag):
    return 1 if flag else 0.5


print(absval(-4), absval(4), absval(-2.5))
print([fizz_code(n) for n in range(1, 16)])
print(mixed(True), mixed(False))
assert absval.nopython_signatures
assert fizz_code.nopython_signatures
assert mixed.nopython_signatures
