# mutual recursion between two jitted functions (is_even/is_odd)
from numba import njit


@njit
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


@njit
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(is_even(10), is_even(7), is_odd(7), is_odd(0))
assert is_even.nopython_signatures
assert is_odd.nopython_signatures
