# Arrays inside lists, tuples and dicts print with their repr, indented as NumPy indents them.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])
b = np.arange(3)
print([a, b])
print((a, b))
print({"weights": b, "m": a})
pair = (np.eye(2), np.zeros((2, 2)))
print(pair)
print(str([np.float64(0.5), np.int64(3)]))
nested = [[np.array([1, 2])], (np.array([True]),)]
print(nested)
print(repr(list(np.arange(3))))
print(list(np.array([0.5, 1.5])))
print([np.zeros((0, 2)), np.array([], dtype=np.int8)])
