# sieve of Eratosthenes on np.ones(n + 1, np.bool_) made inside @njit, primes collected into np.zeros(count, np.int64)
import numpy as np
from numba import njit


@njit
def sieve(n):
    is_prime = np.ones(n + 1, np.bool_)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


@njit
def primes(n):
    flags = sieve(n)
    count = 0
    for i in range(n + 1):
        if flags[i]:
            count += 1
    out = np.zeros(count, np.int64)
    k = 0
    for i in range(n + 1):
        if flags[i]:
            out[k] = i
            k += 1
    return out, count, out[-1]


p, count, last = primes(50)
print(p, count, last)
print(sieve(10))
print(primes(100000)[1:])
print(sieve.signatures, primes.signatures)
assert sieve.nopython_signatures
assert primes.nopython_signatures
