# Unary minus on every dtype, including unsigned wraparound and -0.
import numpy as np

print(-np.array([1.5, -2.0, 0.0]))
print(repr(-np.array([1, -2, 3])))
print(repr(-np.array([1, 2], dtype=np.int32)), repr(-np.array([1, 2], dtype=np.int8)))
print(repr(-np.array([1, 2], dtype=np.uint8)))
print(repr(-np.array([1 + 2j, -3j])))
print(repr(-np.array([-128], dtype=np.int8)))
print(repr(-np.float64(0.0)), repr(-np.int64(5)), repr(-np.array([1.0, -1.0])))
m = np.arange(4).reshape(2, 2)
print(-m, -m.T, sep="\n")
print(repr(-(np.arange(3) - 1.0)))
