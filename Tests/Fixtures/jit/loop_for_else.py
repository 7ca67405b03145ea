# for ... else and while ... else: the else block runs only when the loop did not break
from numba import njit


@njit
def find(n, target):
    for i in range(n):
        if i == target:
            r = i * 10
            break
    else:
        r = -1
    return r


@njit
def halve_until(n, stop):
    steps = 0
    while n > 1:
        if n == stop:
            break
        n //= 2
        steps += 1
    else:
        steps += 1000
    return steps


print(find(10, 3), find(10, 12), find(0, 0))
print(halve_until(64, 8), halve_until(64, 7))
assert find.nopython_signatures
assert halve_until.nopython_signatures
