# A ragged nested list cannot become an array (NumPy no longer makes object arrays silently).
import numpy as np

print(np.array([[1, 2], [3, 4]]).shape)
print(np.array([[1, 2], [3]]))
