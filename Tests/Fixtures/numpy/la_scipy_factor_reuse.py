# Factor once with scipy.linalg.lu_factor, solve many right-hand sides; compare inv and det.
import numpy as np
from scipy import linalg

K = np.array([[4.0, 1.0, 0.0, 0.0], [1.0, 4.0, 1.0, 0.0], [0.0, 1.0, 4.0, 1.0], [0.0, 0.0, 1.0, 4.0]])
lu, piv = linalg.lu_factor(K)
print(np.round(lu, 8))
print(piv)
for rhs in [np.ones(4), np.arange(4.0), np.array([1.0, 0.0, 0.0, -1.0])]:
    x = linalg.lu_solve((lu, piv), rhs)
    print(np.round(x, 8), np.allclose(K @ x, rhs))
Kinv = linalg.inv(K)
print(np.round(Kinv, 6))
print(f"{linalg.det(K):.6f}", f"{np.prod(np.abs(lu[np.arange(4), np.arange(4)])):.6f}")
print(np.allclose(linalg.solve(K, np.eye(4)), Kinv))
print(np.round(linalg.det(np.array([[2.0, 0.0], [0.0, 3.0]])), 10))
