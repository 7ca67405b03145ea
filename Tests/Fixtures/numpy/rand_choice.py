# choice from a range or a sequence, with or without replacement, optionally weighted by p=.
import numpy as np

np.random.seed(10)
print(np.random.choice(5, 3))
print(np.random.choice([10, 20, 30, 40], size=6))
print(np.random.choice(10, 4, replace=False))
print(np.random.choice(np.array([1.5, 2.5, 3.5]), size=(2, 2)))
print(repr(np.random.choice(7)))
print(np.random.choice(4, 8, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice([True, False], 5))
colors = ["red", "green", "blue"]
idx = np.random.choice(len(colors), size=5)
print([colors[i] for i in idx])
print(np.random.choice(6, 6, replace=False))
