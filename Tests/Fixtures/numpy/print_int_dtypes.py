# Integer arrays of each width: int64 is the default and has no dtype= suffix.
import numpy as np

a = np.array([1, 2, 3])
print(repr(a), a.dtype)
print(a)

for dt in [np.int64, np.int32, np.int8, np.uint8]:
    x = np.array([0, 1, 2, 100], dtype=dt)
    print(repr(x))
    print(x, x.dtype, x.itemsize)

neg = np.array([-5, 10, -300, 4000], dtype=np.int32)
print(repr(neg))
print(neg)

small = np.array([[-128, 0, 127], [1, -1, 5]], dtype=np.int8)
print(repr(small))
print(small)

pixels = np.array([[0, 128, 255], [7, 64, 200]], dtype=np.uint8)
print(repr(pixels))
print(pixels)

big = np.array([2**62, -(2**62), 7])
print(repr(big))
print(big)
