# Vector geometry with broadcasting: pairwise distances, angles and projections.
import numpy as np

pts = np.array([[0.0, 0.0], [3.0, 4.0], [-1.0, 2.0], [5.0, -2.0]])
diff = pts[:, np.newaxis, :] - pts[np.newaxis, :, :]
dist = np.sqrt((diff ** 2).sum(axis=-1))
print(dist)
print(np.hypot(diff[..., 0], diff[..., 1]).round(6) == dist.round(6))
u = np.array([1.0, 0.0])
v = pts[1:] / np.linalg.norm(pts[1:], axis=1, keepdims=True)
print(v)
angles = np.arccos(v @ u) * 180 / np.pi
print(np.round(angles, 4))
print(np.arctan2(pts[:, 1], pts[:, 0]))
proj = np.outer(pts[1:] @ u, u)
print(proj)
print(np.linalg.norm(pts, axis=1), np.argsort(np.linalg.norm(pts, axis=1)))
table = np.hstack([pts, np.linalg.norm(pts, axis=1, keepdims=True)])
print(table)
