# The seed tutorial's cells 39-40 and 43: the same QR factors from scipy.linalg.qr and numpy.linalg.qr.
import numpy
from scipy import linalg

numpy.random.seed(0)
a = numpy.random.random((5, 5))


def qr_decomposition2(a):
    return linalg.qr(a)


def qr_numpy(a):
    return numpy.linalg.qr(a)


print(qr_decomposition2(a))
print(qr_numpy(a))
q1, r1 = qr_decomposition2(a)
q2, r2 = qr_numpy(a)
print(numpy.allclose(q1, q2), numpy.allclose(r1, r2))
