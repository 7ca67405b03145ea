# Which reprs end in dtype=...: only types other than float64, int64, bool and complex128.
import numpy as np

for name in ["float64", "float32", "int64", "int32", "int8", "uint8", "bool", "complex128"]:
    a = np.zeros(3, dtype=name)
    print(name.ljust(10), repr(a))
print(repr(np.ones((2, 2), dtype=np.int32)))
print(repr(np.full((2, 3), 7, dtype=np.int8)))
print(repr(np.arange(3, dtype=np.float32) + 0.5))
print(repr(np.array([1, 2], dtype=np.int32) + np.array([1, 2], dtype=np.int8)))
print(repr(np.array([1, 2], dtype=np.uint8) + np.array([1, 2], dtype=np.int8)))
print(repr(np.array([1, 2], dtype=np.int32) * 1.5))
print(repr(np.array([1, 2], dtype=np.float32) * 1.5))
print(repr(np.array([1, 2], dtype=np.float32) + np.array([1, 2])))
print(np.array([1, 2], dtype=np.int8))
print(np.dtype("float32"), repr(np.dtype("int8")), np.dtype(np.uint8).itemsize)
