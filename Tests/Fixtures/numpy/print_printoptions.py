# np.set_printoptions(precision=..., suppress=...) changes later printing; reset restores it.
import numpy as np

x = np.array([np.pi, 1 / 3, 2.0, 1e-5])
print(x)
np.set_printoptions(precision=3)
print(x)
print(repr(np.array([1.23456, 7.0])))
np.set_printoptions(suppress=True)
print(x)
print(repr(np.array([1e-9, 1.0, 1e5])))
np.set_printoptions(precision=8, suppress=False)
print(x)
print(repr(np.array([1e-9, 1.0, 1e5])))
np.set_printoptions(precision=2)
print(np.linspace(0, 1, 7))
print(np.float64(np.pi), repr(np.float64(np.pi)))
np.set_printoptions(precision=8)
print(np.linspace(0, 1, 7))
