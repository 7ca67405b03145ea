# result types of abs, min, max (mixed int/float), round with 1 and 2 args, int and float
from numba import njit


@njit
def builtins_types(i, x):
    a = abs(i)
    m = min(i, x)
    big = max(i, i + 1, i + 2)
    r1 = round(x)
    r2 = round(x, 1)
    n = int(x)
    f = float(i)
    return a, m, big, r1, r2, n, f


print(builtins_types(-3, 2.75))
builtins_types.inspect_types()
