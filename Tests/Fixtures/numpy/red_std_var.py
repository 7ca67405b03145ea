# Population std and var (ddof=0) over all elements or along an axis.
import numpy as np

data = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(repr(data.std()), repr(data.var()), repr(np.std(data)), repr(np.var(data)))
m = np.array([[1.0, 2.0, 3.0], [4.0, 6.0, 8.0]])
print(m.std(axis=0), m.std(axis=1), m.var(axis=0))
print(repr(m.var(axis=1, keepdims=True)))
print(repr(m.std()), repr(np.var(m, axis=None)))
ints = np.arange(10)
print(repr(ints.std()), repr(ints.var()))
np.random.seed(7)
x = np.random.random(1000)
print(repr(x.std()), repr(x.var()), repr(x.mean()))
print(repr(data.std(ddof=1)), repr(np.array([3.0]).std()))
print(repr(np.array([1, 2, 3, 4], dtype=np.float32).var()))
