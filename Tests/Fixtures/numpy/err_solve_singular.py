# numpy.linalg.solve on a singular system: the same LinAlgError as inv.
import numpy as np
from numpy import linalg

A = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0], [1.0, 2.0, 1.0]])
b = np.array([1.0, 2.0, 3.0])
print(np.round(linalg.det(A), 10) + 0.0)
x = linalg.solve(A, b)
print(x)
