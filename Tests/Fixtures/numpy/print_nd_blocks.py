# 3-D and 4-D arrays print nested blocks separated by blank lines.
import numpy as np

cube = np.arange(24).reshape(2, 3, 4)
print(repr(cube))
print(cube)

t = np.arange(16, dtype=np.float64).reshape(2, 2, 2, 2) / 2
print(repr(t))
print(t)

single = np.zeros((1, 1, 3))
print(repr(single))

flags = np.arange(8).reshape(2, 2, 2) > 3
print(repr(flags))
print(flags)
