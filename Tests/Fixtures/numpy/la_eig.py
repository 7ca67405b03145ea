# Eigenvalues of real matrices with numpy.linalg.eigvals and eig (complex when the matrix is not symmetric).
import numpy as np

S = np.array([[2.0, 1.0], [1.0, 2.0]])
print(np.linalg.eigvals(S))
w, v = np.linalg.eig(S)
print(w)
print(v)
print(np.allclose(S @ v, v * w))
R = np.array([[0.0, -1.0], [1.0, 0.0]])
print(np.linalg.eigvals(R))
wr, vr = np.linalg.eig(R)
print(vr)
T = np.array([[4.0, 1.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 1.0]])
print(np.linalg.eigvals(T))
D = np.eye(3) * np.array([1.0, 5.0, 3.0])
print(np.linalg.eig(D).eigenvalues, type(np.linalg.eig(D)).__name__)
print(np.linalg.eigvals(np.array([[1, 2], [3, 4]])))
