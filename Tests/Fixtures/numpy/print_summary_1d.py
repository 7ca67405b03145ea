# More than 1000 elements: NumPy shows the first three and last three with ... between.
import numpy as np

a = np.arange(1001)
print(repr(a))
print(a)

b = np.arange(1000)
print(b[:3], b.size)

c = np.linspace(0, 1, 2000)
print(repr(c))
print(c)

d = np.arange(5000).astype(np.int8)
print(repr(d))

e = np.ones(1200, dtype=bool)
print(repr(e))
print(repr(np.arange(3000, dtype=np.float32)))
