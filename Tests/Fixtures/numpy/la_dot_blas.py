# dot and matmul on larger float64 operands go through BLAS (ddot, dgemv, dgemm).
import numpy as np

np.random.seed(11)
x = np.random.random(1000)
y = np.random.random(1000)
print(f"{np.dot(x, y):.8f}", f"{x @ y:.8f}")
A = np.random.random((50, 40))
B = np.random.random((40, 30))
C = A @ B
print(C.shape, C.dtype, np.allclose(C, np.dot(A, B)))
print(C[:2, :4])
v = np.random.random(40)
print((A @ v)[:5])
print((v @ B)[:5])
print(np.allclose(A.T @ A, (A.T @ A).T))
F = A.T.copy().T
print(F.flags.f_contiguous, np.allclose(F @ B, C))
print(np.round(A[:3, :3] @ np.eye(3), 8))
big = np.random.random((200, 200))
print(np.allclose(big @ np.eye(200), big), (big @ big).shape)
print(np.allclose(np.matmul(A, B), C), np.matmul(A, v).shape)
