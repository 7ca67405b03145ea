# ZeroDivisionError raised in a jitted callee inside a loop propagates; prints before it stay
from numba import njit


@njit
def inverse(k):
    return 100 // k


@njit
def run(hi, lo):
    s = 0
    for k in range(hi, lo - 1, -1):
        print("k", k)
        s += inverse(k)
    return s


print(run(3, 1))
assert inverse.nopython_signatures
assert run.nopython_signatures
print(run(2, 0))
print("not reached")
