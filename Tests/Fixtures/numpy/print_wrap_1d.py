# Long 1-D arrays wrap at 75 characters; continuation lines line up under the first element.
import numpy as np

print(repr(np.arange(40)))
print(np.arange(40))

print(repr(np.arange(30) * 1.5))
print(np.arange(30) * 1.5)

print(repr(np.linspace(0, 1, 20)))
print(np.linspace(0, 1, 20))

print(repr(np.arange(25, dtype=np.int8)))
print(repr(np.arange(1000, 1030, dtype=np.int32)))
print(repr(np.arange(12) % 3 == 0))
