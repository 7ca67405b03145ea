# uniform(low, high, size) scales the same random doubles.
import numpy as np

np.random.seed(3)
print(np.random.uniform(size=4))
print(np.random.uniform(-1, 1, size=(2, 3)))
print(repr(np.random.uniform(5, 6)))
print(np.random.uniform(low=np.array([0.0, 10.0]), high=np.array([1.0, 20.0])))
np.random.seed(3)
print(np.random.random(4))
np.random.seed(8)
pts = np.random.uniform(-1, 1, size=(20000, 2))
inside = (pts ** 2).sum(axis=1) <= 1
print(inside.sum(), repr(4 * inside.mean()))
