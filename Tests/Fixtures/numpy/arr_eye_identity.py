# Identity matrices: eye can be rectangular and shift the diagonal with k=.
import numpy as np

print(repr(np.eye(3)))
print(repr(np.identity(2)))
print(repr(np.eye(2, 4)))
print(repr(np.eye(3, k=1)))
print(repr(np.eye(3, k=-1, dtype=int)))
print(repr(np.identity(3, dtype=np.int8)))
i4 = np.eye(4)
m = np.arange(16.0).reshape(4, 4)
print(np.array_equal(m @ i4, m), (i4 * 5).sum(), (m * i4).sum(axis=0))
print(np.eye(3).sum(), np.identity(5).dtype)
