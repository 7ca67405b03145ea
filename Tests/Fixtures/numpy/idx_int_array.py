# Integer-array ("fancy") indexing picks elements by position, in any order, with repeats.
import numpy as np

a = np.arange(10) * 10
print(a[[1, 3, 5]])
print(a[np.array([9, 0, 0, -1])])
idx = np.array([[0, 1], [2, 3]])
print(a[idx])
m = np.arange(12).reshape(3, 4)
print(m[[0, 2]])
print(m[[0, 1, 2], [3, 2, 1]])
print(m[:, [0, -1]])
print(m[[2, 0], 1:3])
print(m[np.array([1]), np.array([0, 1, 2])])
order = np.argsort(np.array([30, 10, 20]))
print(order, np.array([3.0, 1.0, 2.0])[order])
f = a[[1, 2]]
f[0] = -5
print(a[1])
print(a[[]].shape, a[np.array([], dtype=np.int64)].dtype)
