# all and any reduce to booleans, along an axis or over everything.
import numpy as np

m = np.array([[1, 0, 3], [4, 5, 6]])
print(m.all(), m.any(), repr(np.all(m > 0)), repr(np.any(m > 5)))
print(m.all(axis=0), m.any(axis=1), repr(m.all(axis=1, keepdims=True)))
print(np.all([]), np.any([]), np.all(np.zeros((0, 3)), axis=0))
f = np.array([0.0, -0.0, np.nan])
print(f.any(), f[:2].any(), np.isnan(f).any())
b = np.array([[True, True], [False, True]])
print(b.all(axis=0), b.any(axis=0), b.all(axis=-1))
if (m >= 0).all():
    print("all non-negative")
if not (m > 10).any():
    print("nothing above ten")
print(type(m.all()).__name__)
