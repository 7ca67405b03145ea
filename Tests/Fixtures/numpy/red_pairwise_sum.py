# Float sums use NumPy's pairwise summation: the last digits differ from a left-to-right loop.
import numpy as np

np.random.seed(12345)
x = np.random.random(100000)
loop = 0.0
for v in x.tolist():
    loop += v
print(repr(x.sum()), repr(loop))
print(repr(x.mean()), repr(np.mean(x)))
print(repr(np.full(1000001, 0.1).sum()))
print(repr((np.arange(1, 100001) / 7).sum()))
y = np.random.random((300, 400))
print(repr(y.sum()), repr(y.sum(axis=0)[:3].sum()), repr(y.sum(axis=1)[-1]))
print(repr(y.mean()), repr(y.T.sum()), repr(y[:, ::3].sum()))
print(repr(np.linspace(0, 1, 12345).sum()))
z = np.random.random(77).astype(np.float32)
print(repr(z.sum()), repr(z.mean()))
print(repr(np.ones(10**6).sum()), repr(np.full(10**6, 1e-3).mean()))
