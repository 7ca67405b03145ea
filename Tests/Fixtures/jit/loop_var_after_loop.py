# the for loop variable keeps its last value after the loop ends or breaks
from numba import njit


@njit
def last_index(n):
    i = -1
    for i in range(n):
        pass
    return i


@njit
def stop_at(n, limit):
    k = 0
    for k in range(n):
        if k * k > limit:
            break
    return k


print(last_index(5), last_index(1), last_index(0))
print(stop_at(100, 50), stop_at(5, 50))
assert last_index.nopython_signatures
assert stop_at.nopython_signatures
