# np.zeros(-1) inside @njit raises ValueError out of the jitted function, ending the program
import numpy as np
from numba import njit


@njit
def make(n):
    a = np.zeros(n)
    return len(a)


print(make(3), make(0))
assert make.nopython_signatures
print("making size -1")
print(make(-1))
print("not reached")
