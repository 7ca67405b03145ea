# A one-dimensional random walk built from choice and cumsum.
import numpy as np

np.random.seed(12)
steps = np.random.choice([-1, 1], size=40)
walk = np.cumsum(steps)
print(steps)
print(walk)
print(walk.max(), walk.min(), walk.argmax(), np.abs(walk).argmax(), walk[-1])
walks = np.random.choice([-1, 1], size=(5, 100)).cumsum(axis=1)
print(walks[:, -1], walks.max(axis=1), (np.abs(walks) >= 10).any(axis=1))
print(np.where(walk == 0)[0])
hits = (np.abs(walks) >= 10).argmax(axis=1)
print(hits)
