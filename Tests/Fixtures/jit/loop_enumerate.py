# enumerate over arrays and ranges (with a start), unpacked in the for statement, and its typed IR
import numpy as np
from numba import njit
@njit
def weighted(a):
    s = 0.0
    for i, v in enumerate(a):
        s += i * v
    return s
print(weighted(np.arange(5.0)), weighted(np.zeros(0)))
@njit
def firsts(n):
    t = 0
    for k, i in enumerate(range(3, n), 10):
        t += k * i
    return t
print(firsts(7))
@njit
def where_true(flags):
    last = -1
    for i, f in enumerate(flags):
        if f:
            last = i
    return last
print(where_true(np.array([True, False, True, False])))
weighted.inspect_types()
assert weighted.nopython_signatures and firsts.nopython_signatures and where_true.nopython_signatures
