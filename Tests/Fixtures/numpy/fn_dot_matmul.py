# dot, matmul and the @ operator on vectors and matrices of ints and floats.
import numpy as np

v = np.array([1, 2, 3])
w = np.array([4, 5, 6])
print(np.dot(v, w), v.dot(w), v @ w, repr(v @ w))
A = np.array([[1, 2], [3, 4]])
B = np.array([[0, 1], [1, 0]])
print(A @ B)
print(np.matmul(A, B))
print(np.dot(A, B))
print(A @ np.array([1, 1]), np.array([1, 1]) @ A)
F = np.array([[0.5, 1.5], [2.0, -1.0]])
print(F @ F)
print(np.dot(F, [2.0, 4.0]))
print(np.dot(3, 4), np.dot(2.0, F))
stack = np.arange(8).reshape(2, 2, 2)
print(stack @ A)
print(repr(np.array([1.5, 2.5], dtype=np.float32) @ np.array([2.0, 2.0], dtype=np.float32)))
C = A.copy()
C @= B
print(C)
print((A @ A.T).shape, np.matmul(np.ones((3, 2)), np.ones((2, 4))).shape)
