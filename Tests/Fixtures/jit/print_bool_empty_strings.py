# print of bools, string literals alone and an empty print() inside a jitted function
from numba import njit


@njit
def banner(ok):
    print("start")
    print()
    print(ok)
    print(not ok)
    print("ok" if ok else "not ok")
    print("a", "b", "c")
    print("end")


banner(True)
banner(False)
assert banner.nopython_signatures
