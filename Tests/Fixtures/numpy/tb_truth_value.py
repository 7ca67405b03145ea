# full-stderr
# Using a whole comparison array as an if condition.
import numpy as np

x = np.array([1.0, -2.0, 3.0])
if (x > 0).any():
    print("some positive")
if x > 0:
    print("all positive?")
