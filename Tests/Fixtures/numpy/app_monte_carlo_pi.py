# Estimating pi by sampling points in the unit square (seeded, so the estimate is reproducible).
import numpy as np

np.random.seed(2023)
for n in [100, 10000, 1000000]:
    x = np.random.rand(n)
    y = np.random.rand(n)
    hits = (x * x + y * y <= 1.0).sum()
    estimate = 4.0 * hits / n
    print(n, hits, repr(estimate), abs(estimate - np.pi) < 0.2)
samples = np.random.random((5, 2))
print(samples)
print(np.sqrt((samples ** 2).sum(axis=1)) <= 1)
