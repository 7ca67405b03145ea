# nested if statements inside if/else, with comparisons of several arguments
from numba import njit


@njit
def quadrant(x, y):
    if x >= 0:
        if y >= 0:
            q = 1
        else:
            q = 4
    else:
        if y >= 0:
            q = 2
        else:
            if x == y:
                q = 33
            else:
                q = 3
    return q


@njit
def max3(a, b, c):
    if a >= b:
        if a >= c:
            return a
        return c
    if b >= c:
        return b
    return c


print(quadrant(1, 1), quadrant(1, -1), quadrant(-1, 1), quadrant(-1, -2), quadrant(-2, -2))
print(max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1), max3(5, 5, 5))
assert quadrant.nopython_signatures
assert max3.nopython_signatures
