# full-stderr
# Reading index 5 of a three-element array inside a helper function.
import numpy as np


def nth(values, n):
    return values[n]


a = np.array([10, 20, 30])
print(nth(a, 2), nth(a, -3))
print(nth(a, 5))
