# strided views made outside (a[::2], a[::-1], m[:, ::2]) read and written through their strides
import numpy as np
from numba import njit


@njit
def total(a):
    s = 0
    for i in range(len(a)):
        s += a[i]
    return s


@njit
def negate_2d(a):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] = -a[i, j]
    return a.size


a = np.arange(10)
print(total(a[::2]), total(a[1::3]), total(a[::-1]))
print(a[::2].size, len(a[1::3]))
m = np.arange(1, 13).reshape(3, 4)
print(negate_2d(m[:, ::2]))
print(m)
print(negate_2d(m[::2, 1::2]))
print(m)
for s in total.signatures:
    print(s)
print(negate_2d.signatures)
assert total.nopython_signatures
assert negate_2d.nopython_signatures
