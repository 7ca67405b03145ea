# NumPy 2.4: float() and int() of a 1-element 1-D array is a TypeError (only 0-d arrays convert).
import numpy as np

total = np.array([2.5, 1.5]).sum()
print(float(total), int(np.array(7)), float(np.array([[3.0]])[0, 0]))
single = np.array([2.5])
print(single.item(), single[0])
print(float(single))
