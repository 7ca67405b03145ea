# Column alignment in 2-D float arrays: every column shares one width.
import numpy as np

m = np.array([[1.0, -2.5, 3.25], [10.0, 0.5, -100.75], [0.0, 1e-3, 42.0]])
print(repr(m))
print(m)

neg = np.array([[-1.0, 2.0], [3.0, -4.0]])
print(repr(neg))
print(neg)

frac = np.arange(12).reshape(3, 4) / 7
print(repr(frac))
print(frac)

whole = np.arange(6, dtype=np.float64).reshape(2, 3)
print(repr(whole))
print(whole)

col = np.array([[1.0], [22.5], [333.125]])
print(repr(col))
print(col)
