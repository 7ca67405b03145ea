# self-recursive Fibonacci with an int64 argument
from numba import njit


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(12)])
print(fib(25))
assert fib.nopython_signatures
