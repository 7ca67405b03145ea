# maximum/minimum (element-wise, nan-propagating), isnan/isinf, square, power and hypot.
import numpy as np

a = np.array([1.0, 5.0, np.nan, -2.0])
b = np.array([3.0, 2.0, 0.0, np.nan])
print(np.maximum(a, b), np.minimum(a, b))
print(np.maximum(np.arange(5), 2), np.minimum(np.array([[1, 9], [7, 3]]), np.array([5, 5])))
print(np.isnan(a), np.isinf(np.array([np.inf, -np.inf, 1.0, np.nan])))
print(np.square(np.array([1, -2, 3])), np.square(np.array([0.5, 1.5])), repr(np.square(np.array([16], dtype=np.int8))))
print(np.power(2, np.arange(6)), np.power(np.array([2.0, 4.0]), 0.5), np.power(np.array([1, 2, 3]), 2))
print(np.power(np.array([2.0]), np.array([-1.0])), np.power(np.array([-8 + 0j]), 1 / 3))
print(np.hypot(np.array([3.0, 5.0, 8.0]), np.array([4.0, 12.0, 15.0])), np.hypot(1e200, 1e200))
print(repr(np.hypot(3, 4)), repr(np.maximum(1, 2.5)), repr(np.square(np.float32(3))))
print(np.isnan(np.float64("nan")), np.isinf(1e308 * 10), np.isnan(np.array([1, 2])))
