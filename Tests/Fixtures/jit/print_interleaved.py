# jitted print and interpreter print write to the same stdout in program order
from numba import njit


@njit
def step(i):
    print("jit", i)
    return i * 2


for k in range(4):
    print("py", k)
    print("py got", step(k))
print("done")
assert step.nopython_signatures
