# arange takes start/stop/step like range; linspace includes the end point.
import numpy as np

print(repr(np.arange(5)))
print(repr(np.arange(2, 10, 3)))
print(repr(np.arange(10, 0, -2)))
print(repr(np.arange(0.0, 1.0, 0.25)))
print(repr(np.arange(0, 1, 0.1)))
print(repr(np.arange(5, dtype=np.float64)))
print(repr(np.arange(1.5, 4)))
print(len(np.arange(0, 1, 0.1)), np.arange(3).dtype)
print(repr(np.linspace(0, 1, 5)))
print(repr(np.linspace(0, 10, 4)))
print(repr(np.linspace(-1, 1, 3)))
print(repr(np.linspace(0, 1, 5, endpoint=False)))
print(repr(np.linspace(2, 3, 1)))
print(repr(np.linspace(0, 100, 11, dtype=int)))
print(np.linspace(0, 1, 50)[1] == 1 / 49)
