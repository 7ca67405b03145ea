# Arbitrary-precision integers: factorials, powers, division, bit ops, conversion.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = fact(50)
print(f50)
print(len(str(fact(100))), sum(int(d) for d in str(fact(100))))
print(2 ** 200, -(2 ** 127) + 1)
big = 3 ** 100
print(big, big % 1000007, big // 7 ** 30, divmod(big, 10 ** 20))
print(-big // 13, -big % 13, big // -13, big % -13)
print(2 ** 64 - 1 == 18446744073709551615, (2 ** 64) >> 60, 1 << 100)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 70) ^ (2 ** 69), ~(2 ** 65))
print(int("123456789012345678901234567890") * 9, int("-" + "9" * 40) + 1)
print(hex(2 ** 80), bin(2 ** 40 + 5), oct(8 ** 20))
print((10 ** 30).bit_length(), (-(2 ** 90)).bit_length(), abs(-(10 ** 25)))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 10 ** 5, 97), pow(7, -1, 13))
print(10 ** 20 / 3, 2 ** 1000 / 2 ** 998, float(2 ** 60), int(1e20))
print(f"{2**64:,}", f"{-(3**40):_}", f"{10**18:x}", f"{7**30:e}")
a, b = 2 ** 89 - 1, 2 ** 61 - 1
while b:
    a, b = b, a % b
print("gcd", a)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 1000000, len(str(fib[-1])))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 5), hash(10 ** 30))
print(round(123456789123456789, -5), round(-25, -1), round(35, -1))
print(int("ff" * 10, 16), int("1" * 70, 2), str(-0), 0 == -0)
