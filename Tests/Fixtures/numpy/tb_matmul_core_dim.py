# full-stderr
# A matrix product with mismatched inner dimensions, reported by the matmul gufunc.
import numpy as np

A = np.ones((2, 3))
B = np.ones((2, 3))
print(A @ B.T)
C = A @ B
