# astype converts element types: floats truncate toward zero, ints wrap, anything nonzero is True.
import numpy as np

f = np.array([1.7, -1.7, 2.5, -0.5, 0.0])
print(repr(f.astype(int)))
print(repr(f.astype(np.int32)))
print(repr(f.astype(bool)))
print(repr(f.astype(np.float32)))
print(repr(f.astype(complex)))
i = np.array([0, 1, 255, 256, -1])
print(repr(i.astype(np.uint8)))
print(repr(i.astype(np.int8)))
print(repr(i.astype(float)))
print(repr(i.astype("float32")))
b = np.array([True, False])
print(repr(b.astype(int)), repr(b.astype(np.float64)))
print(repr(np.array([0.1, 0.7]).astype(np.float32).astype(np.float64)))
same = f.astype(np.float64)
same[0] = 9
print(f[0])
print(repr(np.array([1 + 2j, 3 - 1j]).real.astype(int)))
