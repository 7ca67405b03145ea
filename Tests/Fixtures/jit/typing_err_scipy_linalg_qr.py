# jit(nopython=True) on a function calling scipy.linalg.qr: the module attribute cannot be typed
import numpy
from numba import jit
from numba.core.errors import TypingError
from scipy import linalg


@jit(nopython=True)
def qr(a):
    return linalg.qr(a)


a = numpy.random.random((3, 3))
try:
    qr(a)
except TypingError as e:
    print(e)
assert not qr.nopython_signatures
