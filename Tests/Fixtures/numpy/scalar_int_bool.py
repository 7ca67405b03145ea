# np.int64, np.int32, np.uint8 and np.bool_ scalars from indexing, and how they mix with Python numbers.
import numpy as np

v = np.array([3, 4, 5])
n = v[0]
print(repr(n), n, type(n).__name__, isinstance(n, int))
print(repr(n + 1), repr(n * 2.5), repr(n / 2), repr(n // 2), repr(n ** 2), repr(-n), repr(n % 2))
print(repr(n + v[1]), n == 3, n < 4.5, hash(n) == hash(3))
print(list(range(n)), [0, 1, 2, 3, 4][n], "ab" * int(n))
i32 = np.array([7], dtype=np.int32)[0]
print(repr(i32), repr(i32 + 1), repr(i32 + n), repr(i32 * 1.0))
u = np.array([250], dtype=np.uint8)[0]
print(repr(u), repr(u + np.uint8(3)), repr(u + 1), repr(int(u) + 300))
b = (v > 3)[1]
print(repr(b), b, type(b).__name__, repr(b + b), repr(b & True), bool(b), repr(not b))
print(repr(v.sum()), repr(v.prod()), repr(v.argmax()), repr(v.max() + 0.5))
print(int(n), float(n), str(n), f"{n:03d}", repr(np.int64(2) ** 62))
