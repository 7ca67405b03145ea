# When NumPy switches to e-notation: tiny values, huge values, or a wide range.
import numpy as np

print(repr(np.array([1e-5, 1.0])))
print(repr(np.array([0.0001, 1.0])))
print(repr(np.array([1.0, 1000.0])))
print(repr(np.array([1.0, 1001.0])))
print(repr(np.array([1.5, 1e8])))
print(repr(np.array([1.5, 1e7])))
print(repr(np.array([1e16])))
print(repr(np.array([1e-300, 1e300])))
print(repr(np.array([123456789.0, 2.0])))
print(repr(np.array([0.1, 0.02, 0.003, 0.0004, 0.00005])))
print(np.array([6.02214076e23, 1.602176634e-19]))
print(repr(np.array([[1e-10, 1.0], [2.0, 3.0]])))
print(repr(np.array([1e20, 2e20, 3e20])))
print(repr(np.array([-1e-7, 1e-7])))
