# A misspelled dtype string is a TypeError.
import numpy as np

print(np.zeros(2, dtype="float64"), np.zeros(2, dtype="int32").dtype, np.dtype("uint8"))
print(np.zeros(2, dtype="flaot64"))
