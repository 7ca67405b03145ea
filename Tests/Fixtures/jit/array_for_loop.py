# for loops over 1-D arrays: element types, strided views, bools, and the loop's typed IR
import numpy as np
from numba import njit
@njit
def total(a):
    s = 0.0
    for v in a:
        s += v
    return s
print(total(np.arange(10.0)), total(np.zeros(0)), total(np.arange(10.0)[::3]))
@njit
def count(flags):
    n = 0
    for f in flags:
        if f:
            n += 1
    return n
print(count(np.array([True, False, True])), count(np.arange(5) > 2))
@njit
def ints(a):
    m = 0
    for v in a:
        m = max(m, v)
    return m
print(ints(np.array([3, 9, 2])))
print(total.signatures)
total.inspect_types()
assert total.nopython_signatures and count.nopython_signatures and ints.nopython_signatures
