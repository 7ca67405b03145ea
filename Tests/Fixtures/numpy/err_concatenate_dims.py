# concatenate needs every other dimension to match exactly.
import numpy as np

a = np.ones((2, 2))
b = np.zeros((1, 2))
print(np.concatenate([a, b]))
c = np.zeros((2, 3))
print(np.concatenate([a, c], axis=1))
print(np.concatenate([a, c]))
