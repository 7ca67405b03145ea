# while loops: Collatz steps and integer digit sums
from numba import njit


@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


print(collatz_steps(1), collatz_steps(6), collatz_steps(27), collatz_steps(97))
print(digit_sum(0), digit_sum(9), digit_sum(12345), digit_sum(9999999999))
assert collatz_steps.nopython_signatures
assert digit_sum.nopython_signatures
