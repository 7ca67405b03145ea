# nested loops with break/continue and a bool flag variable
from numba import njit


@njit
def count_primes(n):
    count = 0
    for k in range(2, n):
        prime = True
        for d in range(2, k):
            if d * d > k:
                break
            if k % d == 0:
                prime = False
                break
        if not prime:
            continue
        count += 1
    return count


print(count_primes(50))
count_primes.inspect_types()
