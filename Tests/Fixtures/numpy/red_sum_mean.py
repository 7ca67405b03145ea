# sum and mean over everything or along an axis; keepdims keeps the reduced axis as length 1.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m.sum(), m.sum(axis=0), m.sum(axis=1), np.sum(m, axis=-1))
print(repr(m.sum(axis=0, keepdims=True)), m.sum(axis=1, keepdims=True).shape)
print(repr(m.mean()), m.mean(axis=0), m.mean(axis=1))
print(np.mean(m, axis=1, keepdims=True))
f = np.array([[0.1, 0.2], [0.3, 0.4]])
print(repr(f.sum()), repr(f.mean()), f.sum(axis=0))
c = np.arange(24).reshape(2, 3, 4)
print(c.sum(axis=(0, 2)), c.mean(axis=2).shape)
b = np.array([True, True, False])
print(repr(b.sum()), repr(b.mean()))
print(repr(np.array([1, 2], dtype=np.int8).sum()), repr(np.array([1, 2], dtype=np.int32).sum()))
print(repr(np.array([1.5, 2.5], dtype=np.float32).sum()), repr(np.array([1.5, 2.5], dtype=np.float32).mean()))
print(repr(np.zeros(0).sum()), repr(np.array([1 + 1j, 2]).sum()))
print(sum(np.array([1, 2, 3])), repr(sum(np.array([0.5, 0.25]))))
