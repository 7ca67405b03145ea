# Eight digits after the point by default, trailing zeros trimmed per array.
import numpy as np

print(repr(np.array([np.pi, np.e])))
print(repr(np.array([2 / 3, 1.0])))
print(repr(np.array([0.123456789, 0.5])))
print(repr(np.array([0.125, 0.25, 0.5])))
print(repr(np.array([1.000000001, 2.0])))
print(repr(np.array([1.00000001, 2.0])))
print(repr(np.array([0.1 + 0.2])))
print(repr(np.array([1234.56789, 0.001])))
print(repr(np.array([99999999.5, 1.0])))
print(repr(np.sqrt(np.arange(1, 8, dtype=np.float64))))
print(np.array([12.345678912345]))
print(np.array([0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125]))
