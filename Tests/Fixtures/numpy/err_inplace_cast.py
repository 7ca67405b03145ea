# counts += 0.5 cannot store float results in an int64 array in place.
import numpy as np

counts = np.array([1, 2, 3])
counts += 2
counts *= 3
print(counts)
print(counts + 0.5)
counts += 0.5
