# Trigonometric ufuncs in radians, their inverses, arctan2 for the full circle.
import numpy as np

angles = np.array([0.0, np.pi / 6, np.pi / 4, np.pi / 3, np.pi / 2])
print(np.sin(angles))
print(np.cos(angles))
print(np.tan(angles[:4]))
print(np.arcsin(np.array([0.0, 0.5, 1.0])))
print(np.arccos(np.array([1.0, 0.0, -1.0])))
print(np.arctan(np.array([0.0, 1.0, -1.0, np.inf])))
print(np.arctan2(np.array([1.0, 1.0, -1.0, -1.0]), np.array([1.0, -1.0, -1.0, 1.0])))
print(np.arctan2(0.0, -1.0), np.arctan2(-0.0, -1.0))
print(repr(np.sin(np.pi)), repr(np.cos(np.pi / 2)))
print(np.arctan2(1, 1) * 180 / np.pi)
t = np.linspace(0, 2 * np.pi, 9)
print(np.round(np.sin(t) ** 2 + np.cos(t) ** 2, 12))
print(np.sin(np.array([1, 2])).dtype, np.cos(np.array([0.5], dtype=np.float32)))
