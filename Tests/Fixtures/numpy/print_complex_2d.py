# 2-D complex arrays: both parts are aligned column-wide, e-notation applies to each part.
import numpy as np

z = np.array([[1 + 1j, 2 - 2.5j], [-3 + 0.25j, 4j]])
print(repr(z))
print(z)
print(repr(z.T))
print(repr(z * z))
print(repr(np.array([1e-6 + 1j, 1 + 1e-6j])))
print(repr(np.arange(4).reshape(2, 2) * (1 + 1j)))
print(repr(z.real))
print(repr(z.imag))
