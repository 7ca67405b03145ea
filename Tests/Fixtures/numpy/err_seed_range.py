# The legacy seed must fit in 32 bits and be non-negative.
import numpy as np

np.random.seed(2**32 - 1)
print(np.random.randint(10, size=3))
np.random.seed(-1)
