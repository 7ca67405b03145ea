# np.random.seed(0) then random((5, 5)): the legacy Mersenne Twister stream NumPy tutorials print.
import numpy as np

np.random.seed(0)
a = np.random.random((5, 5))
print(a)
print(repr(a[0, 0]), repr(a[-1, -1]))
np.random.seed(0)
b = np.random.random(25).reshape(5, 5)
print(np.array_equal(a, b))
print(repr(np.random.random()), type(np.random.random()).__name__)
np.random.seed(2**32 - 1)
print(np.random.random(3))
print(np.random.random((2, 0)).shape, repr(np.random.random(size=2)))
