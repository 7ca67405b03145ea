# nan and inf print as nan, inf and -inf, aligned with the other numbers.
import numpy as np

a = np.array([1.0, np.nan, np.inf, -np.inf])
print(repr(a))
print(a)

b = np.array([[np.nan, 0.5], [2.25, -np.inf]])
print(repr(b))
print(b)

print(repr(np.array([np.nan])), repr(np.array([np.inf, np.inf])))
print(repr(np.array([1e-8, np.nan, 3.0])))
print(repr(np.array([np.nan, 1e10])))
print(repr(np.array([np.inf, 1.5], dtype=np.float32)))
print(repr(np.array([complex(np.nan, 1), complex(1, np.inf)])))
print(np.nan, np.inf, -np.inf)
print(repr(np.float64(np.nan)), repr(np.float64(-np.inf)))
print(np.isnan(a), np.isinf(a))
