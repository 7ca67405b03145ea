# full-stderr
# SciPy's deprecated linalg.decomp_qr namespace still works; the DeprecationWarning is shown
# once per calling line (Python's default filter for code in __main__), not once per call.
import numpy as np
from scipy import linalg

A = np.array([[2.0, -1.0], [1.0, 3.0], [0.0, 1.0]])
for attempt in range(3):
    Q, R = linalg.decomp_qr.qr(A)
    print(attempt, Q.shape, R.shape)
print(R)
q, r = linalg.decomp_qr.qr(A, mode="economic")
print(q)
print(np.allclose(q @ r, A), np.allclose(r, linalg.qr(A, mode="economic")[1]))
