# scipy.linalg.lu_factor returns LU packed in one matrix plus pivot indices; lu_solve reuses them.
import numpy as np
from scipy import linalg

A = np.array([[1.0, 2.0, 0.0], [3.0, 4.0, 4.0], [5.0, 6.0, 3.0]])
lu, piv = linalg.lu_factor(A)
print(lu)
print(piv, piv.dtype)
b = np.array([3.0, 7.0, 8.0])
x = linalg.lu_solve((lu, piv), b)
print(x, np.allclose(A @ x, b))
print(np.allclose(x, linalg.solve(A, b)))
print(round(float(np.prod(lu[[0, 1, 2], [0, 1, 2]])), 10))
