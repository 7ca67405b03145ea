# Reducing along an axis the array does not have raises numpy.exceptions.AxisError.
import numpy as np

m = np.arange(6).reshape(2, 3)
print(m.sum(axis=0), m.sum(axis=-1), m.sum(axis=-2))
print(m.sum(axis=2))
