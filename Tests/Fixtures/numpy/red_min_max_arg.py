# min, max and the positions argmin/argmax (first occurrence, flat index without axis).
import numpy as np

a = np.array([3, 7, -2, 7, 0])
print(a.min(), a.max(), a.argmin(), a.argmax(), np.min(a), np.max(a))
print(repr(a.max()), type(a.argmax()).__name__)
m = np.array([[4, 9, 1], [8, 2, 9]])
print(m.min(axis=0), m.max(axis=1), m.argmax(), m.argmin(axis=1), m.argmax(axis=0))
print(repr(m.max(axis=0, keepdims=True)), np.argmax(m, axis=1))
f = np.array([0.5, np.nan, 2.0])
print(f.max(), f.min(), f.argmax())
print(np.array([-0.0, 0.0]).max(), np.array([0.0, -0.0]).min())
print(np.array([True, False]).max(), np.array([1.5, -2.5], dtype=np.float32).min())
print(divmod(int(m.argmax()), m.shape[1]))
c = np.arange(24).reshape(2, 3, 4) % 5
print(c.max(axis=(1, 2)), c.argmin(axis=2))
