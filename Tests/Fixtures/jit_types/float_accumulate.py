# acc starts as the int literal 0 and becomes float64 by += of a float inside a loop
from numba import njit


@njit
def float_accumulate(n):
    acc = 0
    for k in range(1, n + 1):
        term = 1.0 / k
        acc += term
    return acc


print(float_accumulate(4))
float_accumulate.inspect_types()
