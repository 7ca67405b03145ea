# cumulative sums written into a passed-in output, int64 and float64 (an int written into float)
import numpy as np
from numba import njit


@njit
def cumsum_into(a, out):
    s = 0
    for i in range(len(a)):
        s += a[i]
        out[i] = s
    return s


a = np.array([3, -1, 4, 1, -5, 9, 2, -6])
out = np.zeros_like(a)
print(cumsum_into(a, out))
print(out)
print(np.cumsum(a))
fout = np.zeros(len(a))
print(cumsum_into(a, fout))
print(fout)
x = np.array([0.1, 0.2, 0.3, 0.4])
xout = np.empty(4)
print(cumsum_into(x, xout))
print(xout.tolist())
for s in cumsum_into.signatures:
    print(s)
assert cumsum_into.nopython_signatures
