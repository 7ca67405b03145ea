# numpy.linalg functions need at least two dimensions.
import numpy as np

print(round(np.linalg.det(np.array([[5.0]])), 10))
print(np.linalg.det(np.array([1.0, 2.0, 3.0])))
