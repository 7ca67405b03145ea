# choice without replacement cannot draw more values than the population holds.
import numpy as np

np.random.seed(6)
print(np.random.choice(5, 5, replace=False))
print(np.random.choice(5, 6, replace=False))
