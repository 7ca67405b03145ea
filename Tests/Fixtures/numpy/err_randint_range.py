# randint needs low < high.
import numpy as np

np.random.seed(2)
print(np.random.randint(3, 4, size=3))
print(np.random.randint(5, 2))
