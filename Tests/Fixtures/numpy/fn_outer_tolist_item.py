# outer products, tolist to get Python lists of Python numbers, item for one Python scalar.
import numpy as np

print(np.outer([1, 2, 3], [1, 10]))
print(np.outer(np.arange(3), np.arange(3.0)))
print(repr(np.outer(np.array([1 + 1j]), np.array([1, 2]))))
m = np.arange(6).reshape(2, 3) / 2
lst = m.tolist()
print(lst, type(lst[0][0]).__name__)
print(np.array([True, False]).tolist(), np.array([1 + 2j]).tolist(), np.arange(3, dtype=np.uint8).tolist())
print(np.array(5).tolist(), np.zeros((2, 0)).tolist())
print(np.array([[7]]).item(), np.arange(6).item(4), m.item(1, 2), m.item(-1))
x = np.float64(2.5).item()
print(x, type(x).__name__, type(np.int32(3).item()).__name__, type(np.bool_(True).item()).__name__)
print(np.array([0.1, 0.2]).tolist(), [float(v) for v in np.array([0.1, 0.2])])
print(np.array([1.5], dtype=np.float32).tolist(), np.array([1.5], dtype=np.float32).item())
