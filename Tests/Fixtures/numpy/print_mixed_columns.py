# Mixed magnitudes in one array: the widest integer part and longest fraction set every column.
import numpy as np

prices = np.array([[19.99, 5.0, 120.5], [3.25, 1000.0, 0.1]])
print(repr(prices))
print(prices)
scores = np.array([[95.5, 87.25], [-3.0, 100.0], [0.125, 42.0]])
print(repr(scores))
print(np.array([1.0, -1.0, 10.5, -100.25]))
print(repr(np.array([[1, -22, 333], [-4444, 5, 66]])))
print(repr(np.array([0.5, 123.0, -7.75])[::-1]))
print(repr(np.array([999.9999, 0.001])))
print(repr(np.array([999.9999, 0.0011])))
