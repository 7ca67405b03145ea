# reversing a 1-D array in place and returning it: the result is the argument object itself
import numpy as np
from numba import njit


@njit
def reverse(a):
    n = len(a)
    for i in range(n // 2):
        t = a[i]
        a[i] = a[n - 1 - i]
        a[n - 1 - i] = t
    return a


a = np.arange(7)
r = reverse(a)
print(r)
print(r is a, a)
f = np.array([0.5, 1.5, 2.5, 3.5])
print(reverse(f), reverse(reverse(f)) is f)
b = np.array([True, False, False])
print(reverse(b))
e = np.array([], dtype=np.float64)
print(reverse(e))
for s in reverse.signatures:
    print(s)
assert reverse.nopython_signatures
