# Comparing whole arrays: allclose and isclose with tolerances, array_equal for exact equality.
import numpy as np

a = np.array([1.0, 2.0, 3.0])
b = a + 1e-9
print(np.allclose(a, b), np.array_equal(a, b), a.tolist() == b.tolist())
print(np.isclose(a, b), np.isclose(a, a + 0.1))
print(np.allclose([1e10, 1e-7], [1.00001e10, 1e-8]), np.allclose([1e10, 1e-8], [1.00001e10, 1e-9]))
print(np.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(np.isclose([1.0, np.nan], [1.0, np.nan]), np.isclose([1.0, np.nan], [1.0, np.nan], equal_nan=True))
print(np.allclose(a, a + 1e-3, atol=1e-2), np.allclose(a, a * 1.01, rtol=0.001, atol=0))
print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]), np.array_equal(np.eye(2), np.identity(2)))
print(np.array_equal(np.array([1, 2]), np.array([1.0, 2.0])))
print(np.allclose(np.ones((2, 3)), 1), repr(np.isclose(2.0, 2.0 + 1e-12)))
print(np.isclose(np.array([np.inf, -np.inf]), np.inf))
