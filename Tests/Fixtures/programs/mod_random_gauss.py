# random.gauss and friends: seeded normal samples, summary statistics, histogram.
import random
random.seed(100)
samples = [random.gauss(0, 1) for _ in range(8)]
print(samples)
random.seed(100)
print(samples == [random.gauss(0, 1) for _ in range(8)])
random.seed(1)
values = [random.gauss(50, 10) for _ in range(2000)]
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
print(round(mean, 6), round(var ** 0.5, 6), round(min(values), 6), round(max(values), 6))
buckets = {}
for v in values:
    b = int((v - 20) // 10)
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    lo = 20 + b * 10
    print(f"{lo:4d}..{lo + 10:<4d} {'#' * (buckets[b] // 20)} {buckets[b]}")
random.seed(77)
print([round(random.gauss(mu, sigma), 10) for mu, sigma in [(0, 1), (5, 0.1), (-3, 100), (0, 0)]])
random.seed(77)
mixed = [random.random(), random.gauss(0, 1), random.uniform(1, 2), random.gauss(0, 1), random.randint(1, 10)]
print(mixed)
random.seed(3)
print([random.gauss(10, 2) for _ in range(3)], random.uniform(10, 20), random.uniform(5, 5))
