# np.where picks between two values by a condition (or returns indices); clip bounds values.
import numpy as np

x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print(np.where(x > 0, x, 0.0))
print(np.where(x < 0, -1, 1))
print(np.where(x > 0))
m = np.array([[1, 8], [6, 3]])
rows, cols = np.where(m > 4)
print(rows, cols)
print(np.where(m > 4, m, np.array([[10], [20]])))
print(repr(np.where([True, False], 1, 2.5)))
print(np.clip(x, -1, 1))
print(x.clip(0, 1), x.clip(min=-1), np.clip(m, 2, 5))
print(repr(np.clip(np.arange(10), 3, 6)))
print(repr(np.clip(np.arange(5, dtype=np.uint8), 1, 3)))
relu = np.where(x > 0, x, 0)
print(repr(relu))
print(np.where(np.isnan(np.array([1.0, np.nan])), 0.0, 1.0))
