# break and continue in for and while loops
from numba import njit


@njit
def first_multiple(n, k):
    found = -1
    for i in range(1, n):
        if i % k == 0:
            found = i
            break
    return found


@njit
def sum_odd_skip(n, skip):
    s = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        if i == skip:
            continue
        s += i
    return s


@njit
def countdown(n):
    while True:
        n -= 1
        if n % 3 == 0:
            continue
        if n < 5:
            break
    return n


print(first_multiple(100, 7), first_multiple(5, 7))
print(sum_odd_skip(10, 5), sum_odd_skip(10, 4))
print(countdown(20), countdown(3))
assert first_multiple.nopython_signatures
assert sum_odd_skip.nopython_signatures
assert countdown.nopython_signatures
