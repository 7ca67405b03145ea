# np.asarray reuses an existing array; np.array and np.copy make new ones.
import numpy as np

a = np.arange(4.0)
b = np.asarray(a)
c = np.array(a)
d = np.copy(a)
e = a.copy()
print(b is a, c is a, d is a, e is a)
a[0] = 99
print(b, c, d, e)
print(repr(np.asarray([1, 2, 3])))
print(repr(np.asarray((1.5, 2.5))))
print(repr(np.asarray(a, dtype=np.int32)))
print(np.asarray(a, dtype=np.float64) is a)
f = np.asarray([[1, 2], [3, 4]], dtype=float)
print(repr(f))
g = f.copy()
g[0, 0] = -1
print(f[0, 0], g[0, 0])
