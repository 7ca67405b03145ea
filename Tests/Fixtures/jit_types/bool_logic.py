# comparisons, chained comparisons, not/and/or producing bool locals
from numba import njit


@njit
def bool_logic(a, b, x):
    lt = a < b
    mixed = a <= x
    chain = a < x < b
    neg = not lt
    both = lt and mixed
    either = neg or chain
    return both, either


print(bool_logic(1, 3, 2.0))
bool_logic.inspect_types()
