# A Python integer that does not fit the requested dtype raises OverflowError (NumPy 2).
import numpy as np

print(np.array([127, -128], dtype=np.int8))
print(np.array([255], dtype=np.uint8) + 1)
print(np.array([300], dtype=np.int8))
