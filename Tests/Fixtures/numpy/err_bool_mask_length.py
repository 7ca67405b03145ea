# A boolean mask must be as long as the axis it indexes.
import numpy as np

x = np.arange(4) * 1.5
print(x[np.array([True, False, True, False])])
print(x[np.array([True, False, True])])
