# a local that is an int on one branch and a str on the other cannot be unified
from numba import njit
from numba.core.errors import TypingError


@njit
def pick(flag):
    if flag:
        x = 1
    else:
        x = "one"
    return x


try:
    pick(True)
except TypingError as e:
    print(e)
assert not pick.nopython_signatures
