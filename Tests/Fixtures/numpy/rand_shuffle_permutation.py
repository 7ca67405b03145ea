# shuffle permutes in place (first axis only); permutation returns a shuffled copy.
import numpy as np

np.random.seed(4)
a = np.arange(10)
np.random.shuffle(a)
print(a)
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m)
print(np.random.permutation(8))
orig = np.array([0.5, 1.5, 2.5, 3.5])
p = np.random.permutation(orig)
print(p, orig)
print(np.random.permutation(np.arange(6).reshape(3, 2)))
cards = list(range(6))
np.random.shuffle(cards)
print(cards)
print(sorted(np.random.permutation(5).tolist()))
