# Least-squares line fitting with numpy.linalg.lstsq (rcond=None as the docs recommend).
import numpy as np

x = np.array([0.0, 1.0, 2.0, 3.0])
y = np.array([-1.0, 0.2, 0.9, 2.1])
A = np.vstack([x, np.ones(len(x))]).T
print(A)
sol, residuals, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print(sol)
print(residuals, rank)
print(sv)
m, c = sol
print(f"y = {m:.4f} x + {c:.4f}")
exact = np.linalg.lstsq(np.eye(2), np.array([1.0, 2.0]), rcond=None)
print(exact[0], exact[1], exact[2])
