# None / np.newaxis insert length-1 axes; ... stands for all the remaining axes.
import numpy as np

v = np.arange(3)
print(v[:, np.newaxis].shape, v[np.newaxis, :].shape, v[None].shape, v[:, None, None].shape)
print(v[:, None] * v[None, :])
print(np.newaxis is None)
c = np.arange(24).reshape(2, 3, 4)
print(c[..., 0])
print(c[0, ...])
print(c[..., 1, :].shape, c[1, ..., 2], c[...].shape)
c[..., -1] = 0
print(c)
x = np.array([1.0, 2.0, 3.0])
y = np.array([10.0, 20.0])
print(x[None, :] + y[:, None])
print(c[None, ..., None].shape)
