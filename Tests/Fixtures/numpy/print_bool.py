# Boolean arrays print True/False, right-aligned in 2-D.
import numpy as np

flags = np.array([True, False, True])
print(repr(flags))
print(flags)

grid = np.array([[True, False], [False, False], [True, True]])
print(repr(grid))
print(grid)

x = np.arange(6)
even = x % 2 == 0
print(repr(even))
print(even.dtype, even.itemsize)

print(repr(np.array([], dtype=bool)))
print(repr(np.zeros((2, 3), dtype=bool)))
print(repr(np.ones(4, dtype=np.bool_)))
