# Inverting a singular matrix raises numpy.linalg.LinAlgError.
import numpy as np

ok = np.array([[2.0, 1.0], [1.0, 1.0]])
print(np.linalg.inv(ok))
singular = np.array([[1.0, 2.0], [2.0, 4.0]])
print(np.linalg.inv(singular))
