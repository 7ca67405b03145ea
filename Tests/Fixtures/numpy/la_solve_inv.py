# Solving A x = b with numpy.linalg.solve, and the inverse with numpy.linalg.inv.
import numpy as np

A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([9.0, 8.0])
x = np.linalg.solve(A, b)
print(x, np.allclose(A @ x, b))
Ainv = np.linalg.inv(A)
print(Ainv)
print(np.round(Ainv @ A, 12) + 0.0)
M = np.array([[2.0, 0.0, 1.0], [1.0, 3.0, 2.0], [1.0, 1.0, 2.0]])
B = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
X = np.linalg.solve(M, B)
print(X)
print(np.linalg.inv(M))
print(np.linalg.solve(np.eye(3), np.array([1, 2, 3])), np.linalg.inv(np.array([[4]])))
print(np.linalg.inv(np.array([[1, 2], [3, 4]])))
stack = np.array([[[2.0, 0.0], [0.0, 4.0]], [[1.0, 1.0], [0.0, 1.0]]])
print(np.linalg.inv(stack))
