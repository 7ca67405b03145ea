# np.float64 behaves like a Python float (it subclasses float) and mixes with Python numbers.
import numpy as np

a = np.array([0.5, 1.25, 3.0])
x = a[1]
print(repr(x), x, type(x))
print(isinstance(x, float), isinstance(x, np.float64), isinstance(1.25, np.float64))
print(repr(x + 1), repr(x * 2.0), repr(1 - x), repr(x / 4), repr(x ** 2), repr(x // 1), repr(x % 1))
print(repr(x + a[2]), repr(-x), repr(abs(-x)))
print(x + 1 == 2.25, x < 2, x == 1.25, hash(x) == hash(1.25))
print(float(x), int(a[2]), round(x, 1), repr(round(x)), str(x), f"{x:.3f}")
print(repr(x + np.int64(1)), repr(np.float64(1) / 3), repr(np.float64(10) / 0.1))
print(repr(a.sum()), repr(a.max() - a.min()), repr(a.mean() * 3))
print(repr(np.float64(2.5) * np.array([1, 2])))
print(repr(np.float64("1.5")), repr(np.float64(7)), repr(np.float64(1e-320)))
print(sorted([a[2], 1.0, a[0]]), max(a[0], 0.75), [repr(v) for v in a])
print(x.item(), x.is_integer(), a[2].is_integer())
