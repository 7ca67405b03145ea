# math.sqrt of a str: No implementation of function ... found for signature
import math
from numba import njit
from numba.core.errors import TypingError


@njit
def root():
    return math.sqrt("a")


@njit
def root_of(x):
    return math.sqrt(x)


try:
    root()
except TypingError as e:
    print(e)
print(root_of(16.0))
assert root_of.nopython_signatures
