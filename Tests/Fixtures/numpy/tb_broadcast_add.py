# full-stderr
# Adding arrays of shapes (3,) and (4,): the whole traceback, with the binary-operator markers.
import numpy as np

prices = np.array([1.5, 2.0, 3.25])
taxes = np.array([0.1, 0.2, 0.3, 0.4])
print(prices + 1)
total = prices + taxes
print(total)
