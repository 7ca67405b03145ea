# print inside nested loops of a jitted function (a small multiplication table)
from numba import njit


@njit
def table(n):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            print(i, "*", j, "=", i * j)
        print("row", i, "done")


table(3)
assert table.nopython_signatures
