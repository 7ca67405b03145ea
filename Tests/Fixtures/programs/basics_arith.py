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
