# an accumulator initialised with int 0 and incremented by floats becomes float64
from numba import njit


@njit
def total(n):
    acc = 0
    for i in range(n):
        acc += i * 0.5
    return acc


@njit
def maybe_float(n):
    acc = 0
    for i in range(n):
        if i == 3:
            acc = acc + 0.25
        else:
            acc = acc + i
    return acc


print(total(0), total(1), total(5))
print(maybe_float(2), maybe_float(5))
print(total.signatures, maybe_float.signatures)
assert total.nopython_signatures
assert maybe_float.nopython_signatures
