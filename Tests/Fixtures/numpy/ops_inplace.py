# In-place operators modify the array (and every view of it) without allocating a new one.
import numpy as np

a = np.arange(5.0)
view = a[1:4]
a += 1
a *= 2
a -= 0.5
print(a, view)
a /= 2
print(a)
a **= 2
print(a)
b = np.arange(10)
b //= 3
print(b)
b %= 2
print(b)
c = np.array([1, 2, 3])
c += np.int64(10)
c *= np.array([1, 0, -1])
print(c, c.dtype)
f = np.array([1.5, 2.5], dtype=np.float32)
f += 1
print(repr(f))
m = np.ones((2, 3))
m += np.array([1, 2, 3])
m[:, 0] *= 10
print(m)
flags = np.array([True, False, True])
flags &= np.array([True, True, False])
flags |= np.array([False, False, False])
flags ^= np.array([True, False, False])
print(flags)
i = np.arange(4, dtype=np.int32)
i += 2
print(repr(i))
