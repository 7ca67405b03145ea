# nested loops: counting primes by trial division and a triangular double sum
from numba import njit


@njit
def count_primes(n):
    count = 0
    for k in range(2, n):
        is_prime = True
        for d in range(2, k):
            if d * d > k:
                break
            if k % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count


@njit
def triangle(n):
    s = 0
    for i in range(n):
        for j in range(i, n):
            s += i * j
    return s


print(count_primes(10), count_primes(100), count_primes(10000))
print(triangle(4), triangle(50))
assert count_primes.nopython_signatures
assert triangle.nopython_signatures
