# Comparisons give bool arrays; & | ^ ~ combine them (and work bitwise on integers).
import numpy as np

x = np.array([1, 5, 3, 8])
y = np.array([2, 5, 1, 8])
print(x < y, x <= y, x == y, x != y, x > y, x >= y)
print(x > 4, 4 < x, x == 5.0)
inside = (x > 1) & (x < 8)
print(inside, (x < 2) | (x > 7), (x > 2) ^ (y > 2), ~inside)
print(x & 6, x | 1, x ^ 3, ~x)
u = np.array([0, 1, 255], dtype=np.uint8)
print(repr(~u), repr(u & 0x0F), repr(u ^ 0xFF))
print(repr(np.array([True, False]) & True), repr(~np.array([True, False])))
f = np.array([np.nan, 1.0])
print(f == f, f != f, f < np.inf)
m = np.arange(6).reshape(2, 3)
print(m == np.array([0, 4, 2]), (m % 2 == 0).sum())
print(np.array([1, 2]) == np.array([1.0, 2.5]))
