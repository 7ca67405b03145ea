# sort in place (method) or as a copy (np.sort); argsort gives the order, along the last axis by default.
import numpy as np

a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
s = np.sort(a)
print(s, a)
print(np.argsort(a, kind="stable"), a.argsort(kind="stable"))
a.sort()
print(a)
m = np.array([[3, 1, 2], [9, 7, 8], [0, 5, 4]])
print(np.sort(m))
print(np.sort(m, axis=0))
print(np.sort(m, axis=None))
print(m.argsort(axis=1))
print(m.argsort(axis=0))
f = np.array([2.5, np.nan, -1.0, 0.0, np.inf])
print(np.sort(f), np.argsort(f, kind="stable"))
names_order = np.argsort(np.array([30, 10, 20]))
print(np.array([3.0, 1.0, 2.0])[names_order])
print(np.sort(np.array([True, False, True])), np.sort(np.array([2 + 1j, 1 + 5j, 1 + 2j])))
desc = np.sort(np.array([5, 2, 8]))[::-1]
print(desc)
