# Evaluating a function on a meshgrid and finding its minimum.
import numpy as np

xs = np.linspace(-2, 2, 9)
ys = np.linspace(-1, 3, 9)
X, Y = np.meshgrid(xs, ys)
Z = (1 - X) ** 2 + 10 * (Y - X ** 2) ** 2
print(Z.shape, Z.min(), Z.argmin())
i, j = divmod(int(Z.argmin()), Z.shape[1])
print(X[i, j], Y[i, j])
print(np.round(Z[::2, ::2], 2))
Xi, Yi = np.meshgrid(xs[:3], ys[:2], indexing="ij")
print(Xi)
print(Yi)
print(np.isclose(Z, 0).sum(), np.all(Z >= 0))
