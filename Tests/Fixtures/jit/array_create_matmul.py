# matrix products whose result np.zeros((n, p)) is created inside @njit from the inputs' shapes
import numpy as np
from numba import njit


@njit
def matmul(a, b):
    n, m = a.shape
    p = b.shape[1]
    out = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += a[i, k] * b[k, j]
            out[i, j] = s
    return out


@njit
def outer(u, v):
    out = np.empty((len(u), len(v)))
    for i in range(len(u)):
        for j in range(len(v)):
            out[i, j] = u[i] * v[j]
    return out


@njit
def power(m, k):
    r = np.zeros(m.shape)
    for i in range(m.shape[0]):
        r[i, i] = 1.0
    for _ in range(k):
        r = matmul(r, m)
    return r


a = np.arange(6, dtype=np.float64).reshape(2, 3)
b = np.arange(12, dtype=np.float64).reshape(3, 4)
c = matmul(a, b)
print(c)
print(c.tolist() == (a @ b).tolist())
print(outer(np.array([1.0, 2.0, 3.0]), np.array([0.5, -1.0])))
f = np.array([[1.0, 1.0], [1.0, 0.0]])
print(power(f, 10))
print(matmul.signatures, power.signatures)
assert matmul.nopython_signatures
assert outer.nopython_signatures
assert power.nopython_signatures
