# matrix-vector product of a 2-D float64 array into an output array passed in (returns None)
import numpy as np
from numba import njit


@njit
def matvec(m, v, out):
    rows, cols = m.shape
    for i in range(rows):
        s = 0.0
        for j in range(cols):
            s += m[i, j] * v[j]
        out[i] = s


m = np.arange(12, dtype=np.float64).reshape(3, 4)
v = np.array([1.0, -1.0, 0.5, 2.0])
out = np.zeros(3)
r = matvec(m, v, out)
print(r)
print(out)
print(m @ v)
print(out.tolist() == (m @ v).tolist())
print(matvec.signatures)
assert matvec.nopython_signatures
