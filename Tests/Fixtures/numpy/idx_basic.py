# Integer indexing, negative indices, and what each one returns.
import numpy as np

a = np.array([10, 20, 30, 40, 50])
print(a[0], a[-1], a[-2], repr(a[2]))
m = np.arange(12).reshape(3, 4)
print(m[0], m[-1])
print(m[1][2], m[1, 2], m[-1, -1], m[-3, 0])
print(repr(m[2]))
c = np.arange(24).reshape(2, 3, 4)
print(c[1, 2, 3], c[-1, -1], c[0][1][2])
print(type(a[0]).__name__, type(m[0]).__name__, type(m[0, 0]).__name__)
f = np.linspace(0, 1, 5)
print(repr(f[3]), f[3] * 2, f[-1] + 1)
print(a[np.int64(1)], a[int(np.int32(4))], a[np.int32(-5)])
