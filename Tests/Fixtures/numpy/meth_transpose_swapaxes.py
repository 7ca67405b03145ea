# transpose with an axis order, and swapaxes to exchange two axes.
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
print(x.transpose().shape, x.transpose(0, 2, 1).shape, np.transpose(x, (1, 2, 0)).shape)
print(x.transpose(0, 2, 1)[1])
print(x.swapaxes(0, 2).shape, np.swapaxes(x, 1, 2).shape)
print(x.swapaxes(0, 1)[2])
print(x.swapaxes(-1, -2).strides, x.strides)
m = np.array([[1, 2, 3], [4, 5, 6]])
print(m.transpose())
print(m.swapaxes(0, 1))
s = m.swapaxes(0, 1)
s[0, 1] = 40
print(m)
