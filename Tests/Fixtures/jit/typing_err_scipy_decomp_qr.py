# jit(nopython=True) calling the deprecated scipy.linalg.decomp_qr.qr fails the same way
import numpy
from numba import jit
from numba.core.errors import TypingError
from scipy import linalg


@jit(nopython=True)
def qr(a):
    return linalg.decomp_qr.qr(a)


a = numpy.random.random((3, 3))
try:
    qr(a)
except TypingError as e:
    print(e)
assert not qr.nopython_signatures
