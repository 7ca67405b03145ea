# Views print their own elements: strided slices, transposes and reversed axes.
import numpy as np

g = np.arange(20, dtype=np.float64).reshape(4, 5)
print(repr(g[::2, ::2]))
print(repr(g.T))
print(g[::-1, 1:4])
print(repr(g[:, 2]))
print(repr(g[1:-1, 1:-1]))
c = np.arange(27).reshape(3, 3, 3)
print(repr(c[:, 1, :]))
print(repr(c[..., 0]))
print(c.transpose(2, 0, 1)[0])
