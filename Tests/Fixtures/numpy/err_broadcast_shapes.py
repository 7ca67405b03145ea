# Shapes (2, 3) and (3, 2) do not broadcast: NumPy names both shapes in the ValueError.
import numpy as np


def scale_rows(m, factors):
    return m * factors


m = np.ones((2, 3))
print(scale_rows(m, np.array([1.0, 2.0, 3.0])))
print(scale_rows(m, np.array([[1.0], [2.0]])))
print(scale_rows(m, np.ones((3, 2))))
