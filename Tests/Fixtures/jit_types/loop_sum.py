# an int64 accumulator over range(n): range_state/range_iter types, i and total int64
from numba import njit


@njit
def loop_sum(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


print(loop_sum(10))
loop_sum.inspect_types()
