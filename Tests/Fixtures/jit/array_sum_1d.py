# summing 1-D float64 and int64 arrays with a range loop: one signature per dtype
import numpy as np
from numba import njit


@njit
def total(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def mean(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s / a.size


f = np.array([0.5, 1.25, -2.0, 3.0, 0.125])
n = np.arange(1, 11)
print(total(f), total(n))
print(mean(f), mean(n))
print(total(np.array([], dtype=np.int64)), total(np.array([7.0])))
for s in total.signatures:
    print(s)
print(mean.signatures)
assert total.nopython_signatures
assert mean.nopython_signatures
