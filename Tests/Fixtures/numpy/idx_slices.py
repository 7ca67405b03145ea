# Slices with start, stop and step, including negative steps; slices are views.
import numpy as np

a = np.arange(10)
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[1:-1])
print(repr(a[5:5]), a[20:], a[-100:2])
m = np.arange(20).reshape(4, 5)
print(m[1:3])
print(m[:, ::2])
print(m[::-1, ::-1])
print(m[::2, 1::2])
v = a[2:8:2]
v[0] = -1
print(a)
print(v.strides, a.strides, v.shape)
s = np.arange(6.0)[::-2]
print(s, s.strides)
