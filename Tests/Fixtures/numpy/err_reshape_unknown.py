# reshape with -1 still needs the size to divide evenly; NumPy spells -1 as "newaxis" in the message.
import numpy as np

a = np.arange(6)
print(a.reshape(2, -1))
print(a.reshape(-1, 3))
print(a.reshape(4, -1))
