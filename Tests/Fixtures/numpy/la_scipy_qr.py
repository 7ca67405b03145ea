# scipy.linalg.qr gives the same factors as numpy.linalg.qr (LAPACK geqrf then orgqr), full Q by default.
from scipy import linalg
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
Q, R = linalg.qr(A)
print(Q.shape, R.shape)
print(Q)
print(R)
q, r = linalg.qr(A, mode="economic")
print(q)
print(r)
nq, nr = np.linalg.qr(A)
print(np.allclose(q, nq), np.allclose(r, nr))
print(np.allclose(Q @ R, A))
print(type(linalg.qr(A)).__name__, linalg.qr(A, mode="r")[0].shape)
