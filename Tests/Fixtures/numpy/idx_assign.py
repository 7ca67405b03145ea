# Assignment through every kind of index, with the right side broadcast to fit.
import numpy as np

a = np.zeros((3, 4))
a[0] = 1
a[1, 1:3] = [5, 6]
a[:, -1] = np.array([7, 8, 9])
a[2] = np.arange(4)
print(a)
a[...] = 0
a[a == 0] = -1
print(a)
a[[0, 2], [1, 3]] = 10
print(a)
a[:, None, 0][:] = 4
print(a[:, 0])
b = np.arange(10)
b[b % 2 == 1] = 0
b[[0, 2]] = [100, 200]
b[::3] = -b[::3]
print(b)
c = np.zeros((2, 3), dtype=np.int32)
c[:] = [1, 2, 3]
c[1] = 2.9
print(repr(c))
d = np.ones(4)
d[[0, 0, 0]] += 1
print(d)
e = np.arange(6).reshape(2, 3)
e[e > 2] = e[e > 2] * 10
print(e)
f = np.zeros((2, 2, 2))
f[..., 1] = np.array([[1, 2], [3, 4]])
f[np.newaxis, 0, 0] = 9
print(f)
