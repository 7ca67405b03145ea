# scipy.linalg.solve, inv and det agree with numpy.linalg on well-conditioned systems.
import numpy as np
from scipy import linalg

A = np.array([[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]])
b = np.array([11.0, -16.0, 17.0])
x = linalg.solve(A, b)
print(x, np.allclose(x, np.linalg.solve(A, b)))
print(linalg.solve(A, b, assume_a="sym"))
Ainv = linalg.inv(A)
print(np.round(Ainv, 10) + 0.0)
print(np.allclose(Ainv, np.linalg.inv(A)))
print(f"{linalg.det(A):.6f}", f"{np.linalg.det(A):.6f}", type(linalg.det(A)).__name__)
print(round(linalg.det(np.array([[1.0, 2.0], [3.0, 4.0]])), 10))
print(linalg.inv(np.array([[2.0, 0.0], [0.0, 0.5]])))
print(linalg.solve(np.eye(2), np.array([[1.0, 2.0], [3.0, 4.0]])))
