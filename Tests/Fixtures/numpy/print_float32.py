# float32 arrays print the shortest digits that round-trip at single precision.
import numpy as np

a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(repr(a))
print(a)
print(a.dtype, a.itemsize, a.nbytes)

b = np.arange(5, dtype=np.float32) / 3
print(repr(b))
print(b)

c = np.array([[1.5, -2.0], [1e-3, 12345.678]], dtype=np.float32)
print(repr(c))
print(c)

d = a.astype(np.float64)
print(repr(d))

print(repr(np.float32(0.1)), np.float32(0.1))
print(repr(np.ones(3, dtype="float32")))
