# randint(low, high, size): high is exclusive; one argument means [0, low).
import numpy as np

np.random.seed(0)
print(np.random.randint(10, size=10))
print(np.random.randint(5, 10, size=(2, 4)))
print(repr(np.random.randint(100)))
print(np.random.randint(-3, 3, 8))
print(repr(np.random.randint(0, 256, size=6, dtype=np.uint8)))
print(repr(np.random.randint(1, 7, size=5, dtype=np.int32)))
print(np.random.randint(0, 2**40, size=3))
print(np.random.randint(0, 2, size=12))
np.random.seed(99)
rolls = np.random.randint(1, 7, size=600)
print([int((rolls == k).sum()) for k in range(1, 7)])
