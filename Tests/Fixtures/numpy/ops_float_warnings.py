# full-stderr
# Dividing by zero or taking sqrt of a negative gives inf/nan plus a RuntimeWarning (once per line).
import numpy as np

x = np.array([1.0, -1.0, 0.0])
print(x / 0.0)
print(np.sqrt(np.array([4.0, -4.0])))
for _ in range(3):
    y = np.log(np.array([0.0, 1.0]))
print(y)
print(np.array([1, 2]) // np.array([0, 1]))
print(np.uint8(250) + np.uint8(10), np.array([250], dtype=np.uint8) + np.uint8(10))
print("done")
