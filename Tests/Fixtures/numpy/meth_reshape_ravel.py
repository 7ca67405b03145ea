# reshape (with -1), ravel (a view when it can) and flatten (always a copy).
import numpy as np

a = np.arange(12)
print(a.reshape(3, 4))
print(a.reshape((2, 6)).shape, a.reshape(2, -1).shape, a.reshape(-1, 3).shape, a.reshape(2, 3, 2).shape)
print(np.reshape(a, (4, 3)))
m = a.reshape(3, 4)
r = m.ravel()
f = m.flatten()
r[0] = 100
f[1] = 200
print(m[0])
print(m.T.ravel(), m.T.flatten())
print(np.ravel(m)[:5], m.reshape(-1).shape)
print(m.reshape(12, 1).T)
col = np.arange(3.0).reshape(-1, 1)
print(repr(col))
print(np.arange(6).reshape(2, 3).reshape(3, 2))
print(a.reshape(1, -1).ndim, a.reshape(1, 1, 12).shape)
