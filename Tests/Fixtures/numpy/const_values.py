# NumPy's constants: pi, e, inf, nan (plain Python floats) and newaxis (None).
import numpy as np
from numpy import pi, e, inf, nan, newaxis

print(pi, e, inf, nan, newaxis)
print(repr(np.pi), repr(np.e), type(np.pi).__name__, type(np.inf).__name__)
print(np.pi == pi, np.inf > 1e308, -inf < -1e308, nan == nan, nan != nan)
print(np.array([pi, e, inf, -inf, nan]))
area = pi * np.array([1.0, 2.0]) ** 2
print(area)
print(np.exp(1) == e, np.isnan(nan), np.isinf(-inf))
print(np.arange(3)[newaxis].shape, newaxis is None)
print(2 * pi, pi / 2, e ** 2)
