# Prime sieves and number theory helpers: Eratosthenes, factorization, totient, perfect numbers.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def fmt(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))

for n in [360, 97, 1001, 2 ** 20, 600851475143, 999999000001]:
    print(n, "=", fmt(factorize(n)))

def totient(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result

print([totient(n) for n in range(1, 21)])
perfect = [n for n in range(2, 10000) if sum(d + n // d for d in range(2, int(n ** 0.5) + 1) if n % d == 0) + 1 == n]
print("perfect:", perfect)
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twins:", twins[:8], len(twins))
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 41, 6)}
print(goldbach)
