# full-stderr
# The seed tutorial's NumPy cells 29-34: a seeded random matrix and its QR factors through
# SciPy's old linalg.decomp_qr namespace, which prints a DeprecationWarning once.
import numpy
from scipy import linalg

numpy.random.seed(0)
a = numpy.random.random((5, 5))
print(a)


def qr_decomposition(a):
    return linalg.decomp_qr.qr(a)


print(qr_decomposition(a))
q, r = qr_decomposition(a)
print(numpy.allclose(q @ r, a))
