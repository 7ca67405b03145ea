# numpy.linalg.qr inside a jitted function using its factors' elements: |r[i, i]| and a residual
import numpy
from numba import njit


@njit
def abs_det(a):
    q, r = numpy.linalg.qr(a)
    d = 1.0
    for i in range(r.shape[0]):
        d *= r[i, i]
    return abs(d)


@njit
def corner(a):
    q, r = numpy.linalg.qr(a)
    return q[0, 0] * r[0, 0], q.shape, r.shape


@njit
def residual(a):
    q, r = numpy.linalg.qr(a)
    n, m = a.shape
    k = r.shape[0]
    worst = 0.0
    for i in range(n):
        for j in range(m):
            s = 0.0
            for l in range(k):
                s += q[i, l] * r[l, j]
            d = abs(s - a[i, j])
            if d > worst:
                worst = d
    return worst < 1e-12


a = numpy.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]])
print(round(abs_det(a), 9), round(abs(numpy.linalg.det(a)), 9))
c = corner(a)
print(round(c[0], 12), c[1], c[2])
print(residual(a), residual(numpy.arange(1.0, 13.0).reshape(4, 3)))
assert abs_det.nopython_signatures
assert corner.nopython_signatures
assert residual.nopython_signatures
