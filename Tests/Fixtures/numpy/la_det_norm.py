# Determinants (LU based, so rounding shows up) and vector/matrix norms.
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0]])
print(round(np.linalg.det(A), 10), type(np.linalg.det(A)).__name__)
print(round(np.linalg.det(np.eye(4) * 2), 10), round(np.linalg.det(np.array([[0.0, 1.0], [1.0, 0.0]])), 10))
M = np.array([[6.0, 1.0, 1.0], [4.0, -2.0, 5.0], [2.0, 8.0, 7.0]])
print(f"{np.linalg.det(M):.6f}")
print(f"{np.linalg.det(np.array([[1, 2], [2, 4]])):.6f}")
v = np.array([3.0, 4.0])
print(repr(np.linalg.norm(v)), np.linalg.norm(v, 1), np.linalg.norm(v, np.inf), np.linalg.norm([1, 2, 2]))
print(round(np.linalg.norm(A), 12), round(np.linalg.norm(A, "fro"), 12), np.linalg.norm(A, 1), np.linalg.norm(A, np.inf))
print(np.linalg.norm(A, axis=0), np.linalg.norm(A, axis=1))
print(np.linalg.norm(np.zeros(3)), np.linalg.norm(np.array([1e-200, 0.0])))
stack = np.array([[[2.0, 0.0], [0.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]])
print(np.round(np.linalg.det(stack), 10))
