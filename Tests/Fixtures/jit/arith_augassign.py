# augmented assignment operators on an int64 and a float64 local
from numba import njit


@njit
def aug_int(n):
    x = n
    x += 5
    x -= 2
    x *= 3
    x //= 4
    x %= 7
    x **= 2
    return x


@njit
def aug_float(v):
    y = v
    y += 1.5
    y *= 2
    y /= 4
    y -= 0.25
    y //= 0.5
    y %= 3.0
    return y


print(aug_int(10))
print(aug_int(-10))
print(aug_float(3.0))
print(aug_float(-3.0))
assert aug_int.nopython_signatures
assert aug_float.nopython_signatures
