# fill sets every element in place; copy detaches an array from its base.
import numpy as np

a = np.empty(4)
a.fill(3.5)
print(a)
b = np.zeros((2, 3), dtype=np.int8)
b.fill(7)
print(repr(b))
c = np.arange(5)
c.fill(2.9)
print(c)
base = np.arange(10.0)
part = base[2:5]
part_copy = base[2:5].copy()
base[2] = -1
print(part, part_copy)
m = np.ones((2, 2))
m[0].fill(0)
print(m)
t = np.arange(6).reshape(2, 3).T.copy()
print(t.flags.c_contiguous, t.strides)
