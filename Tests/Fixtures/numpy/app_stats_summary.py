# Summary statistics for a table of exam scores (rows are students, columns are subjects).
import numpy as np

np.random.seed(31)
scores = np.random.randint(40, 101, size=(8, 3))
print(scores)
print("mean per subject", scores.mean(axis=0))
print("std per subject ", scores.std(axis=0))
print("best student", scores.sum(axis=1).argmax(), "worst", scores.sum(axis=1).argmin())
print("min/max", scores.min(), scores.max(), scores.min(axis=1))
z = (scores - scores.mean(axis=0)) / scores.std(axis=0)
print(np.round(z, 3))
print("all passed", (scores >= 50).all(axis=1))
print("any perfect", (scores == 100).any(), repr((scores > 90).sum()))
order = np.argsort(-scores[:, 0], kind="stable")
print(order, scores[order, 0])
print(np.cumsum(np.sort(scores[:, 1])))
print("variance per subject", scores.var(axis=0), repr(scores[:, 2].var()))
