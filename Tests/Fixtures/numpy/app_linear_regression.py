# Fitting a noisy line three ways: normal equations with solve, lstsq, and QR.
import numpy as np

np.random.seed(17)
x = np.linspace(0, 10, 50)
y = 3.0 * x - 2.0 + np.random.normal(0, 1.0, size=x.shape)
X = np.stack([x, np.ones_like(x)], axis=1)
beta_ne = np.linalg.solve(X.T @ X, X.T @ y)
beta_ls = np.linalg.lstsq(X, y, rcond=None)[0]
Q, R = np.linalg.qr(X)
beta_qr = np.linalg.solve(R, Q.T @ y)
print(np.round(beta_ne, 6), np.round(beta_ls, 6), np.round(beta_qr, 6))
print(np.allclose(beta_ne, beta_ls), np.allclose(beta_ls, beta_qr))
resid = y - X @ beta_ls
print(f"rms residual {np.sqrt(np.mean(resid ** 2)):.6f}")
print(f"slope {beta_ls[0]:.4f}, intercept {beta_ls[1]:.4f}")
