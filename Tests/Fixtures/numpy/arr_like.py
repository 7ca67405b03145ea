# The *_like functions copy shape and dtype from another array.
import numpy as np

template = np.arange(6, dtype=np.int32).reshape(2, 3)
print(repr(np.zeros_like(template)))
print(repr(np.ones_like(template)))
print(repr(np.full_like(template, 9)))
print(repr(np.full_like(template, 2.7)))
print(repr(np.zeros_like(template, dtype=float)))
e = np.empty_like(template)
print(e.shape, e.dtype)
f = np.linspace(0, 1, 3)
print(repr(np.ones_like(f)), repr(np.full_like(f, np.pi)))
print(repr(np.zeros_like([[1, 2], [3, 4]])))
print(repr(np.ones_like(np.array([True, False]))))
