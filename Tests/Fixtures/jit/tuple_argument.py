# tuples passed as arguments: homogeneous (UniTuple) and heterogeneous (Tuple) signatures
from numba import njit


@njit
def dot2(p, q):
    return p[0] * q[0] + p[1] * q[1]


@njit
def head_tail(t):
    return t[0], t[-1], len(t)


print(dot2((1, 2), (3, 4)))
print(dot2((1.5, 2.0), (2.0, 0.25)))
print(head_tail((7, 8, 9)))
print(head_tail((1, 2.5, True)))
print(dot2.signatures)
print(head_tail.signatures)
assert dot2.nopython_signatures
assert head_tail.nopython_signatures
