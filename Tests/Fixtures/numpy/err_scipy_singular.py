# scipy.linalg.solve reports a singular matrix with its own LinAlgError message.
import numpy as np
from scipy import linalg

A = np.array([[1.0, 2.0], [3.0, 4.0]])
print(linalg.solve(A, np.array([5.0, 6.0])))
A[1] = 2 * A[0]
print(A)
print(linalg.solve(A, np.array([5.0, 6.0])))
