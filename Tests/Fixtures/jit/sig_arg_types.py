# signature spellings of bool, int64, float64 and tuple argument types
from numba import njit


@njit
def ident(x):
    return x


ident(True)
ident(7)
ident(2.5)
ident((1, 2))
ident((1, 2.5))
ident((True, (3, 4.0)))
for s in ident.signatures:
    print(s)
print(len(ident.nopython_signatures))
assert ident.nopython_signatures
