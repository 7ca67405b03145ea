# Indexing a 1-D array with two indices.
import numpy as np

v = np.arange(5)
print(v[1], v[-1], v[1:3])
print(v[1, 2])
