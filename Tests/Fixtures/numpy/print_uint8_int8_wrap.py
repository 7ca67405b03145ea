# Small integer types wrap around; the printed dtypes show what the promotion rules chose.
import numpy as np

pixels = np.array([250, 251, 252, 253, 254, 255], dtype=np.uint8)
print(repr(pixels + np.uint8(10)))
print(repr(pixels + 10))
print(repr(pixels * 2))
print(repr(pixels.astype(np.int64) * 2))
s = np.array([120, -120, 100], dtype=np.int8)
print(repr(s + s))
print(repr(-s))
print(repr(np.array([300, -1, 256]).astype(np.uint8)))
print(repr(np.array([200, 129]).astype(np.int8)))
print(repr(pixels // 7), repr(pixels % 7))
print(repr(pixels - pixels[::-1]))
print(repr(pixels.sum()), repr(s.sum()), s.sum().dtype)
