# meshgrid builds coordinate grids: 'xy' (default) or 'ij' indexing.
import numpy as np

x = np.array([0, 1, 2])
y = np.array([10, 20])
X, Y = np.meshgrid(x, y)
print(repr(X))
print(repr(Y))
I, J = np.meshgrid(x, y, indexing="ij")
print(repr(I))
print(repr(J))
xs = np.linspace(-1, 1, 3)
XX, YY = np.meshgrid(xs, xs)
r2 = XX ** 2 + YY ** 2
print(r2)
print(X.shape, I.shape)
A, B, C = np.meshgrid([1, 2], [3, 4, 5], [6], indexing="ij")
print(A.shape, B.shape, C.shape)
print(B[:, :, 0])
