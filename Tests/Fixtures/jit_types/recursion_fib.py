# a self-recursive function: the recursive call's return type is int64
from numba import njit


@njit
def fib(n):
    if n < 2:
        return n
    a = fib(n - 1)
    b = fib(n - 2)
    return a + b


print(fib(15))
fib.inspect_types()
