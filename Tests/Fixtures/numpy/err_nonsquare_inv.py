# inv and eigvals need square matrices.
import numpy as np

tall = np.ones((3, 2))
print(tall.T @ tall)
print(np.linalg.inv(tall.T @ tall + np.eye(2)))
print(np.linalg.inv(tall))
