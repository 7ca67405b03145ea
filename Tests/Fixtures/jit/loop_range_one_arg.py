# for over range(n): sums, empty range for n <= 0
from numba import njit


@njit
def sum_to(n):
    total = 0
    for i in range(n):
        total += i
    return total


@njit
def sum_squares(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


print(sum_to(10), sum_to(1), sum_to(0), sum_to(-5))
print(sum_to(100000))
print(sum_squares(10), sum_squares(1000))
assert sum_to.nopython_signatures
assert sum_squares.nopython_signatures
