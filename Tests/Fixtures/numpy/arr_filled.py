# zeros, ones, full and empty: shapes as ints or tuples, dtype= for the element type.
import numpy as np

print(repr(np.zeros(3)))
print(repr(np.zeros((2, 3))))
print(repr(np.zeros((2, 2), dtype=int)))
print(repr(np.ones(4)))
print(repr(np.ones((3, 1), dtype=np.int8)))
print(repr(np.full(3, 7)))
print(repr(np.full((2, 2), 2.5)))
print(repr(np.full((2, 3), True)))
print(repr(np.full(2, 1, dtype=np.float32)))
e = np.empty((3, 4))
print(e.shape, e.dtype, e.size)
e.fill(0.5)
print(e)
print(np.empty(2, dtype=np.uint8).dtype)
print(repr(np.zeros([2, 1, 2])))
