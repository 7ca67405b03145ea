# an int/str local used after the branches join, with a loop around it
from numba import njit
from numba.core.errors import TypingError


@njit
def describe(n):
    s = 0
    for i in range(n):
        if i % 2 == 0:
            x = i
        else:
            x = "odd"
        s += len(str(x))
    return s


@njit
def plain(n):
    return n + 1


try:
    describe(4)
except TypingError as e:
    print(e)
print(plain(1))
assert plain.nopython_signatures
