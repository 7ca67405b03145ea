# The three ways tutorials import NumPy all reach the same module and functions.
import numpy
import numpy as np
from numpy import array, zeros, arange, float64, newaxis

print(numpy is np)
print(array is np.array, zeros is numpy.zeros)
a = array([1, 2, 3])
b = numpy.array([1, 2, 3])
c = np.array([1, 2, 3])
print(a, b, c)
print(type(a), type(a) is numpy.ndarray)
print(zeros(2), arange(3), float64(2.5))
print(a[:, newaxis].shape)
print(np.__name__, numpy.linalg.__name__, np.random.__name__)
