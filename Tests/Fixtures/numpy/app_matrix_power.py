# Fibonacci numbers from powers of a 2x2 int64 matrix, and a Markov chain's steady state.
import numpy as np

F = np.array([[1, 1], [1, 0]])
M = np.eye(2, dtype=np.int64)
for n in range(1, 11):
    M = M @ F
    print(n, M[0, 1], end="; ")
print()
print(repr(M))
P = np.array([[0.9, 0.1], [0.5, 0.5]])
state = np.array([1.0, 0.0])
for _ in range(50):
    state = state @ P
print(np.round(state, 8), round(state.sum(), 12))
w, v = np.linalg.eig(P.T)
k = np.argmax(np.isclose(w, 1.0))
stationary = v[:, k] / v[:, k].sum()
print(np.round(stationary, 8), np.allclose(stationary, state))
phi = np.linalg.eigvals(F.astype(float))
print(phi, np.isclose(phi.max(), (1 + np.sqrt(5)) / 2))
