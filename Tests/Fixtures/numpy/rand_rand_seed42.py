# rand(d0, d1, ...) and random_sample(size) draw from the same uniform stream as random.
import numpy as np

np.random.seed(42)
print(np.random.rand(3))
print(repr(np.random.rand()))
print(np.random.rand(2, 3))
np.random.seed(42)
print(np.random.random_sample(3))
print(repr(np.random.random_sample()), np.random.random_sample((2, 2)).shape)
np.random.seed(42)
x = np.random.rand(1000000)
print(x.shape, repr(x[:3].sum()), repr(x.sum()), repr(x.max()))
