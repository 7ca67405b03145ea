# Empty arrays always show their dtype, and shape= when the shape is not (0,).
import numpy as np

print(repr(np.array([])))
print(np.array([]))
print(repr(np.array([], dtype=np.int64)))
print(repr(np.array([], dtype=np.int32)))
print(repr(np.zeros((0, 3))))
print(np.zeros((0, 3)))
print(repr(np.zeros((2, 0), dtype=np.uint8)))
print(repr(np.ones((0, 2, 2), dtype=bool)))
print(repr(np.array([], dtype=complex)))
print(repr(np.arange(0)))
print(repr(np.arange(5)[5:]))
print(repr(np.linspace(0, 1, 0)))
e = np.empty((0, 4))
print(e.shape, e.size, e.ndim, e.dtype)
print(repr(np.zeros((3, 0)).T))
