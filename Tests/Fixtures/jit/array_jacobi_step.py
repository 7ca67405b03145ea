# one Jacobi relaxation step on a 2-D grid written into an output array (boundary copied)
import numpy as np
from numba import njit


@njit
def jacobi_step(u, out):
    n, m = u.shape
    delta = 0.0
    for i in range(n):
        for j in range(m):
            if i == 0 or j == 0 or i == n - 1 or j == m - 1:
                out[i, j] = u[i, j]
            else:
                out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
            d = abs(out[i, j] - u[i, j])
            if d > delta:
                delta = d
    return delta


u = np.zeros((5, 6))
u[0, :] = 1.0
u[:, 0] = 2.0
out = np.empty_like(u)
for step in range(3):
    print(step, jacobi_step(u, out))
    u, out = out, u
np.set_printoptions(precision=5)
print(u)
assert jacobi_step.nopython_signatures
