# returning an int on one path and a str on another: Can't unify return type
from numba import njit
from numba.core.errors import TypingError


@njit
def sign_name(n):
    if n < 0:
        return "negative"
    return n


try:
    sign_name(5)
except TypingError as e:
    print(e)
assert not sign_name.nopython_signatures
