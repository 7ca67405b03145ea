# matrix product with three nested loops into an output array, int64 and float64 inputs
import numpy as np
from numba import njit


@njit
def matmul(a, b, c):
    n, k = a.shape
    m = b.shape[1]
    for i in range(n):
        for j in range(m):
            s = 0
            for l in range(k):
                s += a[i, l] * b[l, j]
            c[i, j] = s
    return c


a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4) - 5
c = np.zeros((2, 4), dtype=np.int64)
print(matmul(a, b, c))
print((a @ b).tolist() == c.tolist())
x = np.array([[0.5, -1.0], [2.0, 0.25]])
print(matmul(x, x.T, np.zeros((2, 2))))
print(x @ x.T)
for s in matmul.signatures:
    print(s)
assert matmul.nopython_signatures
