# for over range(start, stop) with negative bounds and empty ranges
from numba import njit


@njit
def span_sum(a, b):
    s = 0
    count = 0
    for i in range(a, b):
        s += i
        count += 1
    return s, count


print(span_sum(3, 8))
print(span_sum(-5, 5))
print(span_sum(-10, -7))
print(span_sum(5, 5))
print(span_sum(8, 3))
assert span_sum.nopython_signatures
