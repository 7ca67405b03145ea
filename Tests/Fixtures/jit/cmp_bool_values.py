# comparisons between bools and ints/bools, and a bool result returned to the interpreter
from numba import njit


@njit
def eq(a, b):
    return a == b


@njit
def is_even(n):
    return n % 2 == 0


print(eq(True, True), eq(True, False), eq(True, 1), eq(False, 0), eq(True, 2))
print(is_even(4), is_even(7), is_even(-3), is_even(0))
print(type(is_even(2)).__name__)
assert eq.nopython_signatures
assert is_even.nopython_signatures
