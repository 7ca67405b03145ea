# Boolean masks select elements (always a copy, flattened to 1-D for a full-shape mask).
import numpy as np

a = np.array([3, -1, 4, -1, 5, -9, 2, 6])
print(a[a > 0])
print(a[(a > 0) & (a % 2 == 0)])
print(a[~(a > 0)], a[a < -100])
mask = np.array([True, False] * 4)
print(a[mask])
m = np.arange(12).reshape(3, 4)
print(m[m % 3 == 0])
print(m[np.array([True, False, True])])
print(m[:, np.array([False, True, True, False])])
sel = a[a > 0]
sel[0] = 1000
print(a[0], sel[0])
x = np.array([1.0, np.nan, 3.0, np.nan])
print(x[~np.isnan(x)], np.isnan(x).sum())
print(m[m > 100].shape, repr(m[m > 100]))
