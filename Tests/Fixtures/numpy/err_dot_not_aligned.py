# np.dot of vectors with different lengths: "shapes ... not aligned".
import numpy as np

u = np.arange(3.0)
print(np.dot(u, u))
print(np.dot(u, np.arange(4.0)))
