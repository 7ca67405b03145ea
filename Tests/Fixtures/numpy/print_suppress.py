# suppress=True prints tiny values as 0. instead of switching to e-notation.
import numpy as np

noisy = np.array([[1.0, 1e-17], [-2e-18, 1.0]])
print(noisy)
np.set_printoptions(suppress=True)
print(noisy)
print(repr(np.array([1e-10, 123.456, 99999.0])))
print(repr(np.array([1e10, 1.0])))
print(np.array([0.000123, 0.5]))
np.set_printoptions(suppress=False)
print(noisy)
print(np.array([0.000123, 0.5]))
np.set_printoptions(precision=4, suppress=True)
print(np.array([np.pi * 1e-6, np.e * 1e3, 1.0]))
np.set_printoptions(precision=8, suppress=False)
print(np.array([np.pi * 1e-6, np.e * 1e3, 1.0]))
