# Printing 1-D float64 arrays: repr adds array(...), str is the bare list form.
import numpy as np

a = np.array([1.0, 2.5, 3.0])
print(repr(a))
print(a)
print(str(a))

b = np.array([0.1, 0.2, 0.3]) * 3
print(repr(b))

c = np.array([1.0, 2.0, 3.0])
print(repr(c))
print(c)

d = np.array([1.5])
print(repr(d), d)

e = np.array([100.0, 2.25, -7.125, 0.0])
print(repr(e))
print(e)

f = np.array([1 / 3, 2 / 3, 1.0])
print(repr(f))
print(f)
