# a local assigned int64 in one branch and float64 in the other unifies to float64
from numba import njit


@njit
def branch_unify(flag, n):
    if flag:
        v = n
    else:
        v = n / 2
    w = v + 1
    return w


print(branch_unify(False, 5))
branch_unify.inspect_types()
