# range with three arguments and a negative step; the loop variable used after the loop
from numba import njit


@njit
def countdown(n):
    last = 0
    s = 0
    for j in range(n, 0, -2):
        s += j
        last = j
    return s, last


print(countdown(9))
countdown.inspect_types()
