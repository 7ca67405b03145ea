# out-of-domain math calls in nopython mode: sqrt(-1) and log(0)/log(-1) return nan/-inf
from numba import njit
import math


@njit
def edges(x):
    return math.sqrt(x), math.log(x)


print(edges(-1.0))
print(edges(0.0))
print(edges(math.inf))
print(edges(math.nan))
assert edges.nopython_signatures
