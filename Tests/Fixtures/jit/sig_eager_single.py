# an eager signature compiles at decoration; int arguments are converted to float64
from numba import njit


@njit("float64(float64, float64)")
def hyp2(a, b):
    return a * a + b * b


print(hyp2.signatures)
print(hyp2(3, 4))
print(hyp2(1.5, 2.0))
print(hyp2(True, 2))
print(hyp2.signatures, len(hyp2.nopython_signatures))
assert hyp2.nopython_signatures
