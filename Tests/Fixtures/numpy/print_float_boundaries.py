# Boundaries of NumPy's fixed-point/e-notation choice: 1e-4 and 1e8, ratio 1000.
import numpy as np

for values in [[0.0001, 1], [0.00009999, 1], [1e8 - 1, 1], [1e8, 1], [1, 999.9], [1, 1000], [1, 1000.1],
               [0.001, 0.5], [0.0005, 0.4], [1e7, 1e4], [0.0, 1e-5], [0.0, 1e8], [5e-324, 1.0]]:
    print(values, "->", repr(np.array(values, dtype=np.float64)))
print(repr(np.array([1e8])), repr(np.array([99999999.0])))
print(repr(np.array([1e-4])), repr(np.array([9.9e-5])))
print(repr(np.array([0.1, 100.0, 999.0])))
