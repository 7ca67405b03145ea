# Assigning three values into a two-element slice.
import numpy as np

a = np.zeros(5)
a[:3] = [1, 2, 3]
a[3:] = 9
print(a)
a[:2] = np.array([7.0, 8.0, 9.0])
