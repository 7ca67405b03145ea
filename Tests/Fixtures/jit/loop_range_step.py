# range(start, stop, step) with positive and negative steps, printing each visited value
from numba import njit


@njit
def walk(a, b, c):
    n = 0
    for i in range(a, b, c):
        print(i)
        n += 1
    return n


print("count", walk(0, 10, 3))
print("count", walk(10, 0, -3))
print("count", walk(5, -6, -5))
print("count", walk(0, 10, -1))
print("count", walk(-3, 3, 2))
assert walk.nopython_signatures
