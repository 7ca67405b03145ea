# types of /, //, %, ** on int64 and float64 operands
from numba import njit


@njit
def division_types(a, b, x):
    q = a / b
    fq = a // b
    m = a % b
    p = a ** 2
    fp = x ** 2
    mixed = a // x
    neg = -a
    return q, fq, m, p, fp, mixed, neg


print(division_types(7, 2, 1.5))
division_types.inspect_types()
