# Tuples mixing ints and slices: a[i, j], a[1:-1, 1:-1] and a[:, j] are views into a.
import numpy as np

grid = np.zeros((5, 5))
inner = grid[1:-1, 1:-1]
inner[:] = 1.0
print(grid)
row = grid[2, :]
row[0] = 7
col = grid[:, 4]
col += 2
print(grid)
print(grid[0, 4], grid[2, 0], grid[2, 1:4], grid[1:3, 2])
print(inner.shape, inner.strides, row.shape, col.strides)
u = np.arange(25.0).reshape(5, 5) ** 2
lap = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4 * u[1:-1, 1:-1]
print(lap)
t = np.arange(24).reshape(2, 3, 4)
print(t[1, :, 2], t[:, 1, 1:3], t[0, 2])
view = t[1]
view[0, 0] = 100
print(t[1, 0, 0])
