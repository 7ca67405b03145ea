# prod multiplies everything; cumsum keeps running totals (flattened unless axis= is given).
import numpy as np

a = np.array([1, 2, 3, 4, 5])
print(a.prod(), np.prod(a), a.cumsum(), np.cumsum(a))
m = np.arange(1, 7).reshape(2, 3)
print(m.prod(axis=0), m.prod(axis=1), repr(m.prod(axis=1, keepdims=True)))
print(m.cumsum(), m.cumsum(axis=0), m.cumsum(axis=1), sep="\n")
f = np.array([0.1] * 10)
print(repr(f.cumsum()[-1]), repr(f.sum()), repr(f.prod()))
print(repr(np.array([1.5, 2.0, -3.0]).prod()))
print(repr(np.arange(1, 21).prod()), repr(np.arange(1, 30).prod()))
print(repr(np.array([True, True, False]).cumsum()))
print(repr(np.array([100, 100], dtype=np.int8).cumsum()), repr(np.array([100, 100], dtype=np.int8).prod()))
print(repr(np.ones(0).prod()), repr(np.cumsum([])))
