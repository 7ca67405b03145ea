# numpy.linalg.qr on a 2-D float64 array returning (q, r): shapes and q @ r == a
import numpy
from numba import njit


@njit
def qr(a):
    return numpy.linalg.qr(a)


a = numpy.array([[12.0, -51.0, 4.0], [6.0, 167.0, -68.0], [-4.0, 24.0, -41.0]])
q, r = qr(a)
print(type(q).__name__, q.dtype, q.shape, r.shape)
print(numpy.round(q, 6) + 0.0)
print(numpy.round(r, 6) + 0.0)
print(numpy.allclose(q @ r, a), numpy.allclose(q.T @ q, numpy.eye(3)))
nq, nr = numpy.linalg.qr(a)
print(numpy.allclose(q, nq), numpy.allclose(r, nr))
b = numpy.arange(1.0, 7.0).reshape(3, 2)
q2, r2 = qr(b)
print(q2.shape, r2.shape, numpy.allclose(q2 @ r2, b))
print(qr.signatures)
assert qr.nopython_signatures
