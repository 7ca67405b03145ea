# if/elif/else chains choosing among int return values
from numba import njit


@njit
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


@njit
def grade(score):
    if score >= 90:
        g = 4
    elif score >= 80:
        g = 3
    elif score >= 70:
        g = 2
    elif score >= 60:
        g = 1
    else:
        g = 0
    return g


print(sign(5), sign(-2), sign(0))
print(sign(2.5), sign(-0.0))
for s in (95, 90, 85, 72, 61, 12):
    print(s, grade(s))
assert sign.nopython_signatures
assert grade.nopython_signatures
