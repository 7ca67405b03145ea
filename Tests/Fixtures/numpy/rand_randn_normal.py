# Standard normals (randn) and normal(loc, scale, size) from the polar Box-Muller method with its cached value.
import numpy as np

np.random.seed(1)
print(np.random.randn(5))
print(repr(np.random.randn()))
print(np.random.randn(2, 3))
np.random.seed(1)
print(np.random.normal(size=5))
print(np.random.normal(10.0, 2.0, size=(2, 2)))
print(repr(np.random.normal(loc=-1.0, scale=0.5)))
print(np.random.normal(0.0, np.array([1.0, 10.0, 100.0])))
np.random.seed(2024)
s = np.random.randn(10000)
print(repr(s.mean()), repr(s.std()))
np.random.seed(5)
print(np.random.randn(3), np.random.random(), np.random.randn(1))
