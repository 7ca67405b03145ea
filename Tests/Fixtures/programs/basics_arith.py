# Integers, floats, big ints, operators and precedence.
a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, 2 ** 100, 2 ** -1)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 2 - 3, 2 ** 3 ** 2)
x = 10
x += 5; x *= 2; x -= 1; x //= 3
print(x, 0.1 + 0.2, 1e16, 1e-7, 3.0, -0.0)
print(1 < 2 < 3, 1 < 3 < 2, 5 == 5.0, 7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3)
print(True + True, not 0, 0 or "x", 1 and 2, None is None)
print(divmod(-7, 2), 7 % -3, -7 // 2, 2 ** 0.5, 10 / 4, 9 // 2.0)
print(abs(-3), round(2.675, 2), 0o17, 0xff, 0b101, 1_000)
n = 1
for i in range(1, 11):
    n *= i
print(n, n.bit_length(), str(n)[::-1])
print(max(3, 7, 1), min(2.5, -1), sum([1, 2, 3]) / 3)
z = 3 + 4j
print(z * z.conjugate(), abs(z), z.real + z.imag)
print(float("1e16"), float("0.0000001"), 1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(int("-42") + 0, -(-5), +-3, 5 - -5)
